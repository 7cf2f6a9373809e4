package uk.shine.socialmedia.security;

/**
 * One cell of a CSV file the application writes, for every CSV it writes: quoted as RFC 4180 asks,
 * and never read as a formula when a spreadsheet opens it. A cell that starts with {@code = + - @},
 * a tab or a line break (spreadsheets skip those and read what follows) gets a leading quote, which
 * spreadsheets show as text.
 */
public final class SpreadsheetCells {

  private static final String FORMULA_STARTS = "=+-@\t\r\n";

  private SpreadsheetCells() {
  }

  public static String cell(String value) {
    String text = value == null ? "" : value;
    if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      text = "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
