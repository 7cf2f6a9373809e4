package uk.shine.socialmedia.imagepublication;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Shows the checker what the consent register says of each pictured child on each requested
 * channel. A child on the restricted list shows only as "blocked": never the reason, never which list.
 */
@Component("showConsentCheck")
class ShowConsentCheck implements TaskListener {

  private final ConsentRegister register;

  ShowConsentCheck(ConsentRegister register) {
    this.register = register;
  }

  @Override
  public void notify(DelegateTask task) {
    PublicationVariables request = PublicationVariables.of(task.getExecution());
    task.getExecution().setVariable(PublicationVariables.CONSENT_CHECK, summary(request.pupilReferences(),
        request.requestedChannels(), register.find(task.getTenantId(), request.pupilReferences())));
  }

  static String summary(List<String> pupils, List<Channel> channels, Map<String, PupilConsent> register) {
    List<String> lines = new ArrayList<>();
    for (String reference : pupils) {
      PupilConsent consent = register.get(reference);
      if (consent == null) {
        lines.add(reference + ": not in the consent register, so no consent on any channel");
      } else if (consent.restricted()) {
        lines.add(reference + ": blocked on every channel");
      } else {
        lines.add(reference + ": " + String.join(", ", channels.stream()
            .map(channel -> channel.label() + (consent.mayAppearOn(channel) ? " consent given" : " NO CONSENT")).toList()));
      }
    }
    return String.join("\n", lines);
  }
}
