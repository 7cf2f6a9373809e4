package uk.shine.socialmedia.letters;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.shine.socialmedia.cases.PolicyPrinciple;
import uk.shine.socialmedia.cases.PolicySection;

/**
 * The letters of the Disciplinary Procedure, written from what the case holds, as pages the case
 * manager prints or saves and sends. Nothing is uploaded and nothing is stored: the letter is the
 * case as it stands. Every value is escaped, so text a person typed is shown as text.
 */
@Component
class Letters {

  static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private static final Map<String, String> SANCTIONS = Map.of(
      "NO_ACTION", "no formal action",
      "FIRST_WRITTEN_WARNING", "a first written warning",
      "FINAL_WRITTEN_WARNING", "a final written warning",
      "DISMISSAL", "dismissal");
  private static final Map<String, String> APPEAL_OUTCOMES = Map.of(
      "UPHELD", "the original decision stands",
      "VARIED", "the original decision is changed to %s",
      "OVERTURNED", "the original decision is withdrawn: no formal action will be taken");

  /** Not a variable of the case: the name of the case's school, which the letter page adds for the letterhead. */
  static final String SCHOOL_NAME = "letters.schoolName";
  /** Not a variable of the case: the case's school (tenant id), whose calendar counts a letter's school days. */
  static final String SCHOOL = "letters.school";

  private final String trust;

  Letters(@Value("${socialmedia.trust.name}") String trust) {
    this.trust = trust;
  }

  /** @return the letter, or empty when the case has not reached the step that writes it */
  public Optional<String> write(String kind, Map<String, Object> staffCase, LocalDate today) {
    return Optional.ofNullable(switch (kind) {
      case "hearing-invitation" -> has(staffCase, "hearingDate", "allegationForLetter") ? invitation(staffCase) : null;
      case "hearing-outcome" -> has(staffCase, "hearingOutcome") ? outcome(staffCase) : null;
      case "appeal-invitation" -> has(staffCase, "appealMeetingDate") ? appealInvitation(staffCase) : null;
      case "appeal-outcome" -> has(staffCase, "appealOutcome") ? appealOutcome(staffCase) : null;
      case "no-further-action" -> "NO_CASE_TO_ANSWER".equals(staffCase.get("caseDecision")) ? noFurtherAction(staffCase) : null;
      default -> null;
    }).map(body -> page(staffCase, today, body));
  }

  private String invitation(Map<String, Object> c) {
    return "<h2>Invitation to a disciplinary hearing</h2>"
        + p("You are invited to a disciplinary hearing on " + date(c, "hearingDate") + " at " + text(c, "hearingTime")
            + ", " + text(c, "hearingPlace") + ". It will be heard by " + text(c, "hearingManager") + ".")
        + "<h3>The allegation</h3>" + pre(c, "allegationForLetter")
        + "<h3>The evidence</h3>" + pre(c, "evidenceForLetter")
        + p("You have the right to be accompanied at the hearing by a work colleague or a trade union "
            + "representative. If your companion cannot attend, you may propose another time, no later than five "
            + "working days after the date above.")
        + rearranged(c)
        + p("Please confirm whether you will attend and who will accompany you.");
  }

  /** A new notice after an adjournment or a failure to attend (ACAS Code of Practice 2015, paras 24-25). */
  private static String rearranged(Map<String, Object> c) {
    if (c.get("missedHearings") instanceof Number missed && missed.intValue() >= 1 && "NOT_ATTENDED".equals(c.get("hearingResult"))) {
      return p("You did not attend the hearing arranged before, and this letter gives its new date. If you do not attend "
          + "this hearing without good reason, it may go ahead in your absence and a decision be made on the evidence.");
    }
    return "ADJOURNED".equals(c.get("hearingResult")) ? p("The hearing arranged before was adjourned; this letter gives "
        + "its new date.") : "";
  }

  /** ACAS Code of Practice 2015, paras 26-28: the appeal meeting, heard by someone new, with a companion. */
  private String appealInvitation(Map<String, Object> c) {
    return "<h2>Invitation to your appeal meeting</h2>"
        + p("Your appeal against the outcome of the disciplinary hearing has been received. It will be heard on "
            + date(c, "appealMeetingDate") + " at " + text(c, "appealMeetingTime") + ", " + text(c, "appealMeetingPlace")
            + ", by someone not previously involved in your case.")
        + p("You have the right to be accompanied at the appeal meeting by a work colleague or a trade union "
            + "representative. If your companion cannot attend, you may propose another time, no later than five "
            + "working days after the date above.")
        + p("Please confirm whether you will attend and who will accompany you.");
  }

  private String outcome(Map<String, Object> c) {
    return "<h2>Outcome of the disciplinary hearing</h2>"
        + p("Following the hearing, the decision is " + htmlEscape(SANCTIONS.getOrDefault(c.get("hearingOutcome"), "")) + ".")
        + "<h3>The reasons</h3>" + pre(c, "outcomeReasons")
        + policyBroken(c)
        + p("You have the right of appeal. Write to the head teacher's office (or, where the head teacher was "
            + "involved, to the chair of governors) giving your grounds, " + appealBy(c)
            + ". The appeal will be heard by someone not previously involved, and you may be accompanied at the appeal "
            + "meeting by a work colleague or a trade union representative. If no appeal arrives in time, this "
            + "decision stands.");
  }

  /** The principles and sections of the Social Media Policy the decision on the investigation found broken. */
  private static String policyBroken(Map<String, Object> c) {
    List<PolicyPrinciple> principles = PolicyPrinciple.ticked(c);
    List<PolicySection> sections = PolicySection.ticked(c);
    if (principles.isEmpty() && sections.isEmpty()) {
      return "";
    }
    StringBuilder html = new StringBuilder("<h3>The Social Media Policy</h3>");
    if (!principles.isEmpty()) {
      html.append(p("The conduct broke these principles of the school's Social Media Policy, which says that in all "
          + "communications staff should:")).append("<ul>");
      principles.forEach(rule -> html.append("<li>").append(htmlEscape(rule.letter() + " " + rule.words())).append("</li>"));
      html.append("</ul>");
    }
    if (!sections.isEmpty()) {
      html.append(p("It broke the rules of these sections of the policy:")).append("<ul>");
      sections.forEach(section -> html.append("<li>").append(htmlEscape(section.heading())).append("</li>"));
      html.append("</ul>");
    }
    return html.toString();
  }

  /** The window opens when this letter is sent, so before then it is counted from the letter's date. */
  private static String appealBy(Map<String, Object> c) {
    return has(c, "appealDeadline") ? "no later than " + date(c, "appealDeadline")
        : "within five working days of the date of this letter";
  }

  private String appealOutcome(Map<String, Object> c) {
    String decided = APPEAL_OUTCOMES.getOrDefault(c.get("appealOutcome"), "");
    return "<h2>Outcome of your appeal</h2>"
        + p("Your appeal was heard by " + text(c, "appealManager") + ". The decision is that "
            + htmlEscape(decided.formatted(SANCTIONS.getOrDefault(c.get("variedSanction"), ""))) + ".")
        + "<h3>The reasons</h3>" + pre(c, "appealReasons")
        + p("This decision is final.");
  }

  private String noFurtherAction(Map<String, Object> c) {
    return "<h2>Outcome of the investigation</h2>"
        + p("The investigation into the concern raised has finished. The decision is that there is no case to "
            + "answer, and no further action will be taken under the Disciplinary Procedure.")
        + p("If you would like support, please speak to your line manager or ask about occupational health and "
            + "the confidential counselling service.");
  }

  private String page(Map<String, Object> c, LocalDate today, String body) {
    return page(c, today, text(c, "staffMemberName"), body);
  }

  /** A letter of the case as a printable page; {@code dear} is already escaped. */
  String page(Map<String, Object> c, LocalDate today, String dear, String body) {
    // the case's school; a case of no school writes as the trust
    String school = c.get(SCHOOL_NAME) instanceof String name ? name : trust;
    return "<!doctype html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Letter</title>"
        + "<style>body{font-family:serif;max-width:40em;margin:3em auto;line-height:1.5}pre{white-space:pre-wrap;"
        + "font-family:inherit}@media print{.no-print{display:none}}</style></head><body>"
        + "<p class=\"no-print\"><em>Print this page or save it as PDF, then send it. It is not kept by the "
        + "system.</em></p>"
        + "<p><strong>" + htmlEscape(school) + "</strong><br>Private and confidential</p>"
        + p(today.format(LONG_DATE) + "<br>Reference: " + text(c, "caseReference"))
        + p("Dear " + dear + ",")
        + body
        + p("Yours sincerely,<br><br>" + htmlEscape(school))
        + "</body></html>";
  }

  private static boolean has(Map<String, Object> c, String... names) {
    for (String name : names) {
      if (!(c.get(name) instanceof String value) || value.isBlank()) {
        return false;
      }
    }
    return true;
  }

  static String p(String html) {
    return "<p>" + html + "</p>";
  }

  static String pre(Map<String, Object> c, String name) {
    return "<pre>" + text(c, name) + "</pre>";
  }

  static String text(Map<String, Object> c, String name) {
    return htmlEscape(c.get(name) == null ? "" : c.get(name).toString());
  }

  private static String date(Map<String, Object> c, String name) {
    return LocalDate.parse((String) c.get(name)).format(LONG_DATE);
  }
}
