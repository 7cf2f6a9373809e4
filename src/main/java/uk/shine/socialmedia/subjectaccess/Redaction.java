package uk.shine.socialmedia.subjectaccess;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes third parties' names out of what a subject access export shows: every name the system
 * knows as a name (its users, and names recorded in name fields of the cases), except the person's
 * own. Names typed into free text that the system does not know as names are not found: the data
 * protection lead reads the export before sending it.
 */
final class Redaction {

  static final String REMOVED = "[name removed]";
  private static final String TITLES = "(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?\\s+";

  private final Set<String> ownNames;
  private final Pattern others;

  Redaction(Set<String> ownNames, Set<String> fullNames, Set<String> firstNames, Set<String> lastNames) {
    this.ownNames = lower(ownNames);
    Set<String> alternatives = new LinkedHashSet<>();
    fullNames.stream().filter(name -> !this.ownNames.contains(name.toLowerCase())).map(Pattern::quote).forEach(alternatives::add);
    firstNames.stream().filter(name -> name.length() > 1 && !this.ownNames.contains(name.toLowerCase()))
        .map(Pattern::quote).forEach(alternatives::add);
    // a surname alone is often an ordinary word ("Head", "Brown"): only after a title
    lastNames.stream().filter(name -> !this.ownNames.contains(name.toLowerCase()))
        .map(name -> TITLES + Pattern.quote(name)).forEach(alternatives::add);
    this.others = alternatives.isEmpty() ? null : Pattern.compile("\\b(?:" + String.join("|", alternatives.stream()
        .sorted(Comparator.comparingInt(String::length).reversed()).toList()) + ")\\b", Pattern.CASE_INSENSITIVE);
  }

  /** Free text, with other people's names taken out. */
  String text(String value) {
    return value == null || others == null ? value : others.matcher(value).replaceAll(Matcher.quoteReplacement(REMOVED));
  }

  /** A field that holds one person's name: shown only when it is the person's own. */
  String name(String value) {
    return value == null || value.isBlank() || ownNames.contains(value.trim().toLowerCase()) ? value : REMOVED;
  }

  private static Set<String> lower(Set<String> names) {
    Set<String> lower = new LinkedHashSet<>();
    names.stream().filter(name -> name != null && !name.isBlank()).forEach(name -> lower.add(name.trim().toLowerCase()));
    return lower;
  }
}
