package dev.bbm.domain;

import java.util.Locale;

/** Renders user-supplied text inside error sentences, so every message stays one short, readable line. */
public final class Messages {
  /** Longer values are cut: an error sentence must stay readable on a terminal. */
  static final int MAX_SHOWN = 80;

  private Messages() {}

  /** The text in double quotes, with quotes, backslashes and control characters escaped, cut at 80 characters. */
  public static String quote(String text) {
    return quote(text, MAX_SHOWN);
  }

  /** As {@link #quote(String)}, cut at {@code max} characters (a whole line another program printed). */
  public static String quote(String text, int max) {
    StringBuilder out = new StringBuilder("\"");
    int shown = 0;
    for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
      if (shown++ == max) {
        out.append("...");
        break;
      }
      int cp = text.codePointAt(i);
      if (cp == '"' || cp == '\\') {
        out.append('\\').appendCodePoint(cp);
      } else if (invisible(cp)) {
        out.append(String.format(Locale.ROOT, "\\u%04X", cp));
      } else {
        out.appendCodePoint(cp);
      }
    }
    return out.append('"').toString();
  }

  /** One character for a message: {@code ';'}, {@code "'"} or {@code U+000A} when it would not be visible. */
  static String describe(int cp) {
    if (invisible(cp) || Character.isWhitespace(cp) && cp != ' ') {
      return String.format(Locale.ROOT, "U+%04X", cp);
    }
    if (cp == '\'') {
      return "\"'\"";
    }
    return "'" + new String(Character.toChars(cp)) + "'";
  }

  /** The character at {@code index} of {@code text}, described as above. */
  static String describeAt(String text, int index) {
    return describe(text.codePointAt(index));
  }

  /** 1-based character number (code points, as a person counts) of the UTF-16 {@code index} in {@code text}. */
  static int position(String text, int index) {
    int clamped = Math.max(0, Math.min(index, text.length()));
    return text.codePointCount(0, clamped) + 1;
  }

  static boolean invisible(int cp) {
    int type = Character.getType(cp);
    return Character.isISOControl(cp)
        || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.SURROGATE
        || type == Character.UNASSIGNED;
  }
}
