package uk.shine.socialmedia.chronology;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** The chronology and the read log as plain HTML tables; every value escaped. */
final class ChronologyPage {

  private static final String HEAD = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s</title>"
      + "<style>body{font-family:system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse}"
      + "td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left;vertical-align:top}</style></head><body>";

  private ChronologyPage() {
  }

  static String chronology(CaseChronology.Chronology chronology, ZoneId zone) {
    String reference = htmlEscape(chronology.caseReference());
    StringBuilder html = new StringBuilder(String.format(HEAD, "Chronology of " + reference))
        .append("<h1>Chronology of ").append(reference).append("</h1>")
        .append("<p>Every event of the case and of the paths you may see, oldest first. Opening this page is recorded.</p>")
        .append("<table><thead><tr><th>When</th><th>Path</th><th>What</th><th>By</th></tr></thead><tbody>");
    for (ChronologyEvent event : chronology.events()) {
      html.append("<tr><td>").append(when(event.at(), zone)).append("</td><td>").append(htmlEscape(event.path()))
          .append("</td><td>").append(htmlEscape(event.what())).append("</td><td>")
          .append(event.by() == null ? "" : htmlEscape(event.by())).append("</td></tr>");
    }
    return html.append("</tbody></table></body></html>").toString();
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
