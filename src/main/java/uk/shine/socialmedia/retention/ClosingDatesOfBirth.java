package uk.shine.socialmedia.retention;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.deadlines.WorkingDays;
import uk.shine.socialmedia.forms.FormRule;
import uk.shine.socialmedia.forms.RefusedInput;

/** The dates of birth asked when a case closes (they set how long its records are kept) cannot be in the future. */
@Component
class ClosingDatesOfBirth implements FormRule {

  private final WorkingDays workingDays;

  ClosingDatesOfBirth(WorkingDays workingDays) {
    this.workingDays = workingDays;
  }

  @Override
  public String formKey() {
    return "close-case";
  }

  @Override
  public void check(Map<String, Object> answers) {
    refuseFuture(answers, CaseRecordFacts.CHILD_BIRTH_DATE, "Date of birth of the youngest child concerned");
    refuseFuture(answers, CaseRecordFacts.STAFF_BIRTH_DATE, "Date of birth of the member of staff");
  }

  private void refuseFuture(Map<String, Object> answers, String key, String label) {
    Object value = answers.get(key);
    if (value == null || value.toString().isBlank()) {
      return;
    }
    try {
      if (!LocalDate.parse(value.toString()).isAfter(workingDays.today())) {
        return;
      }
    } catch (DateTimeParseException notADate) {
      throw new RefusedInput(key, label + " (" + key + ") must be a date, yyyy-MM-dd");
    }
    throw new RefusedInput(key, label + " (" + key + ") cannot be in the future");
  }
}
