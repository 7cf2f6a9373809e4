package uk.shine.socialmedia.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserting a refusal as the person sees it: the variable to correct, and the message. */
public final class Refusals {

  private Refusals() {
  }

  public static void assertRefused(ThrowingCallable check, String variable, String message) {
    assertThatThrownBy(check).isInstanceOfSatisfying(RefusedInput.class,
        refusal -> assertThat(refusal.getVariable()).isEqualTo(variable)).hasMessageContaining(message);
  }
}
