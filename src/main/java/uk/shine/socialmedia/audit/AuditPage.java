package uk.shine.socialmedia.audit;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.shine.socialmedia.cases.PolicyPrinciple;
import uk.shine.socialmedia.cases.PolicySection;
import uk.shine.socialmedia.deadlines.PlainDates;
import uk.shine.socialmedia.engine.EngineTime;
import uk.shine.socialmedia.security.PageResponses;

/**
 * The audit as a page a governor reads at a glance: bar charts drawn here as inline SVG (no
 * script, nothing fetched from elsewhere), then the cases themselves. Every value is escaped.
 *
 * <p>A small school's numbers could point at a person ("one staff case closed in March"), so every
 * count the page adds up (the totals, every bar) from 1 to {@link #SMALL} - 1 reads "fewer than 5", and
 * its bar is drawn at the length of {@link #SMALL}, hatched, so its size tells nothing either. The
 * cases one by one stay below, folded away, for a governor's questions to the head teacher (the
 * contract's JSON and CSV list them too); they are not for minutes or published reports.
 */
final class AuditPage {

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  /** Counts below this are shown as "fewer than 5". */
  static final int SMALL = 5;
  static final String FEW = "fewer than " + SMALL;
  private static final int WIDTH = 760;
  // labels wrap at LINE characters (about 300 px at the chart's 14 px), so none runs into its bar
  private static final int LABEL = 320;
  private static final int LINE = 40;
  private static final int LINE_HEIGHT = 17;
  private static final int ROW_GAP = 9;
  /** The close-case form's outcomes in the words of its list (GovernorsAudit.OUTCOMES), and the two the audit adds. */
  static final Map<String, String> OUTCOME_WORDS = Map.of(
      "ACTION_TAKEN", "Action taken under the policy",
      "REFERRED", "Referred to another agency",
      "NOT_UPHELD", "Not upheld",
      "NO_FURTHER_ACTION", "No further action needed",
      "NOT_RECORDED", "Outcome not recorded",
      "OTHER", "Another outcome");

  private AuditPage() {
  }

  static String render(List<AuditedCase> cases, AuditPeriod period, ZoneId zone) {
    return render(cases, period, zone, null);
  }

  /** @param signedIn who reads the page (their user id, for the sign-out line), or null */
  static String render(List<AuditedCase> cases, AuditPeriod period, ZoneId zone, String signedIn) {
    StringBuilder html = new StringBuilder("""
        <!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Governors' audit of social media cases</title>
        """).append(PageResponses.STYLE).append("""
        <style>figure{margin:1.5em 0;max-width:100%;overflow-x:auto}figcaption{font-weight:bold;margin-bottom:.3em}
        svg.chart{font-size:14px}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}
        .missed{color:#b00020;font-weight:bold}.big{font-size:1.4em}
        #one-by-one:not(:checked)~table{display:none}label[for=one-by-one]{font-weight:bold;cursor:pointer}</style>
        </head><body>""");
    html.append("<header><b>").append(PageResponses.TRUST).append(": social media cases</b>");
    if (signedIn != null) {
      html.append("<form method=\"post\" action=\"/sign-out\">Signed in as ").append(htmlEscape(signedIn))
          .append(" · <button>Sign out</button></form>");
    }
    html.append("""
        </header><main><h1>Governors' audit: social media cases</h1>
        <p>Completed cases only, anonymised: no names, no details of what was posted. So that a small school's
        numbers cannot point at anyone, any count from 1 to 4 reads "fewer than 5".</p>
        """);
    html.append(periodForm(AuditPeriod.Chosen.of(period.from()), AuditPeriod.Chosen.of(period.to()), zone,
        " <a href=\"/audit/api/cases.csv" + htmlEscape(query(period)) + "\">Download as CSV</a>"));
    if (period.from() != null || period.to() != null) {
      html.append("<p>Cases closed ").append(period.from() == null ? "" : "from " + PlainDates.day(period.from()))
          .append(period.from() != null && period.to() != null ? " " : "")
          .append(period.to() == null ? "" : "to " + PlainDates.day(period.to())).append(" (both days included).</p>");
    }

    long missed = cases.stream().filter(c -> c.deadlinesMet() == Deadline.MISSED).count();
    String closed = cases(cases.size());
    html.append("<p class=\"big\">").append(Character.toUpperCase(closed.charAt(0))).append(closed.substring(1))
        .append(" closed; <span class=\"").append(missed > 0 ? "missed" : "").append("\">")
        .append(cases(missed).toLowerCase(Locale.UK)).append(" with a statutory deadline missed</span>.</p>");

    html.append(chart("Cases closed per month", perMonth(cases, zone), "#1f6fb2"));
    html.append(chart("Cases per path", count(cases.stream().flatMap(c -> c.paths().isEmpty()
        ? java.util.stream.Stream.of("closed at triage") : c.paths().stream()).toList(), Function.identity()), "#1f6fb2"));
    html.append(chart("Outcomes", count(cases, c -> OUTCOME_WORDS.getOrDefault(c.outcomeCategory(), "Another outcome")),
        "#1d4e89"));
    html.append(chart("Time to close", timeToClose(cases), "#5b8c3a"));
    html.append(chart("Statutory deadlines missed", deadlinesMissed(cases), "#b00020"));
    Map<String, Long> byRule = missedByRule(cases);
    html.append(byRule.isEmpty() ? "<p>No deadline of the deadline table was missed in this period.</p>"
        : chart("Deadlines missed, by rule", byRule, "#b00020"));
    html.append(policyBroken(cases));
    html.append(chart("Allegations against staff: time from the report to the outcome (KCSIE Part 4 targets)",
        allegationOutcomeTimes(cases), "#6a4c93"));
    html.append(table(cases, zone)).append("</main></body></html>");
    return html.toString();
  }

  /** The page again with the reason the chosen dates are not a period, next to them; nothing counted. */
  static String refusedPeriod(String reason, AuditPeriod.Chosen from, AuditPeriod.Chosen to, ZoneId zone) {
    return "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Governors' audit of social media "
        + "cases</title>" + PageResponses.STYLE + "<style>.missed{color:#b00020;font-weight:bold}</style></head><body><header><b>"
        + PageResponses.TRUST + ": social media cases</b></header><main><h1>Governors' audit: social media cases</h1>"
        + "<p class=\"missed\" role=\"alert\">" + htmlEscape(reason) + ".</p>" + periodForm(from, to, zone, "")
        + "</main></body></html>";
  }

  /**
   * The period as a day, a month by name and a year, each from a list: one meaning in every browser's
   * language (a date input shows mm/dd/yyyy to an American browser). The JSON and CSV take yyyy-MM-dd.
   */
  private static String periodForm(AuditPeriod.Chosen from, AuditPeriod.Chosen to, ZoneId zone, String after) {
    int thisYear = EngineTime.today(zone).getYear();
    return "<form method=\"get\" action=\"/audit\" class=\"period\">" + end("Closed from", "from", from, thisYear) + " "
        + end("to", "to", to, thisYear) + " <button>Show</button>" + after + "</form>";
  }

  private static String end(String label, String name, AuditPeriod.Chosen chosen, int thisYear) {
    StringBuilder html = new StringBuilder("<span class=\"end\">").append(label).append(" ");
    html.append(select(name + "Day", label + ": day", chosen.day(), java.util.stream.IntStream.rangeClosed(1, 31)
        .mapToObj(d -> new String[] {String.valueOf(d), String.valueOf(d)}).toList()));
    html.append(select(name + "Month", label + ": month", chosen.month(), java.util.stream.IntStream.rangeClosed(1, 12)
        .mapToObj(m -> new String[] {String.valueOf(m), java.time.Month.of(m).getDisplayName(TextStyle.FULL, Locale.UK)})
        .toList()));
    html.append(select(name + "Year", label + ": year", chosen.year(), java.util.stream.IntStream
        .rangeClosed(0, 10).map(back -> thisYear - back)
        .mapToObj(y -> new String[] {String.valueOf(y), String.valueOf(y)}).toList()));
    return html.append("</span>").toString();
  }

  private static String select(String name, String label, String chosen, List<String[]> options) {
    StringBuilder html = new StringBuilder("<select name=\"").append(name).append("\" aria-label=\"")
        .append(htmlEscape(label)).append("\"><option value=\"\">-</option>");
    for (String[] option : options) {
      html.append("<option value=\"").append(option[0]).append("\"").append(option[0].equals(chosen) ? " selected" : "")
          .append(">").append(option[1]).append("</option>");
    }
    return html.append("</select> ").toString();
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

  /** A count as the page may show it: "none", "fewer than 5", or the number. */
  static String shown(long count) {
    return count == 0 ? "none" : count < SMALL ? FEW : Long.toString(count);
  }

  private static String cases(long count) {
    return count == 0 ? "No cases" : count < SMALL ? FEW + " cases" : count + " cases";
  }

  /**
   * A horizontal bar chart: a label (wrapped over as many lines as it needs), a bar as long as its share
   * of the largest, and the count as the page may show it ({@link #shown}).
   */
  static String chart(String title, Map<String, Long> data, String colour) {
    long max = data.values().stream().mapToLong(n -> n > 0 && n < SMALL ? SMALL : n).max().orElse(0);
    List<List<String>> labels = data.keySet().stream().map(AuditPage::wrap).toList();
    // one hatching per chart: ids are unique in the page
    String pattern = "few-" + Integer.toHexString(title.hashCode());
    int height = Math.max(ROW_GAP + LINE_HEIGHT,
        labels.stream().mapToInt(lines -> lines.size() * LINE_HEIGHT + ROW_GAP).sum()) + 4;
    StringBuilder svg = new StringBuilder("<figure><figcaption>").append(htmlEscape(title)).append("</figcaption>")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"").append(WIDTH)
        .append("\" height=\"").append(height).append("\" aria-label=\"").append(htmlEscape(title)).append("\">")
        .append("<defs><pattern id=\"").append(pattern).append("\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
            + "patternTransform=\"rotate(45)\"><rect width=\"3\" height=\"6\" fill=\"#999\"/></pattern></defs>");
    if (data.isEmpty()) {
      svg.append("<text x=\"0\" y=\"18\">No cases in this period</text>");
    }
    int y = 0;
    int row = 0;
    for (Map.Entry<String, Long> bar : data.entrySet()) {
      List<String> lines = labels.get(row++);
      long value = bar.getValue();
      boolean few = value > 0 && value < SMALL;
      long length = max == 0 ? 0 : Math.round((double) (few ? SMALL : value) * (WIDTH - LABEL - 110) / max);
      int middle = y + (lines.size() * LINE_HEIGHT) / 2 + 5;
      svg.append("<text x=\"0\" y=\"").append(y + LINE_HEIGHT - 2).append("\">");
      for (int i = 0; i < lines.size(); i++) {
        svg.append("<tspan x=\"0\" dy=\"").append(i == 0 ? 0 : LINE_HEIGHT).append("\">").append(htmlEscape(lines.get(i)))
            .append("</tspan>");
      }
      svg.append("</text><rect x=\"").append(LABEL).append("\" y=\"").append(middle - 13).append("\" width=\"")
          .append(length).append("\" height=\"16\" fill=\"").append(few ? "url(#" + pattern + ")" : colour).append("\"><title>")
          .append(htmlEscape(bar.getKey())).append(": ").append(shown(value)).append("</title></rect>")
          .append("<text x=\"").append(LABEL + length + 6).append("\" y=\"").append(middle).append("\">")
          .append(shown(value)).append("</text>");
      y += lines.size() * LINE_HEIGHT + ROW_GAP;
    }
    return svg.append("</svg></figure>").toString();
  }

  /** A label in lines of at most {@link #LINE} characters, broken between words. */
  static List<String> wrap(String label) {
    List<String> lines = new java.util.ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : label.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > LINE) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  private static String table(List<AuditedCase> cases, ZoneId zone) {
    // folded away until asked for (a tick box, not a script: the page runs none)
    StringBuilder table = new StringBuilder("<section class=\"cases\"><input type=\"checkbox\" id=\"one-by-one\"> "
        + "<label for=\"one-by-one\">Show the cases one by one (for questions to the head teacher; not for minutes or "
        + "published reports)</label><table><thead><tr><th>School</th><th>Case</th><th>Paths</th>"
        + "<th>Opened</th><th>Closed</th><th>Days</th><th>Outcome</th><th>Statutory deadlines</th></tr></thead><tbody>");
    for (AuditedCase c : cases) {
      table.append("<tr><td>").append(htmlEscape(c.school() == null ? "" : c.school())).append("</td><td>")
          .append(htmlEscape(c.caseReference())).append("</td><td>")
          .append(htmlEscape(c.paths().isEmpty() ? "closed at triage" : String.join(", ", c.paths()))).append("</td><td>")
          .append(day(c.opened(), zone)).append("</td><td>").append(day(c.closed(), zone)).append("</td><td>")
          .append(c.daysToClose()).append("</td><td>").append(htmlEscape(OUTCOME_WORDS.getOrDefault(c.outcomeCategory(), c.outcomeCategory()))).append("</td><td")
          .append(c.deadlinesMet() == Deadline.MISSED ? " class=\"missed\"" : "").append(">")
          .append(c.deadlinesMet().name().replace('_', ' ').toLowerCase(Locale.UK)).append("</td></tr>");
    }
    return table.append("</tbody></table></section>").toString();
  }

  private static String day(String instant, ZoneId zone) {
    return Instant.parse(instant).atZone(zone).format(DAY);
  }
}
