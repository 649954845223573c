package dev.bbm.tools;

import java.util.Locale;

/** Escaping for man(7) source, so that option names, quotes and backslashes print as typed. */
final class Troff {
  private Troff() {}

  /** Text for use inside a line: backslashes, minus signs and non-ASCII characters escaped. */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    s.codePoints().forEach(c -> {
      if (c == '\\') {
        sb.append("\\e");
      } else if (c == '-') {
        sb.append("\\-");
      } else if (c == '\t') {
        sb.append(' ');
      } else if (c < 0x20 || c == 0x7f) {
        sb.append(' ');
      } else if (c > 0x7e) {
        sb.append(String.format(Locale.ROOT, "\\[u%04X]", c));
      } else {
        sb.appendCodePoint(c);
      }
    });
    return sb.toString();
  }

  /** Escaped text as one input line: leading blanks would break the line, a leading '.' or '\'' starts a request. */
  static String line(String escaped) {
    String s = escaped.stripLeading();
    return s.startsWith(".") || s.startsWith("'") ? "\\&" + s : s;
  }

  static String bold(String s) {
    return "\\fB" + escape(s) + "\\fR";
  }

  static String italic(String s) {
    return "\\fI" + escape(s) + "\\fR";
  }
}
