package uk.shine.socialmedia.chronology;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import uk.shine.socialmedia.deadlines.PlainDates;
import uk.shine.socialmedia.security.PageResponses;

/**
 * The chronology as a timeline to read (what is still to do first, then what happened day by day, in
 * words and names), and the read log as a table; every value escaped.
 */
final class ChronologyPage {

  private static final String HEAD = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s</title>"
      + "<style>body{font-family:system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse}"
      + "td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left;vertical-align:top}</style></head><body>";
  private static final String TIMELINE_STYLE = "<style>table{border-collapse:collapse;width:100%}"
      + "td,th{border-bottom:1px solid #ccc;padding:.35em .5em;text-align:left;vertical-align:top}"
      + "ol.timeline{list-style:none;padding:0;margin:0 0 1em}ol.timeline>li{padding:.4em 0 .4em 7em;text-indent:-7em;"
      + "border-bottom:1px solid #eee}.time{display:inline-block;width:7em;text-indent:0;color:#555}"
      + "header strong{color:#1d4e89}.path{color:#555;font-size:.9em}.overdue{color:#b00020;font-weight:bold}"
      + "ol.timeline ul{margin:.2em 0 0;padding-left:1.2em;text-indent:0}h3{margin:1.2em 0 .3em;font-size:1.05em}"
      + ".meeting{text-indent:0}.meeting p{margin:.3em 0}.meeting blockquote{margin:.2em 0 .4em 1em;padding-left:.6em;"
      + "border-left:3px solid #ccc;white-space:normal}</style>";

  private ChronologyPage() {
  }

  static String chronology(CaseChronology.Chronology chronology, ZoneId zone) {
    String reference = htmlEscape(chronology.caseReference());
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Case ")
        .append(reference).append("</title>").append(PageResponses.STYLE).append(TIMELINE_STYLE).append("</head><body><header><strong>")
        .append(PageResponses.TRUST).append(": social media cases</strong></header><main><h1>Chronology of ").append(reference)
        .append("</h1><p>What is still to do, then what has happened, as far as the parts of the case open to you go. Times "
            + "are the school's (").append(htmlEscape(zone.getId())).append("). Opening this page is recorded.</p>");
    open(html, chronology.open());
    html.append("<h2>What has happened</h2>");
    String day = null;
    for (ChronologyEvent event : chronology.events()) {
      if ("deadline".equals(event.kind()) || event.withTask()) {
        // a deadline is still to come (shown above); a decision stands under the task that recorded it
        continue;
      }
      Instant at = Instant.parse(event.at());
      String thisDay = PlainDates.weekday(at, zone);
      if (!thisDay.equals(day)) {
        html.append(day == null ? "" : "</ol>").append("<h3>").append(htmlEscape(thisDay)).append("</h3><ol class=\"timeline\">");
        day = thisDay;
      }
      html.append("<li><span class=\"time\">").append(htmlEscape(PlainDates.time(at, zone))).append("</span><strong>")
          .append(htmlEscape(event.said())).append("</strong>");
      if (event.byName() != null) {
        html.append(" by ").append(htmlEscape(event.byName()));
      }
      if (!"started".equals(event.kind()) && !"ended".equals(event.kind())) {
        // a path's start and end name it already
        html.append(" <span class=\"path\">(").append(htmlEscape(event.pathName())).append(")</span>");
      }
      if (event.letter() != null) {
        html.append(" <a href=\"").append(htmlEscape(event.letter())).append("\">Read the letter</a>");
      }
      if (!event.decided().isEmpty()) {
        html.append("<ul>");
        event.decided().forEach(decision -> html.append("<li>").append(htmlEscape(decision)).append("</li>"));
        html.append("</ul>");
      }
      meeting(html, event.meeting());
      html.append("</li>");
    }
    html.append(day == null ? "<p>Nothing has happened yet.</p>" : "</ol>");
    return html.append("<p class=\"path\">This page shows the decisions, who made them and when, and the notes of "
        + "meetings under each meeting, as written; the other details of each step stay in that step's form.</p>"
        + "</main></body></html>").toString();
  }

  /** A meeting's day and its notes as written, their line breaks kept. */
  private static void meeting(StringBuilder html, ChronologyEvent.Meeting meeting) {
    if (meeting == null) {
      return;
    }
    html.append("<div class=\"meeting\">");
    if (meeting.held() != null) {
      html.append("<p>Meeting held on ").append(htmlEscape(meeting.held())).append("</p>");
    }
    if (meeting.notes() != null) {
      html.append("<p>Notes of the meeting:</p><blockquote>").append(htmlEscape(meeting.notes()).replace("\r\n", "\n").replace("\n", "<br>"))
          .append("</blockquote>");
    }
    html.append("</div>");
  }

  private static void open(StringBuilder html, List<CaseChronology.OpenTask> open) {
    html.append("<h2>Still to do</h2>");
    if (open.isEmpty()) {
      html.append("<p>Nothing is waiting.</p>");
      return;
    }
    html.append("<table><thead><tr><th>Task</th><th>Part of the case</th><th>Who holds it</th><th>Due</th></tr></thead><tbody>");
    for (CaseChronology.OpenTask task : open) {
      html.append("<tr><td>").append(htmlEscape(task.task())).append("</td><td>").append(htmlEscape(task.pathName()))
          .append("</td><td>").append(htmlEscape(task.heldBy())).append("</td><td>")
          .append(task.dueShown() == null ? "no due date" : htmlEscape(task.dueShown()))
          .append(task.overdue() ? " <span class=\"overdue\">overdue</span>" : "").append("</td></tr>");
    }
    html.append("</tbody></table>");
  }

  static String readLog(String caseReference, List<CaseReadLog.Entry> entries, ZoneId zone) {
    String reference = htmlEscape(caseReference);
    StringBuilder html = new StringBuilder(String.format(HEAD, "Who opened " + reference))
        .append("<h1>Who opened ").append(reference).append("</h1><p>Newest first. Openings of the chronology each "
            + "time, refused attempts included; reads in Tasklist, Cockpit or the REST API once an hour for each kind.</p>")
        .append("<table><thead><tr><th>When</th><th>Who</th><th>What</th><th>Allowed</th></tr></thead><tbody>");
    for (CaseReadLog.Entry entry : entries) {
      html.append("<tr><td>").append(when(entry.readAt().toString(), zone)).append("</td><td>")
          .append(htmlEscape(entry.userId())).append("</td><td>").append(htmlEscape(entry.whatWasRead()))
          .append("</td><td>").append(entry.allowed() ? "yes" : "refused").append("</td></tr>");
    }
    return html.append("</tbody></table></body></html>").toString();
  }

  private static String when(String instant, ZoneId zone) {
    return htmlEscape(CaseChronology.WHEN.format(Instant.parse(instant).atZone(zone)));
  }
}
