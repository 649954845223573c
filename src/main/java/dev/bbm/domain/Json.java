package dev.bbm.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * A small strict JSON reader (RFC 8259) and compact writer, so that job arguments are validated and
 * canonicalized in the domain layer without Jackson, with errors that name a character position.
 *
 * <p>Parsed values are {@code List<Object>}, {@code LinkedHashMap<String, Object>}, {@code String},
 * {@code Long} (integers that fit) or {@code BigDecimal} (every other number), {@code Boolean}, and
 * Java {@code null} for JSON {@code null}. Besides the grammar, it refuses what PostgreSQL's jsonb
 * would refuse later (the escape of U+0000, unpaired surrogates), duplicate object keys, and nesting deeper
 * than {@value #MAX_DEPTH} levels.
 */
public final class Json {
  /** Deepest nesting of arrays and objects accepted; job arguments are at most a few levels deep. */
  public static final int MAX_DEPTH = 64;

  private final String subject;
  private final String text;
  private final IntUnaryOperator position;
  private int pos;
  private int depth;

  private Json(String subject, String text, IntUnaryOperator position) {
    this.subject = subject;
    this.text = text;
    this.position = position;
  }

  /**
   * Parses one JSON value; any problem is a usage {@link BbmException} with one sentence such as
   * {@code job arguments are not valid JSON at character 14: expected ',' or ']'}.
   *
   * @param subject what the text is, for messages ("job arguments"); a subject ending in "s" reads
   *     "are not valid JSON", any other "is not valid JSON"
   */
  public static Object parse(String subject, String text) {
    String source = text == null ? "" : text;
    return parse(subject, source, index -> Messages.position(source, index));
  }

  /**
   * As {@link #parse(String, String)}, with the character numbers of messages computed by
   * {@code position} (index into {@code text} to 1-based character), for callers that unescaped
   * the text and want positions as the user typed it.
   */
  static Object parse(String subject, String text, IntUnaryOperator position) {
    Json parser = new Json(subject, text, position);
    parser.skipWhitespace();
    if (parser.pos == text.length()) {
      throw BbmException.usage(subject + verb(subject) + " empty; expected a JSON value");
    }
    Object value = parser.value();
    parser.skipWhitespace();
    if (parser.pos < text.length()) {
      throw parser.error("unexpected text after the end of the JSON value");
    }
    return value;
  }

  /** Compact JSON text of a parsed value: no spaces, object keys in their original order. */
  public static String write(Object value) {
    return JsonWriter.write(value);
  }

  /** The JSON type name of a parsed value, for messages ("an object", "a string"). */
  public static String describeType(Object value) {
    if (value == null) {
      return "null";
    } else if (value instanceof List) {
      return "an array";
    } else if (value instanceof Map) {
      return "an object";
    } else if (value instanceof String) {
      return "a string";
    } else if (value instanceof Boolean) {
      return "a boolean";
    }
    return "a number";
  }

  private Object value() {
    if (pos == text.length()) {
      throw error("expected a value");
    }
    char c = text.charAt(pos);
    switch (c) {
      case '[':
        return array();
      case '{':
        return object();
      case '"':
        return string();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        return literal("null", null);
      default:
        if (c == '-' || isDigit(c)) {
          return number();
        }
        if (text.startsWith("NaN", pos) || text.startsWith("Infinity", pos)) {
          throw error("NaN and Infinity are not JSON numbers");
        }
        if (c == '\'') {
          throw error("expected a value (JSON strings use double quotes, not single quotes)");
        }
        throw error("expected a value");
    }
  }

  private List<Object> array() {
    enter();
    pos++;
    List<Object> list = new ArrayList<>();
    skipWhitespace();
    if (peek(']')) {
      pos++;
      depth--;
      return list;
    }
    while (true) {
      list.add(value());
      skipWhitespace();
      if (peek(',')) {
        pos++;
        skipWhitespace();
        if (peek(']')) {
          throw error("expected a value after ',' (trailing commas are not allowed)");
        }
      } else if (peek(']')) {
        pos++;
        depth--;
        return list;
      } else {
        throw error("expected ',' or ']'");
      }
    }
  }

  private Map<String, Object> object() {
    enter();
    pos++;
    Map<String, Object> map = new LinkedHashMap<>();
    skipWhitespace();
    if (peek('}')) {
      pos++;
      depth--;
      return map;
    }
    while (true) {
      if (!peek('"')) {
        throw error("expected a key in double quotes");
      }
      int keyStart = pos;
      String key = string();
      if (map.containsKey(key)) {
        pos = keyStart;
        throw error("duplicate key " + Messages.quote(key));
      }
      skipWhitespace();
      if (!peek(':')) {
        throw error("expected ':'");
      }
      pos++;
      skipWhitespace();
      map.put(key, value());
      skipWhitespace();
      if (peek(',')) {
        pos++;
        skipWhitespace();
        if (peek('}')) {
          throw error("expected a key after ',' (trailing commas are not allowed)");
        }
      } else if (peek('}')) {
        pos++;
        depth--;
        return map;
      } else {
        throw error("expected ',' or '}'");
      }
    }
  }

  private String string() {
    int start = pos;
    pos++;
    StringBuilder out = new StringBuilder();
    while (true) {
      if (pos == text.length()) {
        pos = start;
        throw error("unterminated string");
      }
      char c = text.charAt(pos);
      if (c == '"') {
        pos++;
        return out.toString();
      } else if (c == '\\') {
        escape(out);
      } else if (c < 0x20) {
        throw error("control character " + Messages.describe(c) + " must be escaped in a string");
      } else {
        out.append(c);
        pos++;
      }
    }
  }

  private void escape(StringBuilder out) {
    if (pos + 1 == text.length()) {
      throw error("unterminated string");
    }
    char c = text.charAt(pos + 1);
    switch (c) {
      case '"': case '\\': case '/':
        out.append(c);
        break;
      case 'b': out.append('\b'); break;
      case 'f': out.append('\f'); break;
      case 'n': out.append('\n'); break;
      case 'r': out.append('\r'); break;
      case 't': out.append('\t'); break;
      case 'u':
        unicodeEscape(out);
        return;
      default:
        throw error("invalid escape '\\" + new String(Character.toChars(text.codePointAt(pos + 1)))
            + "' in a string");
    }
    pos += 2;
  }

  private void unicodeEscape(StringBuilder out) {
    char unit = hex4();
    if (unit == 0) {
      throw error("\\u0000 is not allowed (PostgreSQL jsonb cannot store it)");
    }
    if (Character.isLowSurrogate(unit)) {
      throw error("unpaired surrogate escape in a string");
    }
    pos += 6;
    if (Character.isHighSurrogate(unit)) {
      if (!text.startsWith("\\u", pos)) {
        pos -= 6;
        throw error("unpaired surrogate escape in a string");
      }
      char low = hex4();
      if (!Character.isLowSurrogate(low)) {
        pos -= 6;
        throw error("unpaired surrogate escape in a string");
      }
      pos += 6;
      out.append(unit).append(low);
      return;
    }
    out.append(unit);
  }

  /** The 4 hex digits after the backslash-u at {@code pos}; {@code pos} is not moved. */
  private char hex4() {
    int value = 0;
    for (int i = pos + 2; i < pos + 6; i++) {
      int digit = i < text.length() && text.charAt(i) < 128 ? Character.digit(text.charAt(i), 16) : -1;
      if (digit < 0) {
        throw error("expected 4 hex digits after \\u");
      }
      value = value * 16 + digit;
    }
    return (char) value;
  }

  private Object number() {
    int start = pos;
    if (peek('-')) {
      pos++;
      if (text.startsWith("Infinity", pos)) {
        throw error("NaN and Infinity are not JSON numbers");
      }
    }
    if (!peekDigit()) {
      throw error("expected a digit");
    }
    if (peek('0')) {
      pos++;
      if (peekDigit()) {
        throw error("leading zeros are not allowed in numbers");
      }
    } else {
      digits();
    }
    boolean integer = true;
    if (peek('.')) {
      pos++;
      requireDigits("'.'");
      integer = false;
    }
    if (peek('e') || peek('E')) {
      pos++;
      if (peek('+') || peek('-')) {
        pos++;
      }
      requireDigits("the exponent");
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

  private void requireDigits(String after) {
    if (!peekDigit()) {
      throw error("expected a digit after " + after);
    }
    digits();
  }

  private void digits() {
    while (peekDigit()) {
      pos++;
    }
  }

  private Object literal(String word, Object value) {
    if (!text.startsWith(word, pos)) {
      throw error("expected a value");
    }
    pos += word.length();
    return value;
  }

  private void enter() {
    if (++depth > MAX_DEPTH) {
      throw error("arrays and objects are nested deeper than " + MAX_DEPTH + " levels");
    }
  }

  private void skipWhitespace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
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

  private BbmException error(String problem) {
    String ending = pos >= text.length() ? " but the text ends" : "";
    return BbmException.usage(subject + verb(subject) + " not valid JSON at character "
        + position.applyAsInt(pos) + ": " + problem + ending);
  }

  private static String verb(String subject) {
    return subject.endsWith("s") ? " are" : " is";
  }
}
