package dev.bbm.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the Ruby {@code Hash#inspect} text that GitLab prints in its "Expected batched background
 * migration ... to be marked as 'finished'" error (reference §8.4), in the syntax of Ruby &lt; 3.4
 * ({@code {:table_name=>:events}}) and of Ruby 3.4+ ({@code {table_name: :events}}), so operators
 * can paste it as a selection.
 *
 * <p>Only literals are read: strings, symbols (both become Java strings, as {@code to_json} makes
 * them JSON strings), integers, floats, {@code nil} (Java null), {@code true}, {@code false}, arrays
 * and hashes with string or symbol keys. Values have the same Java types as {@link Json} produces.
 */
final class RubyLiteral {
  private final String text;
  private int pos;
  private int depth;

  private RubyLiteral(String text) {
    this.text = text;
  }

  /** Parses a whole hash literal; any problem is a usage error naming the character position. */
  static Map<String, Object> parseHash(String text) {
    RubyLiteral parser = new RubyLiteral(text);
    parser.skipSpaces();
    if (!parser.peek('{')) {
      throw parser.error("expected '{'");
    }
    Map<String, Object> hash = parser.hash();
    parser.skipSpaces();
    if (parser.pos < text.length()) {
      throw parser.error("unexpected text after the closing '}'");
    }
    return hash;
  }

  private Object value() {
    if (pos == text.length()) {
      throw error("expected a value");
    }
    char c = text.charAt(pos);
    if (c == '{') {
      return hash();
    } else if (c == '[') {
      return array();
    } else if (c == '"') {
      return string();
    } else if (c == ':') {
      return symbol();
    } else if (c == '-' || isDigit(c)) {
      return number();
    } else if (isNameStart(c)) {
      int start = pos;
      String word = name();
      switch (word) {
        case "nil": return null;
        case "true": return Boolean.TRUE;
        case "false": return Boolean.FALSE;
        default:
          pos = start;
          throw error("expected a value (a \"string\", a :symbol, a number, nil, true, false, [...] or {...})");
      }
    }
    throw error("expected a value (a \"string\", a :symbol, a number, nil, true, false, [...] or {...})");
  }

  private Map<String, Object> hash() {
    enter();
    pos++;
    Map<String, Object> hash = new LinkedHashMap<>();
    skipSpaces();
    if (peek('}')) {
      pos++;
      depth--;
      return hash;
    }
    while (true) {
      int keyStart = pos;
      String key = key();
      if (hash.containsKey(key)) {
        pos = keyStart;
        throw error("the key " + Messages.quote(key) + " appears twice");
      }
      skipSpaces();
      hash.put(key, value());
      skipSpaces();
      if (peek(',')) {
        pos++;
        skipSpaces();
      } else if (peek('}')) {
        pos++;
        depth--;
        return hash;
      } else {
        throw error("expected ',' or '}'");
      }
    }
  }

  /** A key with its separator: {@code :name=>}, {@code "text"=>}, {@code name:} or {@code "text":}. */
  private String key() {
    String key;
    if (peek(':')) {
      key = symbol();
    } else if (peek('"')) {
      key = string();
      if (peek(':') && !text.startsWith("::", pos)) {
        pos++;
        return key;
      }
    } else if (pos < text.length() && isNameStart(text.charAt(pos))) {
      key = name();
      if (!peek(':')) {
        throw error("expected ':' after the key " + Messages.quote(key));
      }
      pos++;
      return key;
    } else {
      throw error("expected a key such as :job_class_name=> or job_class_name:");
    }
    skipSpaces();
    if (!text.startsWith("=>", pos)) {
      throw error("expected '=>' after the key " + Messages.quote(key));
    }
    pos += 2;
    return key;
  }

  private List<Object> array() {
    enter();
    pos++;
    List<Object> list = new ArrayList<>();
    skipSpaces();
    if (peek(']')) {
      pos++;
      depth--;
      return list;
    }
    while (true) {
      list.add(value());
      skipSpaces();
      if (peek(',')) {
        pos++;
        skipSpaces();
      } else if (peek(']')) {
        pos++;
        depth--;
        return list;
      } else {
        throw error("expected ',' or ']'");
      }
    }
  }

  /** {@code :name}, {@code :name?} or {@code :"any text"}; the value is the name. */
  private String symbol() {
    pos++;
    if (peek('"')) {
      return string();
    }
    if (pos == text.length() || !isNameStart(text.charAt(pos))) {
      throw error("expected a symbol name after ':'");
    }
    String name = name();
    if (peek('?') || peek('!') || peek('=') && !text.startsWith("=>", pos)) {
      name += text.charAt(pos++);
    }
    return name;
  }

  private String name() {
    int start = pos;
    while (pos < text.length() && (isNameStart(text.charAt(pos)) || isDigit(text.charAt(pos)))) {
      pos++;
    }
    return text.substring(start, pos);
  }

  /** A double-quoted string as {@code String#inspect} writes it. */
  private String string() {
    int start = pos;
    pos++;
    StringBuilder out = new StringBuilder();
    while (true) {
      if (pos == text.length()) {
        pos = start;
        throw error("unterminated string");
      }
      char c = text.charAt(pos++);
      if (c == '"') {
        return out.toString();
      }
      if (c != '\\') {
        out.append(c);
      } else if (pos == text.length()) {
        pos = start;
        throw error("unterminated string");
      } else {
        escape(out, text.charAt(pos++));
      }
    }
  }

  private void escape(StringBuilder out, char c) {
    switch (c) {
      case 'n': out.append('\n'); break;
      case 't': out.append('\t'); break;
      case 'r': out.append('\r'); break;
      case 'f': out.append('\f'); break;
      case 'v': out.append((char) 0x0B); break;
      case 'b': out.append('\b'); break;
      case 'a': out.append((char) 0x07); break;
      case 'e': out.append((char) 0x1B); break;
      case 's': out.append(' '); break;
      case 'u': unicodeEscape(out); break;
      case 'x': case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
        pos -= 2;
        throw error("byte escapes such as \\x00 are not supported in strings");
      default:
        out.append(c);
    }
  }

  /** A backslash-u escape, four hex digits or up to six in braces; {@code pos} is just after the {@code u}. */
  private void unicodeEscape(StringBuilder out) {
    int escapeStart = pos - 2;
    boolean braced = peek('{');
    int from = braced ? pos + 1 : pos;
    int to = braced ? text.indexOf('}', from) : pos + 4;
    String hex = to < 0 || to > text.length() ? "" : text.substring(from, to);
    boolean valid = !hex.isEmpty() && hex.length() <= 6 && (braced || hex.length() == 4);
    for (int i = 0; valid && i < hex.length(); i++) {
      valid = hex.charAt(i) < 128 && Character.digit(hex.charAt(i), 16) >= 0;
    }
    int cp = valid ? Integer.parseInt(hex, 16) : -1;
    if (cp <= 0 || cp > Character.MAX_CODE_POINT || cp >= 0xD800 && cp <= 0xDFFF) {
      pos = escapeStart;
      throw error("invalid \\u escape in a string");
    }
    out.appendCodePoint(cp);
    pos = braced ? to + 1 : to;
  }

  private Object number() {
    int start = pos;
    if (peek('-')) {
      pos++;
    }
    if (!peekDigit()) {
      throw error("expected a digit");
    }
    digits();
    boolean integer = true;
    if (peek('.') && pos + 1 < text.length() && isDigit(text.charAt(pos + 1))) {
      pos++;
      digits();
      integer = false;
    }
    if (peek('e') || peek('E')) {
      pos++;
      if (peek('+') || peek('-')) {
        pos++;
      }
      if (!peekDigit()) {
        throw error("expected a digit in the exponent");
      }
      digits();
      integer = false;
    }
    String lexeme = text.substring(start, pos);
    try {
      return integer ? Long.valueOf(lexeme) : new BigDecimal(lexeme);
    } catch (NumberFormatException tooBigForLong) {
      try {
        return new BigDecimal(lexeme);
      } catch (NumberFormatException | ArithmeticException outOfRange) {
        pos = start;
        throw error("the number is out of range");
      }
    }
  }

  private void digits() {
    while (peekDigit()) {
      pos++;
    }
  }

  private void enter() {
    if (++depth > Json.MAX_DEPTH) {
      throw error("arrays and hashes are nested deeper than " + Json.MAX_DEPTH + " levels");
    }
  }

  private void skipSpaces() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private boolean peek(char c) {
    return pos < text.length() && text.charAt(pos) == c;
  }

  private boolean peekDigit() {
    return pos < text.length() && isDigit(text.charAt(pos));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isNameStart(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
  }

  private BbmException error(String problem) {
    String ending = pos >= text.length() ? " but the text ends" : "";
    return BbmException.usage("the configuration hash is not valid at character "
        + Messages.position(text, pos) + ": " + problem + ending);
  }
}
