package uk.shine.socialmedia.security;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.forms.FormInputCheck;
import uk.shine.socialmedia.forms.FormLabels;
import uk.shine.socialmedia.forms.SafeText;

/**
 * Every text a person can store passes {@link SafeText}, whichever API it comes through: each String
 * variable as it is written (starts, forms, task completions, set and local variables, messages),
 * names and e-mail addresses of users, group and tenant names, comments, a task's name and
 * description, and a process's business key. A Date variable before {@link FormInputCheck#EARLIEST_DATE}
 * is refused likewise. Forms check their own fields first with their own labels ({@link FormInputCheck}).
 * The engine's {@code SafeTextPlugin} hands each of them here as the engine stores it.
 */
@Component
public class StoredText {

  private final FormLabels labels;

  public StoredText(FormLabels labels) {
    this.labels = labels;
  }

  /** A String variable (line breaks allowed: the variable may be a long answer). */
  public void variable(String name, String value) {
    SafeText.check(name, labels.of(name), value, true);
  }

  /** A Date variable, which may not be before the earliest date a form accepts. */
  public void date(String name, Date value) {
    FormInputCheck.notTooEarly(name, labels.of(name), LocalDate.ofInstant(value.toInstant(), ZoneOffset.UTC));
  }

  public void user(User user) {
    SafeText.check("firstName", "First name", user.getFirstName(), false);
    SafeText.check("lastName", "Last name", user.getLastName(), false);
    SafeText.check("email", "E-mail address", user.getEmail(), false);
  }

  public void group(Group group) {
    SafeText.check("name", "Group name", group.getName(), false);
  }

  /** A tenant is a school. */
  public void tenant(Tenant tenant) {
    SafeText.check("name", "School name", tenant.getName(), false);
  }

  public void comment(String message) {
    SafeText.check("message", "Comment", message, true);
  }

  public void task(Task task) {
    SafeText.check("name", "Task name", task.getName(), false);
    SafeText.check("description", "Task description", task.getDescription(), true);
  }

  public void businessKey(String businessKey) {
    SafeText.check("businessKey", "Business key", businessKey, false);
  }
}
