package uk.shine.socialmedia.forms;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import uk.shine.socialmedia.engine.EngineFeel;
import uk.shine.socialmedia.engine.EngineTime;

/**
 * Checks what a person submitted against the form they were shown: nothing outside the form,
 * required fields present, options from the list, lengths and ranges kept. Camunda Forms validate
 * in the browser only; this is the same check on the server.
 */
public final class FormInputCheck {

  // a browser's clock may run a little ahead of the server's
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(10);
  private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
      .withResolverStyle(ResolverStyle.STRICT);
  /** Nothing a school records happened earlier: an older date is a slip of the keyboard or a probe. */
  public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

  private FormInputCheck() {
  }

  /**
   * @param submitted the variables sent with the completion
   * @param current the variables the case already holds (for display-only fields and conditions)
   */
  static void check(List<FormField> form, Map<String, Object> submitted, Map<String, Object> current) {
    for (String name : submitted.keySet()) {
      if (form.stream().noneMatch(field -> field.key().equals(name))) {
        throw new RefusedInput(name, "'" + name + "' is not a field of this form");
      }
    }
    Map<String, Object> seen = new HashMap<>(current);
    seen.putAll(submitted);
    for (FormField field : form) {
      Object value = submitted.get(field.key());
      if (field.displayOnly()) {
        if (submitted.containsKey(field.key()) && !Objects.equals(value, current.get(field.key()))) {
          throw new RefusedInput(field.key(), field.label() + " cannot be changed here");
        }
        continue;
      }
      // a hidden field is not checked: its FEEL condition is asked only when the field would be refused,
      // since evaluating every condition of a form on every completion cost more than the checks themselves
      if (value == null || (value instanceof String s && s.isBlank())) {
        if (field.required() && !hidden(field, seen)) {
          throw new RefusedInput(field.key(), field.label() + " (" + field.key() + ") is required");
        }
        continue;
      }
      try {
        checkValue(field, value);
      } catch (RefusedInput refused) {
        if (!hidden(field, seen)) {
          throw refused;
        }
      }
    }
  }

  private static void checkValue(FormField field, Object value) {
    String name = field.key();
    switch (field.type()) {
      case "checkbox" -> {
        if (!(value instanceof Boolean ticked)) {
          throw new RefusedInput(name, name + " must be true or false");
        }
        if (field.required() && !ticked) {
          throw new RefusedInput(name, field.label() + " (" + name + ") must be confirmed");
        }
      }
      case "number" -> {
        if (!(value instanceof Number number)) {
          throw new RefusedInput(name, name + " must be a number");
        }
        if (field.min() != null && number.doubleValue() < field.min()
            || field.max() != null && number.doubleValue() > field.max()) {
          throw new RefusedInput(name, name + " must be between " + field.min() + " and " + field.max());
        }
      }
      case "select", "radio" -> {
        if (!(value instanceof String) || !field.options().contains(value)) {
          throw new RefusedInput(name, name + " must be one of " + field.options());
        }
      }
      default -> checkText(field, value);
    }
  }

  private static void checkText(FormField field, Object value) {
    String name = field.key();
    if (!(value instanceof String text)) {
      throw new RefusedInput(name, name + " must be text");
    }
    // line breaks only where the form offers several lines
    SafeText.check(name, field.label(), text, "textarea".equals(field.type()));
    if (field.maxLength() != null && text.length() > field.maxLength()) {
      throw new RefusedInput(name, name + " must be at most " + field.maxLength() + " characters");
    }
    if (field.minLength() != null && text.length() < field.minLength()) {
      throw new RefusedInput(name, name + " must be at least " + field.minLength() + " characters");
    }
    if (field.pattern() != null && !Pattern.compile(field.pattern()).matcher(text).find()) {
      throw new RefusedInput(name, name + " is not in the expected format");
    }
    if (field.dateOnly()) {
      try {
        notTooEarly(name, field.label(), LocalDate.parse(text, ISO_DATE));
      } catch (DateTimeParseException e) {
        throw new RefusedInput(name, name + " must be a real date written yyyy-MM-dd");
      }
    }
    if (field.moment()) {
      Instant when = FormMoments.parse(name, text);
      notTooEarly(name, field.label(), LocalDate.ofInstant(when, ZoneOffset.UTC));
      if (when.isAfter(EngineTime.instant().plus(CLOCK_SKEW))) {
        throw new RefusedInput(name, field.label() + " (" + name + ") cannot be in the future");
      }
    }
  }

  /** @throws RefusedInput when the date is before {@link #EARLIEST_DATE} */
  public static void notTooEarly(String name, String label, LocalDate date) {
    if (date.isBefore(EARLIEST_DATE)) {
      throw new RefusedInput(name, SafeText.described(name, label) + " cannot be before " + EARLIEST_DATE.getYear());
    }
  }

  private static boolean hidden(FormField field, Map<String, Object> variables) {
    if (field.hideWhen() == null) {
      return false;
    }
    String expression = field.hideWhen().startsWith("=") ? field.hideWhen().substring(1) : field.hideWhen();
    return Boolean.TRUE.equals(EngineFeel.evaluate(expression, variables));
  }
}
