package uk.shine.socialmedia.forms;

/**
 * Text that can be stored and shown safely: no control characters (a multi-line text may hold tabs
 * and line breaks), no bidirectional overrides or isolates (they make a name or a web address read
 * differently from what it is) and no half of a surrogate pair (not a character at all).
 */
public final class SafeText {

  private SafeText() {
  }

  /**
   * @param label what the person saw the field called; null when unknown
   * @throws RefusedInput naming the field, never the value
   */
  public static void check(String name, String label, String text, boolean multiLine) {
    if (text != null && !safe(text, multiLine)) {
      throw new RefusedInput(name, described(name, label) + " contains characters that cannot be stored safely");
    }
  }

  /** "Label (name)", or the name alone when there is no label of its own. */
  public static String described(String name, String label) {
    return label == null || label.isBlank() || label.equals(name) ? name : label + " (" + name + ")";
  }

  static boolean safe(String text, boolean multiLine) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++; // a whole pair: a character outside the basic plane, such as an emoji
      } else if (Character.isSurrogate(c) || isBidiControl(c) || isControl(c, multiLine)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isControl(char c, boolean multiLine) {
    if (multiLine && (c == '\t' || c == '\n' || c == '\r')) {
      return false;
    }
    return Character.getType(c) == Character.CONTROL; // NUL to U+001F, DEL and U+0080 to U+009F
  }

  private static boolean isBidiControl(char c) {
    return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
  }
}
