package uk.shine.socialmedia.audit;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.shine.socialmedia.cases.PolicyPrinciple;
import uk.shine.socialmedia.cases.PolicySection;

/**
 * The audit as a page a governor reads at a glance: four bar charts drawn here as inline SVG (no
 * script, nothing fetched from elsewhere), then the cases themselves. Every value is escaped.
 */
final class AuditPage {

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
  private static final int WIDTH = 760;
  // room for the longest label ("imagery secured, police called within 1 hour")
  private static final int LABEL = 340;
  private static final int ROW = 26;

  private AuditPage() {
  }

  static String render(List<AuditedCase> cases, AuditPeriod period, ZoneId zone) {
    StringBuilder html = new StringBuilder("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Governors' audit of social media cases</title>
        <style>body{font-family:system-ui,sans-serif;margin:2em;max-width:60em;color:#222}
        figure{margin:1.5em 0}figcaption{font-weight:bold;margin-bottom:.3em}
        table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}
        .missed{color:#b00020;font-weight:bold}.big{font-size:1.4em}</style></head><body>
        <h1>Governors' audit: social media cases</h1>
        <p>Completed cases only, anonymised: no names, no details of what was posted.</p>
        """);
    html.append("<form method=\"get\" action=\"/audit\"><label>Closed from <input type=\"date\" name=\"from\" value=\"")
        .append(period.from() == null ? "" : period.from()).append("\"></label> <label>to <input type=\"date\" name=\"to\" value=\"")
        .append(period.to() == null ? "" : period.to()).append("\"></label> <button>Show</button> <a href=\"/audit/api/cases.csv")
        .append(htmlEscape(query(period))).append("\">Download as CSV</a></form>");

    long missed = cases.stream().filter(c -> c.deadlinesMet() == Deadline.MISSED).count();
    html.append("<p class=\"big\">").append(cases.size()).append(cases.size() == 1 ? " case" : " cases")
        .append(" closed; <span class=\"").append(missed > 0 ? "missed" : "").append("\">").append(missed)
        .append(missed == 1 ? " case" : " cases").append(" with a statutory deadline missed</span>.</p>");

    html.append(chart("Cases closed per month", perMonth(cases, zone), "#1f6fb2"));
    html.append(chart("Cases per path", count(cases.stream().flatMap(c -> c.paths().isEmpty()
        ? java.util.stream.Stream.of("closed at triage") : c.paths().stream()).toList(), Function.identity()), "#1f6fb2"));
    html.append(chart("Time to close", timeToClose(cases), "#5b8c3a"));
    html.append(chart("Statutory deadlines missed", deadlinesMissed(cases), "#b00020"));
    Map<String, Long> byRule = missedByRule(cases);
    html.append(byRule.isEmpty() ? "<p>No deadline of the deadline table was missed in this period.</p>"
        : chart("Deadlines missed, by rule", byRule, "#b00020"));
    html.append(policyBroken(cases));
    html.append(chart("Allegations against staff: time from the report to the outcome (KCSIE Part 4 targets)",
        allegationOutcomeTimes(cases), "#6a4c93"));
    html.append(table(cases, zone)).append("</body></html>");
    return html.toString();
  }

  private static String query(AuditPeriod period) {
    String from = period.from() == null ? "" : "from=" + period.from();
    String to = period.to() == null ? "" : "to=" + period.to();
    String both = from.isEmpty() || to.isEmpty() ? from + to : from + "&" + to;
    return both.isEmpty() ? "" : "?" + both;
  }

  private static Map<String, Long> perMonth(List<AuditedCase> cases, ZoneId zone) {
    Map<YearMonth, Long> months = new TreeMap<>(cases.stream().collect(Collectors.groupingBy(
        c -> YearMonth.from(Instant.parse(c.closed()).atZone(zone)), Collectors.counting())));
    Map<String, Long> labelled = new LinkedHashMap<>();
    months.forEach((month, n) -> labelled.put(month.format(MONTH), n));
    return labelled;
  }

  private static Map<String, Long> timeToClose(List<AuditedCase> cases) {
    Map<String, Long> buckets = new LinkedHashMap<>();
    for (String bucket : List.of("under a week", "1 to 4 weeks", "1 to 3 months", "over 3 months")) {
      buckets.put(bucket, 0L);
    }
    for (AuditedCase c : cases) {
      long days = c.daysToClose();
      String bucket = days < 7 ? "under a week" : days < 28 ? "1 to 4 weeks" : days < 91 ? "1 to 3 months" : "over 3 months";
      buckets.merge(bucket, 1L, Long::sum);
    }
    return buckets;
  }

  private static Map<String, Long> deadlinesMissed(List<AuditedCase> cases) {
    Map<String, Long> missed = new LinkedHashMap<>();
    missed.put("LADO consulted within 1 working day", cases.stream().filter(c -> c.ladoConsultation() == Deadline.MISSED).count());
    missed.put("imagery secured, police called within 1 hour", cases.stream().filter(c -> c.imageryUrgentSteps() == Deadline.MISSED).count());
    return missed;
  }

  /** How many allegations reached their outcome within 1, 3 and 12 months of the report, and later: counts only. */
  static Map<String, Long> allegationOutcomeTimes(List<AuditedCase> cases) {
    Map<String, Long> bands = new LinkedHashMap<>();
    Map<String, String> labels = Map.of("WITHIN_1_MONTH", "within 1 month", "WITHIN_3_MONTHS", "1 to 3 months",
        "WITHIN_12_MONTHS", "3 to 12 months", "OVER_12_MONTHS", "over 12 months");
    AuditedCase.OUTCOME_TIMES.forEach(band -> bands.put(labels.get(band),
        cases.stream().filter(c -> band.equals(c.allegationOutcomeTime())).count()));
    return bands;
  }

  /** Every rule of the deadline table that a case in the period missed, with how many times. */
  private static Map<String, Long> missedByRule(List<AuditedCase> cases) {
    Map<String, Long> missed = new TreeMap<>();
    cases.forEach(c -> c.missedDeadlines().forEach((rule, n) -> missed.merge(rule, (long) n, Long::sum)));
    return missed;
  }

  /** How many cases broke each principle and each section of the Social Media Policy: counts, never which case. */
  private static String policyBroken(List<AuditedCase> cases) {
    Map<String, Long> principles = new LinkedHashMap<>();
    for (PolicyPrinciple principle : PolicyPrinciple.values()) {
      String letter = principle.name().toLowerCase(Locale.UK);
      principles.put(principle.letter(), cases.stream().filter(c -> c.principlesBroken().contains(letter)).count());
    }
    Map<String, Long> sections = new LinkedHashMap<>();
    for (PolicySection section : PolicySection.values()) {
      sections.put(section.heading(), cases.stream().filter(c -> c.policySectionsBroken().contains(section.name())).count());
    }
    StringBuilder html = new StringBuilder(chart("Cases by principle of the Social Media Policy broken", principles, "#7a4fa3"))
        .append("<p>In all communications staff should:</p><ol type=\"a\">");
    for (PolicyPrinciple principle : PolicyPrinciple.values()) {
      html.append("<li>").append(htmlEscape(principle.words())).append("</li>");
    }
    return html.append("</ol>").append(chart("Cases by section of the Social Media Policy broken", sections, "#7a4fa3"))
        .toString();
  }

  private static <T> Map<String, Long> count(List<T> items, Function<T, String> label) {
    return new TreeMap<>(items.stream().collect(Collectors.groupingBy(label, Collectors.counting())));
  }

  /** A horizontal bar chart: a label, a bar as long as its share of the largest, and the number. */
  static String chart(String title, Map<String, Long> data, String colour) {
    long max = data.values().stream().mapToLong(Long::longValue).max().orElse(0);
    int height = Math.max(1, data.size()) * ROW + 4;
    StringBuilder svg = new StringBuilder("<figure><figcaption>").append(htmlEscape(title)).append("</figcaption>")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"").append(WIDTH)
        .append("\" height=\"").append(height).append("\" aria-label=\"").append(htmlEscape(title)).append("\">");
    if (data.isEmpty()) {
      svg.append("<text x=\"0\" y=\"18\">No cases in this period</text>");
    }
    int y = 0;
    for (Map.Entry<String, Long> bar : data.entrySet()) {
      long length = max == 0 ? 0 : Math.round((double) bar.getValue() * (WIDTH - LABEL - 50) / max);
      svg.append("<text x=\"0\" y=\"").append(y + 18).append("\">").append(htmlEscape(bar.getKey())).append("</text>")
          .append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 4).append("\" width=\"").append(length)
          .append("\" height=\"").append(ROW - 8).append("\" fill=\"").append(colour).append("\"><title>")
          .append(htmlEscape(bar.getKey())).append(": ").append(bar.getValue()).append("</title></rect>")
          .append("<text x=\"").append(LABEL + length + 6).append("\" y=\"").append(y + 18).append("\">")
          .append(bar.getValue()).append("</text>");
      y += ROW;
    }
    return svg.append("</svg></figure>").toString();
  }

  private static String table(List<AuditedCase> cases, ZoneId zone) {
    StringBuilder table = new StringBuilder("<h2>The cases</h2><table><thead><tr><th>Case</th><th>Paths</th>"
        + "<th>Opened</th><th>Closed</th><th>Days</th><th>Outcome</th><th>Statutory deadlines</th></tr></thead><tbody>");
    for (AuditedCase c : cases) {
      table.append("<tr><td>").append(htmlEscape(c.caseReference())).append("</td><td>")
          .append(htmlEscape(c.paths().isEmpty() ? "closed at triage" : String.join(", ", c.paths()))).append("</td><td>")
          .append(day(c.opened(), zone)).append("</td><td>").append(day(c.closed(), zone)).append("</td><td>")
          .append(c.daysToClose()).append("</td><td>").append(htmlEscape(c.outcomeCategory())).append("</td><td")
          .append(c.deadlinesMet() == Deadline.MISSED ? " class=\"missed\"" : "").append(">")
          .append(c.deadlinesMet().name().replace('_', ' ').toLowerCase(Locale.UK)).append("</td></tr>");
    }
    return table.append("</tbody></table>").toString();
  }

  private static String day(String instant, ZoneId zone) {
    return Instant.parse(instant).atZone(zone).format(DAY);
  }
}
