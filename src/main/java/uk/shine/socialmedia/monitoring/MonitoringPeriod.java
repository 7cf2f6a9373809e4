package uk.shine.socialmedia.monitoring;

import static uk.shine.socialmedia.monitoring.MonitoringVariables.END_DATE;

import java.time.LocalDate;
import java.time.Period;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.deadlines.WorkingDays;
import uk.shine.socialmedia.forms.RefusedInput;

/**
 * How long one authorisation of monitoring may run: its last day after today and no further away than
 * {@code socialmedia.monitoring.longest-period}; a renewal is a new authorisation, checked the same way.
 */
@Component
class MonitoringPeriod {

  private final WorkingDays workingDays;
  private final Period longest;

  MonitoringPeriod(WorkingDays workingDays, @Value("${socialmedia.monitoring.longest-period:P3M}") Period longest) {
    this.workingDays = workingDays;
    this.longest = longest;
  }

  /** @throws RefusedInput when the last day is missing, not after today, or too far away */
  void check(LocalDate end) {
    LocalDate today = workingDays.today();
    if (end == null) {
      throw new RefusedInput(END_DATE, "The end date (monitoringEndDate) is required");
    }
    if (!end.isAfter(today)) {
      throw new RefusedInput(END_DATE, "The end date (monitoringEndDate) must be after today");
    }
    if (end.isAfter(today.plus(longest))) {
      throw new RefusedInput(END_DATE, "The end date (monitoringEndDate) can be at most " + describe(longest)
          + " from today: ask for a renewal if the investigation needs longer");
    }
  }

  private static String describe(Period period) {
    return period.toTotalMonths() > 0 && period.getDays() == 0 ? period.toTotalMonths() + " months"
        : period.getDays() + " days";
  }
}
