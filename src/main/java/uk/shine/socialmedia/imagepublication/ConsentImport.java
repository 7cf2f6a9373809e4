package uk.shine.socialmedia.imagepublication;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.shine.socialmedia.engine.EngineCommands;
import uk.shine.socialmedia.engine.ExplicitTenants;
import uk.shine.socialmedia.schools.Schools;

/**
 * Replaces a school's consent register with its latest export, all or nothing, and opens a
 * take-down for every published image of that school whose pictured child may no longer appear on a
 * channel it went to (consent withdrawn, the child now restricted, or gone from the register). A
 * take-down names the publication and the channels, never the child or the reason. Other schools'
 * registers and publications are untouched.
 */
@Service
class ConsentImport {

  /** What an import did. */
  public record Outcome(int pupils, int takeDownsOpened) {
  }

  /** Within the engine's query limit (queryMaxResultsLimit); a school publishes far fewer. */
  private static final int MAX_PUBLICATIONS = 2000;

  private final ConsentRegister register;
  private final ProcessEngine engine;

  ConsentImport(ConsentRegister register, ProcessEngine engine) {
    this.register = register;
    this.engine = engine;
  }

  /** @throws IllegalArgumentException never: bad files are refused by {@link ConsentCsv} before this */
  @Transactional
  public Outcome replace(String school, List<PupilConsent> latest, String importedBy) {
    Map<String, PupilConsent> before = register.all(school).stream()
        .collect(Collectors.toMap(PupilConsent::pupilReference, pupil -> pupil));
    Map<String, PupilConsent> after = latest.stream().collect(Collectors.toMap(PupilConsent::pupilReference, pupil -> pupil));
    Map<String, Set<Channel>> withdrawn = new HashMap<>();
    before.forEach((reference, was) -> {
      PupilConsent now = after.get(reference);
      Set<Channel> lost = EnumSet.noneOf(Channel.class);
      for (Channel channel : Channel.all()) {
        if (was.mayAppearOn(channel) && (now == null || !now.mayAppearOn(channel))) {
          lost.add(channel);
        }
      }
      if (!lost.isEmpty()) {
        withdrawn.put(reference, lost);
      }
    });
    register.replace(school, latest, importedBy);
    int opened = withdrawn.isEmpty() ? 0 : openTakeDowns(school, withdrawn);
    return new Outcome(latest.size(), opened);
  }

  private int openTakeDowns(String school, Map<String, Set<Channel>> withdrawn) {
    // the importer may not read the publications; finding them is the application's own work
    return EngineCommands.withoutAuthorization(engine, () -> {
      HistoryService history = engine.getHistoryService();
      int opened = 0;
      List<HistoricProcessInstance> publications = history.createHistoricProcessInstanceQuery()
          .processDefinitionKey(PublicationVariables.PROCESS_KEY).tenantIdIn(school).finished()
          .listPage(0, MAX_PUBLICATIONS);
      for (HistoricProcessInstance publication : publications) {
        Map<String, Object> variables = new HashMap<>();
        for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
            .processInstanceId(publication.getId()).listPage(0, MAX_PUBLICATIONS)) {
          variables.put(variable.getName(), variable.getValue());
        }
        if (!PublicationVariables.APPROVED.equals(variables.get(PublicationVariables.PUBLICATION_DECISION))) {
          continue;
        }
        Set<Channel> takeDown = affected(variables, withdrawn);
        if (!takeDown.isEmpty()) {
          // the take-down belongs to the publication's school, whoever imported the register
          ExplicitTenants.startIn(publication.getTenantId(), () -> engine.getRuntimeService()
              .createMessageCorrelation(PublicationVariables.CONSENT_WITHDRAWN)
              .setVariable(PublicationVariables.PUBLICATION_ID, publication.getId())
              .setVariable(Schools.SCHOOL, school)
              .setVariable(PublicationVariables.IMAGE_DESCRIPTION, variables.get(PublicationVariables.IMAGE_DESCRIPTION))
              .setVariable(PublicationVariables.REQUESTED_BY, variables.get(PublicationVariables.REQUESTED_BY))
              .setVariable(PublicationVariables.TAKE_DOWN_FROM,
                  takeDown.stream().map(Channel::label).collect(Collectors.joining(", ")))
              .correlateStartMessage());
          opened++;
        }
      }
      return opened;
    });
  }

  private static Set<Channel> affected(Map<String, Object> publication, Map<String, Set<Channel>> withdrawn) {
    Set<Channel> approved = EnumSet.noneOf(Channel.class);
    // a publication approved before channels were recorded (or without any) has nothing to take down
    Object channels = publication.get(PublicationVariables.APPROVED_CHANNELS);
    for (String name : channels == null ? new String[0] : channels.toString().split(",")) {
      if (!name.isBlank()) {
        approved.add(Channel.valueOf(name));
      }
    }
    Set<Channel> takeDown = new LinkedHashSet<>();
    for (String reference : PublicationVariables.parseReferences(String.valueOf(publication.get(PublicationVariables.PUPIL_REFERENCES)))) {
      withdrawn.getOrDefault(reference, Set.of()).stream().filter(approved::contains).forEach(takeDown::add);
    }
    return takeDown;
  }
}
