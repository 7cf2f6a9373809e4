package uk.shine.socialmedia.imagepublication;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the consent register from a CSV export of the school's records:
 *
 * <pre>
 * pupil_reference,website,social_media,press,print,restricted
 * A1234,yes,yes,no,yes,no
 * </pre>
 *
 * Yes/no columns take yes/no, y/n, true/false or 1/0. Every bad row is reported (row number and the
 * problem, never the other values of the row); a file with any bad row is refused whole.
 */
final class ConsentCsv {

  public static final List<String> HEADER = List.of("pupil_reference", "website", "social_media", "press", "print", "restricted");

  private ConsentCsv() {
  }

  /** The register, or the list of problems when there is any. */
  public record Result(List<PupilConsent> register, List<String> problems) {
  }

  public static Result read(String csv) {
    List<String> problems = new ArrayList<>();
    List<PupilConsent> register = new ArrayList<>();
    String[] lines = csv.replace("\uFEFF", "").split("\r?\n", -1);
    if (lines.length == 0 || !header(lines[0]).equals(HEADER)) {
      return new Result(List.of(), List.of("row 1: the header must be exactly " + String.join(",", HEADER)));
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int row = i + 1;
      if (lines[i].isBlank()) {
        continue;
      }
      String[] cells = lines[i].split(",", -1);
      if (cells.length != HEADER.size()) {
        problems.add("row " + row + ": expected " + HEADER.size() + " columns, found " + cells.length);
        continue;
      }
      String reference = cells[0].trim().toUpperCase(Locale.ROOT);
      try {
        PublicationVariables.parseReferences(reference);
      } catch (IllegalArgumentException e) {
        problems.add("row " + row + ": pupil_reference is not a pupil reference (letters, digits, / and -, at most 20)");
        continue;
      }
      Integer earlier = seen.putIfAbsent(reference, row);
      if (earlier != null) {
        problems.add("row " + row + ": pupil_reference repeats row " + earlier);
        continue;
      }
      Set<Channel> consented = EnumSet.noneOf(Channel.class);
      boolean restricted = false;
      boolean rowOk = true;
      for (int column = 1; column < HEADER.size(); column++) {
        Boolean value = yesNo(cells[column]);
        if (value == null) {
          problems.add("row " + row + ": " + HEADER.get(column) + " must be yes or no");
          rowOk = false;
        } else if (column == HEADER.size() - 1) {
          restricted = value;
        } else if (value) {
          consented.add(Channel.all().get(column - 1));
        }
      }
      if (rowOk) {
        register.add(new PupilConsent(reference, consented, restricted));
      }
    }
    if (problems.isEmpty() && register.isEmpty()) {
      problems.add("the file has no pupils: an empty register would withdraw every consent");
    }
    return new Result(problems.isEmpty() ? register : List.of(), problems);
  }

  private static List<String> header(String line) {
    return List.of(line.split(",", -1)).stream().map(cell -> cell.trim().toLowerCase(Locale.ROOT)).toList();
  }

  private static Boolean yesNo(String cell) {
    return switch (cell.trim().toLowerCase(Locale.ROOT)) {
      case "yes", "y", "true", "1" -> true;
      case "no", "n", "false", "0" -> false;
      default -> null;
    };
  }
}
