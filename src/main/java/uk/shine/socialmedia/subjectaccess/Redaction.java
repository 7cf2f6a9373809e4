package uk.shine.socialmedia.subjectaccess;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes third parties out of what a subject access export shows: every name the system knows as a
 * name (its users, and the names recorded in the name fields of any case), and every user id of its
 * users, except the person's own. Names typed into free text that the system does not know as names
 * are not found: the export is a draft the data protection lead reads before sending it.
 */
final class Redaction {

  static final String REMOVED = "[name removed]";
  static final String ID_REMOVED = "[user id removed]";
  private static final String TITLES = "(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?\\s+";

  private final Set<String> ownNames;
  private final Pattern others;
  private final Pattern otherIds;

  /**
   * @param userIds other people's user ids: matched as whole words and case as written (a surname such
   *     as "Teacher" is not the id "teacher"), so the person's own name stays whole
   */
  Redaction(Set<String> ownNames, Set<String> fullNames, Set<String> firstNames, Set<String> lastNames,
      Set<String> userIds) {
    this.ownNames = lower(ownNames);
    Set<String> alternatives = new LinkedHashSet<>();
    fullNames.stream().filter(name -> !this.ownNames.contains(name.toLowerCase())).map(Pattern::quote).forEach(alternatives::add);
    firstNames.stream().filter(name -> name.length() > 1 && !this.ownNames.contains(name.toLowerCase()))
        .map(Pattern::quote).forEach(alternatives::add);
    // a surname alone is often an ordinary word ("Head", "Brown"): only after a title
    lastNames.stream().filter(name -> !this.ownNames.contains(name.toLowerCase()))
        .map(name -> TITLES + Pattern.quote(name)).forEach(alternatives::add);
    this.others = anyOf(alternatives, Pattern.CASE_INSENSITIVE);
    this.otherIds = anyOf(userIds.stream().map(Pattern::quote).toList(), 0);
  }

  /** Free text, with other people's names and user ids taken out. */
  String text(String value) {
    if (value == null) {
      return null;
    }
    String text = others == null ? value : others.matcher(value).replaceAll(Matcher.quoteReplacement(REMOVED));
    return otherIds == null ? text : otherIds.matcher(text).replaceAll(Matcher.quoteReplacement(ID_REMOVED));
  }

  /** A field that holds one person's name: shown only when it is the person's own. */
  String name(String value) {
    return value == null || value.isBlank() || ownNames.contains(value.trim().toLowerCase()) ? value : REMOVED;
  }

  /** The longest first, so a full name goes whole before its first name could. */
  private static Pattern anyOf(Collection<String> alternatives, int flags) {
    return alternatives.isEmpty() ? null : Pattern.compile("\\b(?:" + String.join("|", alternatives.stream()
        .sorted(Comparator.comparingInt(String::length).reversed()).toList()) + ")\\b", flags);
  }

  private static Set<String> lower(Set<String> names) {
    Set<String> lower = new LinkedHashSet<>();
    names.stream().filter(name -> name != null && !name.isBlank()).forEach(name -> lower.add(name.trim().toLowerCase()));
    return lower;
  }
}
