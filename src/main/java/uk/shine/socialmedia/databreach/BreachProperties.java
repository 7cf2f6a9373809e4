package uk.shine.socialmedia.databreach;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code socialmedia.data-breach}: the clock of the decision on reporting to the ICO, in hours from the
 * moment the school became aware (UK GDPR Art. 33(1): 72 hours, not working days).
 *
 * @param icoWithin how long the school has to decide (and report)
 * @param escalateAfter when, still undecided, the head teacher is brought in beside the data protection lead
 */
@ConfigurationProperties("socialmedia.data-breach")
public record BreachProperties(Duration icoWithin, Duration escalateAfter) {

  public BreachProperties {
    icoWithin = icoWithin == null ? Duration.ofHours(72) : icoWithin;
    escalateAfter = escalateAfter == null ? Duration.ofHours(48) : escalateAfter;
    if (escalateAfter.compareTo(icoWithin) >= 0) {
      throw new IllegalArgumentException("socialmedia.data-breach.escalate-after must come before ico-within");
    }
  }
}
