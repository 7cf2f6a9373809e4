package uk.shine.socialmedia.retention;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.deadlines.WorkingDays;
import uk.shine.socialmedia.engine.EngineUser;
import uk.shine.socialmedia.forms.FormRule;
import uk.shine.socialmedia.forms.RefusedInput;

/**
 * The data protection lead's review: "keep longer" needs a date after today (refused before the
 * task completes, so nothing is lost), and who decided is kept for the register
 * ({@code ${retentionReview.recordReviewer(task)}}).
 */
@Component("retentionReview")
public class RetentionReview implements FormRule {

  static final String REVIEWED_BY = "retentionReviewedBy";

  private final WorkingDays workingDays;

  public RetentionReview(WorkingDays workingDays) {
    this.workingDays = workingDays;
  }

  @Override
  public String formKey() {
    return "review-records-removal";
  }

  @Override
  public void check(Map<String, Object> answers) {
    if (!"KEEP".equals(answers.get(RetentionVariables.DECISION))) {
      return;
    }
    LocalDate until;
    try {
      until = LocalDate.parse(String.valueOf(answers.get(RetentionVariables.KEEP_UNTIL)));
    } catch (DateTimeParseException notADate) {
      until = null;
    }
    if (until == null || !until.isAfter(workingDays.today())) {
      throw new RefusedInput(RetentionVariables.KEEP_UNTIL, "Keep them until (keepUntil): choose a date after today");
    }
  }

  public void recordReviewer(DelegateTask task) {
    String who = EngineUser.inCommand();
    task.setVariable(REVIEWED_BY, who != null ? who : task.getAssignee());
  }
}
