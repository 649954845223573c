package dev.bbm.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The tokens of a Ruby migration file, enough to find method calls and read literal arguments
 * without running anything: names, labels ({@code table_name:}), symbols, strings (marked when they
 * interpolate), {@code %w[]}-style word lists, numbers, punctuation and line ends. Comments,
 * {@code =begin} blocks and heredoc bodies are skipped over (a heredoc becomes one string token).
 */
final class RubyTokens {
  /** What a token is. */
  enum Kind { NAME, CONSTANT, LABEL, SYMBOL, STRING, WORDS, NUMBER, PUNCT, NEWLINE }

  /**
   * One token.
   *
   * @param value a string's or symbol's text, a label's name, a word list's words, a number; else null
   * @param interpolated whether a string or word list has {@code #{...}} in it
   */
  record Token(Kind kind, String text, Object value, boolean interpolated, int start, int end, int line) {
    boolean is(String punct) {
      return (kind == Kind.PUNCT || kind == Kind.NAME) && text.equals(punct);
    }
  }

  private static final Set<String> OPERATORS = Set.of("**=", "||=", "&&=", "<=>", "===", "**", "||", "&&", "==",
      "!=", ">=", "<=", "<<", ">>", "::", "..", "+=", "-=", "*=", "/=", "=>", "=~", "->", "&.");
  private final String src;
  private final List<Token> out = new ArrayList<>();
  private final List<String> heredocs = new ArrayList<>();
  private int pos;
  private int line = 1;

  private RubyTokens(String src) {
    this.src = src.startsWith("\uFEFF") ? src.substring(1) : src;
  }

  /** The tokens of a whole file. */
  static List<Token> of(String text) {
    RubyTokens t = new RubyTokens(text);
    t.run();
    return t.out;
  }

  private void run() {
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == '\n') {
        add(Kind.NEWLINE, pos, pos + 1, null, false);
        pos++;
        line++;
        skipHeredocBodies();
        if (src.startsWith("=begin", pos)) {
          skipEmbeddedDocument();
        }
      } else if (c == '\\' && pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
        pos += 2;
        line++;
      } else if (Character.isWhitespace(c)) {
        pos++;
      } else if (c == '#') {
        while (pos < src.length() && src.charAt(pos) != '\n') {
          pos++;
        }
      } else {
        token(c);
      }
    }
  }

  private void token(char c) {
    int start = pos;
    if (c == '\'' || c == '"') {
      quoted(c, c, c == '"');
    } else if (c == ':' && pos + 1 < src.length() && (src.charAt(pos + 1) == '"' || src.charAt(pos + 1) == '\'')) {
      pos++;
      quoted(src.charAt(pos), src.charAt(pos), src.charAt(pos) == '"');
      Token s = out.remove(out.size() - 1);
      add(Kind.SYMBOL, start, pos, s.value(), s.interpolated());
    } else if (c == ':' && pos + 1 < src.length() && isNameStart(src.charAt(pos + 1))) {
      pos++;
      String name = name();
      add(Kind.SYMBOL, start, pos, name, false);
    } else if (isNameStart(c)) {
      String name = name();
      boolean label = pos < src.length() && src.charAt(pos) == ':' && !src.startsWith("::", pos);
      if (label) {
        pos++;
        add(Kind.LABEL, start, pos, name, false);
      } else {
        add(Character.isUpperCase(c) ? Kind.CONSTANT : Kind.NAME, start, pos, name, false);
      }
    } else if (c >= '0' && c <= '9') {
      number();
    } else if (c == '%' && percentLiteral()) {
      return;
    } else if (src.startsWith("<<~", pos) || src.startsWith("<<-", pos) || heredocStart()) {
      heredoc();
    } else {
      punct();
    }
  }

  private String name() {
    int start = pos;
    while (pos < src.length() && (isNameStart(src.charAt(pos)) || Character.isDigit(src.charAt(pos)))) {
      pos++;
    }
    if (pos < src.length() && (src.charAt(pos) == '?' || src.charAt(pos) == '!')
        && !src.startsWith("!=", pos) && !src.startsWith("?:", pos)) {
      pos++;
    }
    return src.substring(start, pos);
  }

  private void number() {
    int start = pos;
    while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
      pos++;
    }
    boolean fraction = pos + 1 < src.length() && src.charAt(pos) == '.' && Character.isDigit(src.charAt(pos + 1));
    if (fraction) {
      pos++;
      while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
        pos++;
      }
    }
    String digits = src.substring(start, pos).replace("_", "");
    Object value = fraction ? null : parseLong(digits);
    add(Kind.NUMBER, start, pos, value, false);
  }

  private static Long parseLong(String digits) {
    try {
      return Long.valueOf(digits);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A quoted string from {@code pos} (on the opening delimiter) to its closing one, nesting paired delimiters. */
  private void quoted(char open, char close, boolean interpolates) {
    int start = pos;
    int startLine = line;
    pos++;
    int depth = 0;
    boolean interpolated = false;
    StringBuilder value = new StringBuilder();
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == '\\' && pos + 1 < src.length()) {
        char next = src.charAt(pos + 1);
        value.append(interpolates ? escape(next) : next == close || next == '\\' || next == open ? "" + next : "\\" + next);
        pos += 2;
        continue;
      }
      if (c == '\n') {
        line++;
      }
      if (interpolates && c == '#' && pos + 1 < src.length() && "{@$".indexOf(src.charAt(pos + 1)) >= 0) {
        interpolated = true;
      }
      if (c == close && depth == 0) {
        pos++;
        out.add(new Token(Kind.STRING, src.substring(start, pos), value.toString(), interpolated, start, pos, startLine));
        return;
      }
      if (open != close && c == open) {
        depth++;
      } else if (open != close && c == close) {
        depth--;
      }
      value.append(c);
      pos++;
    }
    out.add(new Token(Kind.STRING, src.substring(start), value.toString(), true, start, src.length(), startLine));
  }

  private static String escape(char c) {
    switch (c) {
      case 'n': return "\n";
      case 't': return "\t";
      case 's': return " ";
      case '0': return "\0";
      default: return String.valueOf(c);
    }
  }

  /** {@code %w[a b]}, {@code %i[a b]} (word lists), {@code %q(..)}, {@code %Q(..)}, {@code %(..)} (strings). */
  private boolean percentLiteral() {
    int p = pos + 1;
    char type = p < src.length() && Character.isLetter(src.charAt(p)) ? src.charAt(p++) : 'Q';
    if (p >= src.length() || "wWiIqQ".indexOf(type) < 0 || "([{<|!/".indexOf(src.charAt(p)) < 0) {
      return false;
    }
    int start = pos;
    char open = src.charAt(p);
    char close = open == '(' ? ')' : open == '[' ? ']' : open == '{' ? '}' : open == '<' ? '>' : open;
    pos = p;
    quoted(open, close, Character.isUpperCase(type));
    Token body = out.remove(out.size() - 1);
    String text = src.substring(start, pos);
    if (type == 'q' || type == 'Q') {
      out.add(new Token(Kind.STRING, text, body.value(), body.interpolated(), start, pos, body.line()));
    } else {
      String words = ((String) body.value()).strip();
      List<String> list = words.isEmpty() ? List.of() : List.of(words.split("\\s+"));
      out.add(new Token(Kind.WORDS, text, list, body.interpolated(), start, pos, body.line()));
    }
    return true;
  }

  private boolean heredocStart() {
    return src.startsWith("<<", pos) && pos + 2 < src.length() && (Character.isUpperCase(src.charAt(pos + 2))
        || src.charAt(pos + 2) == '\'' || src.charAt(pos + 2) == '"')
        && (out.isEmpty() || out.get(out.size() - 1).kind() != Kind.CONSTANT);
  }

  /** {@code <<~SQL}: a string token now; its body (the following lines up to SQL) is skipped at the line end. */
  private void heredoc() {
    int start = pos;
    pos += 2;
    if (src.charAt(pos) == '~' || src.charAt(pos) == '-') {
      pos++;
    }
    boolean raw = pos < src.length() && src.charAt(pos) == '\'';
    if (pos < src.length() && (src.charAt(pos) == '\'' || src.charAt(pos) == '"')) {
      pos++;
    }
    String id = name();
    if (pos < src.length() && (src.charAt(pos) == '\'' || src.charAt(pos) == '"')) {
      pos++;
    }
    heredocs.add(id);
    add(Kind.STRING, start, pos, null, !raw);
  }

  private void skipHeredocBodies() {
    while (!heredocs.isEmpty()) {
      String id = heredocs.remove(0);
      while (pos < src.length()) {
        int eol = src.indexOf('\n', pos);
        String text = src.substring(pos, eol < 0 ? src.length() : eol).strip();
        pos = eol < 0 ? src.length() : eol + 1;
        line++;
        if (text.equals(id)) {
          break;
        }
      }
    }
  }

  private void skipEmbeddedDocument() {
    while (pos < src.length() && !src.startsWith("=end", pos)) {
      int eol = src.indexOf('\n', pos);
      pos = eol < 0 ? src.length() : eol + 1;
      line++;
    }
    while (pos < src.length() && src.charAt(pos) != '\n') {
      pos++;
    }
  }

  private void punct() {
    int start = pos;
    for (int len = 3; len >= 2; len--) {
      if (pos + len <= src.length() && OPERATORS.contains(src.substring(pos, pos + len))) {
        pos += len;
        add(Kind.PUNCT, start, pos, null, false);
        return;
      }
    }
    pos++;
    add(Kind.PUNCT, start, pos, null, false);
  }

  private void add(Kind kind, int start, int end, Object value, boolean interpolated) {
    out.add(new Token(kind, src.substring(start, end), value, interpolated, start, end, line));
  }

  private static boolean isNameStart(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
  }
}
