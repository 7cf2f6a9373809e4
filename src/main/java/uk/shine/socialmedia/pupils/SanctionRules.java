package uk.shine.socialmedia.pupils;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.deadlines.SchoolDays;
import uk.shine.socialmedia.forms.FormRule;
import uk.shine.socialmedia.forms.RefusedInput;

/**
 * A suspension starts on a school day of a term the school has configured: its days are counted
 * against that term's total, which decides whether the governors must meet.
 */
@Component
class SanctionRules implements FormRule {

  private final SchoolDays schoolDays;
  private final SuspensionRegister register;

  SanctionRules(SchoolDays schoolDays, SuspensionRegister register) {
    this.schoolDays = schoolDays;
    this.register = register;
  }

  @Override
  public String formKey() {
    return "decide-sanction";
  }

  /** On the trust's default calendar (a record of no school). */
  @Override
  public void check(Map<String, Object> answers) {
    check(answers, null);
  }

  /** On the calendar of the case's school, against the pupil's suspensions at that school. */
  @Override
  public void check(Map<String, Object> answers, String school) {
    SchoolDays schoolDays = this.schoolDays.of(school);
    if (!Sanction.SUSPENSION.name().equals(answers.get(PupilVariables.SANCTION))) {
      return;
    }
    LocalDate first;
    try {
      first = LocalDate.parse(String.valueOf(answers.get(PupilVariables.SUSPENSION_STARTS)));
    } catch (DateTimeParseException e) {
      throw new RefusedInput(PupilVariables.SUSPENSION_STARTS, "The first day of the suspension (suspensionStarts) is required");
    }
    if (schoolDays.termOf(first).isEmpty()) {
      throw new RefusedInput(PupilVariables.SUSPENSION_STARTS, "The first day of the suspension (suspensionStarts) is not in"
          + " any term the school has configured: ask the administrator to add the term dates (the school's calendar in"
          + " socialmedia.trust.schools, or the trust's in socialmedia.calendar.school)");
    }
    if (!schoolDays.isSchoolDay(first)) {
      throw new RefusedInput(PupilVariables.SUSPENSION_STARTS,
          "The first day of the suspension (suspensionStarts) must be a school day (not a weekend, holiday, half term or INSET day)");
    }
    withinTheSchoolYearsLimit(answers, first, school);
  }

  private void withinTheSchoolYearsLimit(Map<String, Object> answers, LocalDate first, String school) {
    if (!(answers.get(PupilVariables.SUSPENSION_DAYS) instanceof Number days)) {
      return; // the form check has already refused a missing number
    }
    String pupil = String.valueOf(answers.get(PupilVariables.PUPIL_REFERENCE)).trim().toUpperCase();
    int already = register.totalInSchoolYear(school, pupil, first);
    int left = Math.max(0, PupilVariables.MOST_SUSPENDED_DAYS_IN_A_YEAR - already);
    if (days.intValue() <= left) {
      return;
    }
    String year = SchoolYear.of(first).name();
    throw new RefusedInput(PupilVariables.SUSPENSION_DAYS, "A pupil can be suspended for at most "
        + PupilVariables.MOST_SUSPENDED_DAYS_IN_A_YEAR + " school days in a school year. This pupil has already been"
        + " suspended for " + already + " school days in " + year + ", so "
        + (left == 0 ? "no further suspension is possible this school year: choose another sanction"
            : "this suspension can be at most " + left + " school days (suspensionDays)"));
  }
}
