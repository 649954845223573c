package dev.bbm.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A schema migration file split, in file order, into SQL statements and bbm directives.
 *
 * <p>A directive is a line comment at the start of a line, outside any statement, string or
 * dollar-quoted body: {@code -- bbm:NAME PAYLOAD}. The JSON payload may go on over the following
 * comment lines until its brackets balance. {@code -- bbm:disable_ddl_transaction} takes no payload
 * and makes the file run without a wrapping transaction. Statements end at a {@code ;} outside
 * quotes, quoted identifiers, dollar quotes and comments; each is sent to the server on its own.
 * Transaction control (BEGIN, COMMIT, ...) is refused: bbm owns the transaction of a file.
 */
public record MigrationScript(boolean ddlTransaction, List<Part> parts) {
  public static final String DISABLE_DDL_TRANSACTION = "disable_ddl_transaction";
  public static final String QUEUE = "queue_batched_background_migration";
  public static final String ENSURE = "ensure_batched_background_migration_is_finished";
  public static final String DELETE = "delete_batched_background_migration";
  private static final Set<String> PAYLOAD_DIRECTIVES = Set.of(QUEUE, ENSURE, DELETE);
  private static final Pattern DIRECTIVE = Pattern.compile("^--\\s*bbm:\\s*(\\S*)(.*)$", Pattern.DOTALL);
  private static final Set<String> TRANSACTION_CONTROL = Set.of("BEGIN", "COMMIT", "END", "ROLLBACK", "ABORT");

  /** One step of a file, run in order. */
  public sealed interface Part permits Sql, Directive {
    /** The line of the file where the step starts. */
    int line();
  }

  /** One SQL statement, without its terminating semicolon. */
  public record Sql(String text, int line) implements Part {
    /** The statement's first line, cut to {@code max} characters, for logs. */
    public String summary(int max) {
      String code = text.strip();
      int nl = code.indexOf('\n');
      String first = nl < 0 ? code : code.substring(0, nl).strip() + " ...";
      return first.length() <= max ? first : first.substring(0, max - 3) + "...";
    }
  }

  /** A directive comment with its (still unparsed) JSON payload. */
  public record Directive(String name, String payload, int line) implements Part {}

  /**
   * Splits a file's text; a problem is a usage error starting with {@code where:LINE:}.
   *
   * @param where the file, as messages name it
   */
  public static MigrationScript parse(String where, String text) {
    return new Parser(where, text).parse();
  }

  private static final class Parser {
    private final String where;
    private final String text;
    private final List<Part> parts = new ArrayList<>();
    private final StringBuilder buf = new StringBuilder();
    private boolean ddlTransaction = true;
    private int pos;
    private int line = 1;
    private boolean lineStart = true;
    private int codeStart = -1;
    private int statementLine;

    Parser(String where, String text) {
      this.where = where;
      this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    MigrationScript parse() {
      int n = text.length();
      while (pos < n) {
        char c = text.charAt(pos);
        if (c == '\n') {
          buf.append(c);
          line++;
          lineStart = true;
          pos++;
        } else if (c == '-' && peek(1) == '-') {
          lineComment();
        } else if (c == '/' && peek(1) == '*') {
          lineStart = false;
          blockComment();
        } else if (c == '\'') {
          code();
          boolean escapes = isEscapeStringPrefix();
          quoted('\'', escapes, "string");
        } else if (c == '"') {
          code();
          quoted('"', false, "quoted identifier");
        } else if (c == '$' && dollarQuote()) {
          // consumed
        } else if (c == ';') {
          endStatement();
          pos++;
          lineStart = false;
        } else {
          if (!Character.isWhitespace(c)) {
            code();
            lineStart = false;
          }
          buf.append(c);
          pos++;
        }
      }
      endStatement();
      return new MigrationScript(ddlTransaction, List.copyOf(parts));
    }

    private char peek(int ahead) {
      int i = pos + ahead;
      return i < text.length() ? text.charAt(i) : '\0';
    }

    /** Marks the current position as code (not a comment or blank) of the current statement. */
    private void code() {
      if (codeStart < 0) {
        codeStart = buf.length();
        statementLine = line;
      }
      lineStart = false;
    }

    private void lineComment() {
      int end = text.indexOf('\n', pos);
      if (end < 0) {
        end = text.length();
      }
      String comment = text.substring(pos, end);
      Matcher m = DIRECTIVE.matcher(comment);
      if (!lineStart || !m.matches()) {
        buf.append(comment);
        pos = end;
        return;
      }
      int directiveLine = line;
      String name = m.group(1);
      String payload = m.group(2).strip();
      if (codeStart >= 0) {
        throw error(directiveLine, "the directive bbm:" + name + " is inside the statement that starts at line "
            + statementLine + "; end that statement with ';' first");
      }
      pos = end;
      if (name.equals(DISABLE_DDL_TRANSACTION)) {
        if (!payload.isEmpty()) {
          throw error(directiveLine, "bbm:" + DISABLE_DDL_TRANSACTION + " takes nothing after it, found "
              + Messages.quote(payload));
        }
        ddlTransaction = false;
      } else if (PAYLOAD_DIRECTIVES.contains(name)) {
        StringBuilder json = new StringBuilder(payload);
        while (!payload.isEmpty() && !balanced(json) && pos < text.length()) {
          int next = text.indexOf('\n', pos + 1);
          String following = text.substring(pos + 1, next < 0 ? text.length() : next).strip();
          if (!following.startsWith("--") || DIRECTIVE.matcher(following).matches()) {
            break;
          }
          json.append('\n').append(following.substring(2));
          line++;
          pos = next < 0 ? text.length() : next;
        }
        parts.add(new Directive(name, json.toString().strip(), directiveLine));
      } else {
        throw error(directiveLine, "unknown directive " + Messages.quote("bbm:" + name) + "; bbm knows bbm:"
            + DISABLE_DDL_TRANSACTION + ", bbm:" + QUEUE + ", bbm:" + ENSURE + " and bbm:" + DELETE);
      }
      buf.setLength(0);
    }

    private void blockComment() {
      int start = line;
      int depth = 0;
      while (pos < text.length()) {
        char c = text.charAt(pos);
        if (c == '/' && peek(1) == '*') {
          depth++;
          buf.append("/*");
          pos += 2;
        } else if (c == '*' && peek(1) == '/') {
          depth--;
          buf.append("*/");
          pos += 2;
          if (depth == 0) {
            return;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          buf.append(c);
          pos++;
        }
      }
      throw error(start, "a /* comment that starts here is never closed");
    }

    /** Whether the quote at pos opens an E'...' string, where backslash escapes apply. */
    private boolean isEscapeStringPrefix() {
      if (pos == 0) {
        return false;
      }
      char e = text.charAt(pos - 1);
      if (e != 'E' && e != 'e') {
        return false;
      }
      return pos < 2 || !isIdentifierChar(text.charAt(pos - 2));
    }

    private void quoted(char quote, boolean backslashEscapes, String what) {
      int start = line;
      buf.append(quote);
      pos++;
      while (pos < text.length()) {
        char c = text.charAt(pos);
        if (backslashEscapes && c == '\\' && pos + 1 < text.length()) {
          buf.append(c).append(text.charAt(pos + 1));
          if (text.charAt(pos + 1) == '\n') {
            line++;
          }
          pos += 2;
          continue;
        }
        if (c == '\n') {
          line++;
        }
        buf.append(c);
        pos++;
        if (c == quote) {
          if (pos < text.length() && text.charAt(pos) == quote) {
            buf.append(quote);
            pos++;
          } else {
            return;
          }
        }
      }
      throw error(start, "a " + what + " that starts here is never closed");
    }

    /** A $tag$ ... $tag$ body; false when the $ at pos does not open one ($1, or part of a name). */
    private boolean dollarQuote() {
      if (pos > 0 && isIdentifierChar(text.charAt(pos - 1))) {
        return false;
      }
      int end = pos + 1;
      while (end < text.length() && isIdentifierChar(text.charAt(end)) && text.charAt(end) != '$') {
        end++;
      }
      if (end >= text.length() || text.charAt(end) != '$') {
        return false;
      }
      String tag = text.substring(pos, end + 1);
      if (tag.length() > 2 && Character.isDigit(tag.charAt(1))) {
        return false;
      }
      int close = text.indexOf(tag, end + 1);
      if (close < 0) {
        throw error(line, "the dollar-quoted text opened by " + tag + " is never closed");
      }
      code();
      String body = text.substring(pos, close + tag.length());
      buf.append(body);
      line += (int) body.chars().filter(ch -> ch == '\n').count();
      pos = close + tag.length();
      return true;
    }

    private void endStatement() {
      if (codeStart >= 0) {
        String sql = buf.toString().strip();
        refuseTransactionControl(buf.substring(codeStart));
        parts.add(new Sql(sql, statementLine));
      }
      buf.setLength(0);
      codeStart = -1;
    }

    private void refuseTransactionControl(String code) {
      String[] words = code.strip().split("\\s+", 3);
      String first = words[0].toUpperCase(Locale.ROOT);
      String second = words.length > 1 ? words[1].toUpperCase(Locale.ROOT) : "";
      boolean control = TRANSACTION_CONTROL.contains(first) && !(first.equals("ROLLBACK") && second.equals("TO"))
          || first.equals("START") && second.equals("TRANSACTION");
      if (control) {
        throw error(statementLine, "the statement " + Messages.quote(first + (second.isEmpty() ? "" : " " + second))
            + " controls the transaction, which bbm does: each file runs in one transaction, or in none with"
            + " -- bbm:" + DISABLE_DDL_TRANSACTION);
      }
    }

    private static boolean isIdentifierChar(char c) {
      return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    /** Whether a JSON text's brackets are closed (outside strings); an unbalanced one continues on the next line. */
    private static boolean balanced(CharSequence json) {
      int depth = 0;
      boolean inString = false;
      for (int i = 0; i < json.length(); i++) {
        char c = json.charAt(i);
        if (inString) {
          if (c == '\\') {
            i++;
          } else if (c == '"') {
            inString = false;
          }
        } else if (c == '"') {
          inString = true;
        } else if (c == '{' || c == '[') {
          depth++;
        } else if (c == '}' || c == ']') {
          depth--;
        }
      }
      return depth <= 0 && !inString;
    }

    private BbmException error(int at, String problem) {
      return BbmException.usage(where + ":" + at + ": " + problem);
    }
  }
}
