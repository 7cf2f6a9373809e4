package uk.shine.socialmedia.retention;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code socialmedia.retention}: the figures the retention table's rules count with.
 *
 * @param retirementAge normal retirement age of staff (allegations are kept at least until then)
 * @param reviewNotice how long before the removal date the data protection lead reviews the records
 */
@ConfigurationProperties("socialmedia.retention")
public record RetentionProperties(Integer retirementAge, Period reviewNotice) {

  public RetentionProperties {
    retirementAge = retirementAge == null ? 67 : retirementAge;
    reviewNotice = reviewNotice == null ? Period.ofDays(30) : reviewNotice;
  }
}
