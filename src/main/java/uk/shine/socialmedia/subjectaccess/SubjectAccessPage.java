package uk.shine.socialmedia.subjectaccess;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.util.List;
import uk.shine.socialmedia.subjectaccess.SubjectAccessExport.Row;

/** The export as one HTML document (printable to PDF), and the page that asks whose it is; every value escaped. */
final class SubjectAccessPage {

  private static final String HEAD = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s</title>"
      + "<style>body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:60em}table{border-collapse:collapse;"
      + "width:100%%}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left;vertical-align:top}"
      + ".note{background:#fff4d6;padding:.5em 1em}.draft{border:3px solid #b00020;color:#b00020;padding:.5em 1em;"
      + "font-size:1.2em}</style></head><body>";

  private SubjectAccessPage() {
  }

  static String ask() {
    return String.format(HEAD, "Subject access export") + "<h1>Subject access export</h1>"
        + "<p>Everything the system holds about one person, with other people's names taken out, as a document "
        + "to check and send. Making an export is recorded against each case in it.</p>"
        + "<form method=\"get\" action=\"/subject-access/export\"><p><label>Their user id, for staff (as in Camunda Admin) "
        + "<input name=\"userId\" maxlength=\"64\" pattern=\"[A-Za-z0-9-]+\"></label></p><p><label>or, for someone "
        + "with no user id (a parent, a member of the public), their name as the cases record it "
        + "<input name=\"name\" maxlength=\"200\"></label></p>"
        + "<p><button type=\"submit\">Make the export</button></p></form></body></html>";
  }

  static String document(SubjectAccessExport.Export export) {
    StringBuilder html = new StringBuilder(String.format(HEAD, "DRAFT subject access export: " + htmlEscape(export.who())))
        .append("<p class=\"draft\" role=\"note\"><strong>DRAFT for the data protection lead's review before release."
            + "</strong> Do not send it to anyone until every entry has been read and anything about other people "
            + "taken out.</p>")
        .append("<h1>Information held about ").append(htmlEscape(export.name() == null ? export.who() : export.name()))
        .append("</h1><p class=\"note\">Other people's names "
            + "the system knows are replaced by &ldquo;").append(htmlEscape(Redaction.REMOVED)).append("&rdquo; and "
            + "their user ids by &ldquo;").append(htmlEscape(Redaction.ID_REMOVED)).append("&rdquo;; names "
            + "typed in free text that the system does not know as names are not found, so read every entry.</p>")
        .append("<p>Made ").append(htmlEscape(export.madeAt().toString())).append(" by ")
        .append(htmlEscape(export.madeBy())).append(".</p>");
    table(html, "About you", List.of(new Row("User id", export.userId()), new Row("Name", export.name()),
        new Row("E-mail address", export.email()), new Row("Groups", String.join(", ", export.groups()))));
    html.append("<h2>Cases (").append(export.cases().size()).append(")</h2>");
    for (SubjectAccessExport.ExportedCase record : export.cases()) {
      html.append("<h3>Case ").append(htmlEscape(record.reference())).append("</h3><p>")
          .append(htmlEscape(record.why())).append(". Opened ").append(htmlEscape(String.valueOf(record.opened())))
          .append(record.closed() == null ? ", still open" : ", closed " + htmlEscape(record.closed().toString()))
          .append(". Paths: ").append(htmlEscape(record.paths().isEmpty() ? "none" : String.join(", ", record.paths())))
          .append(".</p>");
      table(html, null, record.values());
      table(html, "What happened in case " + record.reference(), record.steps());
      if (!record.comments().isEmpty()) {
        table(html, "Comments", record.comments());
      }
    }
    table(html, "Tasks you worked on", export.tasks());
    table(html, "Low-level concerns register", export.lowLevelConcerns());
    table(html, "Case records you opened", export.opened());
    return html.append("</body></html>").toString();
  }

  private static void table(StringBuilder html, String heading, List<Row> rows) {
    if (heading != null) {
      html.append("<h2>").append(htmlEscape(heading)).append("</h2>");
    }
    if (rows.isEmpty()) {
      html.append("<p>None.</p>");
      return;
    }
    html.append("<table><tbody>");
    for (Row row : rows) {
      html.append("<tr><th>").append(htmlEscape(row.label())).append("</th><td>")
          .append(row.value() == null ? "" : htmlEscape(row.value())).append("</td></tr>");
    }
    html.append("</tbody></table>");
  }
}
