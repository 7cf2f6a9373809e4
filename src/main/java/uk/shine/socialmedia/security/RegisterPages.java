package uk.shine.socialmedia.security;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A register as the application shows it: JSON, or a plain page with one table, both for some
 * groups only (the login challenge for nobody, 403 with the reason for anyone else), never cached.
 */
public final class RegisterPages {

  private static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; "
      + "base-uri 'none'";

  /** What a page shows: its title, a sentence about it, the column names and the rows' cells. */
  public record Table(String title, String about, List<String> headers, List<List<String>> rows) {
  }

  private RegisterPages() {
  }

  /** The gate: empty when the person is in one of the groups. */
  public static Optional<ResponseEntity<Object>> refusal(CurrentUser currentUser, HttpServletRequest request,
      Set<String> groups, String refusal) {
    return PageResponses.unlessIn(currentUser.of(request), groups, refusal);
  }

  public static ResponseEntity<Object> json(Object body) {
    return PageResponses.page(MediaType.APPLICATION_JSON, PAGE_POLICY).body(body);
  }

  public static ResponseEntity<Object> page(Table table) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
        .append(htmlEscape(table.title()))
        .append("</title><style>body{font-family:system-ui,sans-serif;margin:2em;color:#222}"
            + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left;"
            + "vertical-align:top}").append(onAPhone(table.headers())).append("</style></head><body><h1>")
        .append(htmlEscape(table.title())).append("</h1><p>").append(htmlEscape(table.about()))
        .append("</p><table><thead><tr>");
    table.headers().forEach(header -> html.append("<th>").append(htmlEscape(header)).append("</th>"));
    html.append("</tr></thead><tbody>");
    for (List<String> row : table.rows()) {
      html.append("<tr>");
      row.forEach(cell -> html.append("<td>").append(cell == null ? "" : htmlEscape(cell)).append("</td>"));
      html.append("</tr>");
    }
    if (table.rows().isEmpty()) {
      html.append("<tr><td colspan=\"").append(table.headers().size()).append("\">Nothing yet.</td></tr>");
    }
    return PageResponses.page(MediaType.TEXT_HTML, PAGE_POLICY).body(html.append("</tbody></table></body></html>")
        .toString());
  }

  /**
   * On a phone a row of several columns would run off the screen or break a case reference over
   * three lines: each row becomes a block of its own, each value led by its column's name.
   */
  private static String onAPhone(List<String> headers) {
    StringBuilder css = new StringBuilder("@media (max-width:600px){body{margin:1em}thead{display:none}"
        + "table,tbody,tr,td{display:block}tr{border:1px solid #ccc;margin-bottom:.6em}td{border:none}");
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.get(i).replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\r\\n<>]", " ");
      css.append("td:nth-child(").append(i + 1).append("):not([colspan])::before{content:\"").append(name)
          .append(": \";font-weight:600}");
    }
    return css.append('}').toString();
  }
}
