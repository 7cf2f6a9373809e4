package uk.shine.socialmedia.intake;

import static uk.shine.socialmedia.intake.ConcernVariables.*;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.deadlines.WorkingDays;
import uk.shine.socialmedia.forms.FormInputCheck;
import uk.shine.socialmedia.forms.RefusedInput;

/**
 * The contract's rules for a report, checked on the server whatever the client (start form, REST,
 * Java). The first broken rule is refused with a message that names the variable.
 */
@Component
class ReportRules {

  static final int MAX_TEXT = 4000;
  private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
      .withResolverStyle(ResolverStyle.STRICT);

  private final IdentityService identityService;
  private final WorkingDays workingDays;

  ReportRules(IdentityService identityService, WorkingDays workingDays) {
    this.identityService = identityService;
    this.workingDays = workingDays;
  }

  public void check(Map<String, Object> report) {
    for (String name : report.keySet()) {
      if (!REPORT.contains(name)) {
        throw new RefusedInput(name, "'" + name + "' is not part of a report; a report carries only " + REPORT);
      }
    }
    requiredText(report, REPORTER_NAME, 200);
    oneOf(report, REPORTER_ROLE, ReporterRole.class);
    optionalText(report, PLATFORM, 100);
    postUrl(report);
    occurredOn(report);
    requiredText(report, SUMMARY, MAX_TEXT);
    oneOf(report, PERPETRATOR_TYPE, PerpetratorType.class);
    oneOf(report, VICTIM_TYPE, VictimType.class);
    for (String flag : REPORT_FLAGS) {
      Object value = report.get(flag);
      if (value != null && !(value instanceof Boolean)) {
        throw new RefusedInput(flag, flag + " must be true or false");
      }
    }
    subject(report);
  }

  private static String text(Map<String, Object> report, String name) {
    Object value = report.get(name);
    if (value != null && !(value instanceof String)) {
      throw new RefusedInput(name, name + " must be text");
    }
    return (String) value;
  }

  private static void requiredText(Map<String, Object> report, String name, int maxLength) {
    String value = text(report, name);
    if (value == null || value.isBlank()) {
      throw new RefusedInput(name, name + " is required");
    }
    maxLength(name, value, maxLength);
  }

  private static void optionalText(Map<String, Object> report, String name, int maxLength) {
    String value = text(report, name);
    if (value != null) {
      maxLength(name, value, maxLength);
    }
  }

  private static void maxLength(String name, String value, int maxLength) {
    if (value.length() > maxLength) {
      throw new RefusedInput(name, name + " must be at most " + maxLength + " characters");
    }
  }

  private static <E extends Enum<E>> void oneOf(Map<String, Object> report, String name, Class<E> values) {
    String value = text(report, name);
    String allowed = Arrays.stream(values.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    if (value == null || value.isBlank()) {
      throw new RefusedInput(name, name + " is required (one of " + allowed + ")");
    }
    try {
      Enum.valueOf(values, value);
    } catch (IllegalArgumentException e) {
      throw new RefusedInput(name, name + " must be one of " + allowed);
    }
  }

  private static void postUrl(Map<String, Object> report) {
    String value = text(report, POST_URL);
    if (value == null || value.isBlank()) {
      return;
    }
    maxLength(POST_URL, value, 2000);
    try {
      URI uri = new URI(value.trim());
      String scheme = uri.getScheme();
      if (uri.getHost() == null || scheme == null
          || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
        throw new RefusedInput(POST_URL, "postUrl must be a web address starting with http:// or https://");
      }
    } catch (java.net.URISyntaxException e) {
      throw new RefusedInput(POST_URL, "postUrl must be a web address starting with http:// or https://");
    }
  }

  private void occurredOn(Map<String, Object> report) {
    String value = text(report, OCCURRED_ON);
    if (value == null || value.isBlank()) {
      throw new RefusedInput(OCCURRED_ON, "occurredOn is required (a date as yyyy-MM-dd)");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value, ISO_DATE);
    } catch (DateTimeParseException e) {
      throw new RefusedInput(OCCURRED_ON, "occurredOn must be a real date written yyyy-MM-dd");
    }
    if (date.isAfter(workingDays.today())) {
      throw new RefusedInput(OCCURRED_ON, "occurredOn cannot be in the future");
    }
    FormInputCheck.notTooEarly(OCCURRED_ON, null, date);
  }

  private void subject(Map<String, Object> report) {
    String value = text(report, SUBJECT_USER_ID);
    if (value == null || value.isBlank()) {
      return;
    }
    if (!value.matches("[a-zA-Z0-9]{1,64}")) {
      throw new RefusedInput(SUBJECT_USER_ID, "subjectUserId must be a login name (letters and digits)");
    }
    if (identityService.createUserQuery().userId(value).count() == 0) {
      throw new RefusedInput(SUBJECT_USER_ID, "subjectUserId does not name a known user");
    }
  }
}
