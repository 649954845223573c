package dev.bbm.domain;

/**
 * PostgreSQL's reading of SQL text, in one place for every scanner of SQL in bbm (migration files,
 * the SQL of job definitions): which characters are code and which belong to a quoted string
 * ({@code '...'}, {@code E'...'} with backslash escapes), a quoted identifier ({@code "..."}), a
 * dollar-quoted string ({@code $tag$...$tag$}), a positional parameter ({@code $1}), a line comment
 * ({@code --} to the end of the line) or a block comment (nested, as PostgreSQL nests them).
 *
 * <p>It only splits; what is refused, and how it is reported, stays with the caller. A quote or a
 * block comment that runs to the end of the text comes back as a token that is not {@code closed}.
 */
public final class SqlLexer {
  /** What a token is. */
  public enum Kind {
    /** One character of SQL code, outside every quote and comment. */
    CODE,
    /** {@code $} followed by digits, where no identifier goes on. */
    PARAMETER,
    STRING,
    QUOTED_IDENTIFIER,
    DOLLAR_QUOTED,
    LINE_COMMENT,
    BLOCK_COMMENT
  }

  /**
   * A piece of the text, [start, end).
   *
   * @param closed false when a quote or block comment is still open at the end of the text
   */
  public record Token(Kind kind, int start, int end, boolean closed) {}

  private final String text;
  private int pos;

  public SqlLexer(String text) {
    this.text = text;
  }

  public boolean hasNext() {
    return pos < text.length();
  }

  /** Where the next token starts. */
  public int position() {
    return pos;
  }

  /** Goes on from {@code position}, for a caller that consumed some of the text itself. */
  public void seek(int position) {
    this.pos = position;
  }

  /** The token at the current position; call only while {@link #hasNext}. */
  public Token next() {
    int start = pos;
    char c = text.charAt(pos);
    Token t;
    if (c == '-' && peek(1) == '-') {
      int nl = text.indexOf('\n', pos);
      t = new Token(Kind.LINE_COMMENT, start, nl < 0 ? text.length() : nl, true);
    } else if (c == '/' && peek(1) == '*') {
      t = blockComment();
    } else if (c == '\'') {
      t = quoted(Kind.STRING, '\'', isEscapeStringPrefix(pos));
    } else if (c == '"') {
      t = quoted(Kind.QUOTED_IDENTIFIER, '"', false);
    } else if (c == '$' && (pos == 0 || !isIdentifierChar(text.charAt(pos - 1)))) {
      t = dollar();
    } else {
      t = new Token(Kind.CODE, start, start + 1, true);
    }
    pos = t.end();
    return t;
  }

  /** The opening {@code $tag$} of a dollar-quoted token. */
  public String tag(Token t) {
    return text.substring(t.start(), text.indexOf('$', t.start() + 1) + 1);
  }

  /** PostgreSQL's identifier characters: letters, digits, {@code _}, {@code $} and every non-ASCII character. */
  public static boolean isIdentifierChar(char c) {
    return c >= 128 || Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }

  private char peek(int ahead) {
    int i = pos + ahead;
    return i < text.length() ? text.charAt(i) : '\0';
  }

  /** Whether the quote at {@code quote} opens an E'...' string, where backslash escapes apply. */
  private boolean isEscapeStringPrefix(int quote) {
    if (quote == 0) {
      return false;
    }
    char e = text.charAt(quote - 1);
    if (e != 'E' && e != 'e') {
      return false;
    }
    return quote < 2 || !isIdentifierChar(text.charAt(quote - 2));
  }

  private Token blockComment() {
    int start = pos;
    int depth = 0;
    int i = pos;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
        depth++;
        i += 2;
      } else if (c == '*' && i + 1 < n && text.charAt(i + 1) == '/') {
        depth--;
        i += 2;
        if (depth == 0) {
          return new Token(Kind.BLOCK_COMMENT, start, i, true);
        }
      } else {
        i++;
      }
    }
    return new Token(Kind.BLOCK_COMMENT, start, n, false);
  }

  /** A quoted part: a doubled quote stands for itself; with backslash escapes, a backslash takes the next character. */
  private Token quoted(Kind kind, char quote, boolean backslashEscapes) {
    int start = pos;
    int n = text.length();
    int i = pos + 1;
    while (i < n) {
      char c = text.charAt(i);
      if (backslashEscapes && c == '\\') {
        i += 2;
        continue;
      }
      i++;
      if (c == quote) {
        if (i < n && text.charAt(i) == quote) {
          i++;
        } else {
          return new Token(kind, start, i, true);
        }
      }
    }
    return new Token(kind, start, n, false);
  }

  /** At a {@code $} that no identifier goes on into: a parameter, a dollar-quoted string, or code. */
  private Token dollar() {
    int start = pos;
    int n = text.length();
    if (pos + 1 < n && Character.isDigit(text.charAt(pos + 1))) {
      int end = pos + 1;
      while (end < n && Character.isDigit(text.charAt(end))) {
        end++;
      }
      return new Token(Kind.PARAMETER, start, end, true);
    }
    int end = pos + 1;
    while (end < n && isIdentifierChar(text.charAt(end)) && text.charAt(end) != '$') {
      end++;
    }
    if (end >= n || text.charAt(end) != '$') {
      return new Token(Kind.CODE, start, start + 1, true);
    }
    String tag = text.substring(pos, end + 1);
    int close = text.indexOf(tag, end + 1);
    if (close < 0) {
      return new Token(Kind.DOLLAR_QUOTED, start, n, false);
    }
    return new Token(Kind.DOLLAR_QUOTED, start, close + tag.length(), true);
  }
}
