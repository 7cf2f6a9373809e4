package uk.shine.socialmedia.imagepublication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static uk.shine.socialmedia.forms.Refusals.assertRefused;
import static uk.shine.socialmedia.imagepublication.PublicationVariables.APPROVED;
import static uk.shine.socialmedia.imagepublication.PublicationVariables.PUPIL_REFERENCES;
import static uk.shine.socialmedia.imagepublication.PublicationVariables.REFUSED;
import static uk.shine.socialmedia.imagepublication.PublicationVariables.REQUESTED_BY;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The check of a publication, on its own: a second person, and no channel approved while a pictured
 * child may not appear on it. The register holds A1 (every channel), B2 (the website only) and R3
 * (consent everywhere, but on the restricted list); anyone else has no entry.
 */
class ConsentCheckRulesTest {

  private static final Map<String, PupilConsent> REGISTER = Map.of(
      "A1", new PupilConsent("A1", EnumSet.allOf(Channel.class), false),
      "B2", new PupilConsent("B2", EnumSet.of(Channel.WEBSITE), false),
      "R3", new PupilConsent("R3", EnumSet.allOf(Channel.class), true));

  private final ConsentCheckRules rules = new ConsentCheckRules(new ConsentRegister(null) {
    @Override
    public Map<String, PupilConsent> find(String school, Collection<String> references) {
      Map<String, PupilConsent> found = new HashMap<>();
      references.stream().filter(REGISTER::containsKey).forEach(reference -> found.put(reference, REGISTER.get(reference)));
      return found;
    }
  });
  private final CommandContext command = mock(CommandContext.class);
  private final Map<String, Object> answers = new HashMap<>(Map.of(REQUESTED_BY, "teacher"));

  @BeforeEach
  void checked_by_a_senior_leader() {
    when(command.getAuthenticatedUserId()).thenReturn("slt");
    Context.setCommandContext(command);
  }

  @AfterEach
  void outside_the_engine_again() {
    Context.removeCommandContext();
  }

  @Test
  void the_rules_belong_to_the_consent_check_form() {
    assertThat(rules.formKey()).isEqualTo("check-consent");
  }

  @Test
  void every_pictured_child_with_consent_lets_the_channel_be_approved() {
    answers.putAll(Map.of(PUPIL_REFERENCES, "a1, b2", Channel.WEBSITE.decision(), APPROVED,
        Channel.SOCIAL_MEDIA.decision(), REFUSED));

    assertThatCode(() -> rules.check(answers)).doesNotThrowAnyException();
  }

  @Test
  void a_channel_one_pictured_child_has_no_consent_for_cannot_be_approved() {
    answers.putAll(Map.of(PUPIL_REFERENCES, "A1, B2", Channel.SOCIAL_MEDIA.decision(), APPROVED));

    assertRefused(() -> rules.check(answers), Channel.SOCIAL_MEDIA.decision(),
        "Not every pictured child may appear on school social media (blocked, or no consent): refuse school social media");
  }

  @Test
  void a_child_on_the_restricted_list_appears_nowhere_whatever_the_consent() {
    answers.putAll(Map.of(PUPIL_REFERENCES, "R3", Channel.PRINT.decision(), APPROVED));

    assertRefused(() -> rules.check(answers), Channel.PRINT.decision(), "Not every pictured child may appear on printed material");
  }

  @Test
  void a_child_missing_from_the_register_has_no_consent() {
    answers.putAll(Map.of(PUPIL_REFERENCES, "A1, Z9", Channel.WEBSITE.decision(), APPROVED));

    assertRefused(() -> rules.check(answers), Channel.WEBSITE.decision(), "Not every pictured child may appear on the school website");
  }

  @Test
  void the_person_who_asked_cannot_check_their_own_request() {
    answers.putAll(Map.of(REQUESTED_BY, "slt", PUPIL_REFERENCES, "A1", Channel.WEBSITE.decision(), APPROVED));

    assertRefused(() -> rules.check(answers), REQUESTED_BY,
        "You asked for this publication, so someone else must check it (two-person rule)");
  }

  @Test
  void nobody_signed_in_cannot_check_a_publication() {
    when(command.getAuthenticatedUserId()).thenReturn(null);
    answers.putAll(Map.of(PUPIL_REFERENCES, "A1", Channel.WEBSITE.decision(), APPROVED));

    assertRefused(() -> rules.check(answers), REQUESTED_BY, "someone else must check it");
  }
}
