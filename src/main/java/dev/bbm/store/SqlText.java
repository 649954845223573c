package dev.bbm.store;

/**
 * Shows a statement with its numeric parameters written in, for --dry-run output. Only for
 * display: the statement bbm runs always binds its values.
 */
final class SqlText {
  private SqlText() {}

  /** The template with each {@code ?} replaced, in order, by the given number. */
  static String inline(String template, long... values) {
    StringBuilder out = new StringBuilder();
    int next = 0;
    for (int i = 0; i < template.length(); i++) {
      char ch = template.charAt(i);
      if (ch == '?' && next < values.length) {
        out.append(values[next++]);
      } else {
        out.append(ch);
      }
    }
    return out.toString();
  }
}
