package uk.shine.socialmedia.forms;

import static org.assertj.core.api.Assertions.assertThatCode;
import static uk.shine.socialmedia.forms.Refusals.assertRefused;

import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.shine.socialmedia.support.CaseEngineTest;

/**
 * A field the form hides (its FEEL condition holds for the answers and the case's variables) is not
 * checked at all; a field the form shows is, whatever the condition would say of other answers.
 */
@CaseEngineTest
class HiddenFieldsTest {

  /** Who else was told: required, and only one of the listed answers, unless nobody else was told. */
  private static final FormField TOLD_WHOM = new FormField("toldWhom", "select", "Who else was told", true, null, null,
      null, null, null, List.of("parents", "police"), Map.of(), false, "=toldAnyone = false", false, false);
  private static final FormField TOLD_ANYONE = new FormField("toldAnyone", "checkbox", "Anyone else was told", false,
      null, null, null, null, null, List.of(), Map.of(), false, null, false, false);

  @Autowired
  ProcessEngine engine;

  @Test
  void a_hidden_field_may_be_left_out_or_hold_anything() {
    accepted(() -> check(Map.of("toldAnyone", false), Map.of()));
    accepted(() -> check(Map.of("toldAnyone", false, "toldWhom", "the whole street"), Map.of()));
    // the condition reads the case's variables too, not only the answers sent
    accepted(() -> check(Map.of(), Map.of("toldAnyone", false)));
  }

  @Test
  void a_shown_field_is_checked() {
    assertRefused(() -> check(Map.of("toldAnyone", true), Map.of()), "toldWhom", "is required");
    assertRefused(() -> check(Map.of("toldAnyone", true, "toldWhom", "the whole street"), Map.of()), "toldWhom",
        "must be one of");
    accepted(() -> check(Map.of("toldAnyone", true, "toldWhom", "police"), Map.of()));
  }

  private static void accepted(ThrowingCallable check) {
    assertThatCode(check).doesNotThrowAnyException();
  }

  /** The check as the engine makes it, inside a command (a form's conditions are evaluated by the engine's FEEL). */
  private void check(Map<String, Object> sent, Map<String, Object> current) {
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(context -> {
          FormInputCheck.check(List.of(TOLD_ANYONE, TOLD_WHOM), sent, current);
          return null;
        });
  }
}
