package dev.bbm.schema;

import dev.bbm.domain.BbmException;
import dev.bbm.domain.Messages;
import dev.bbm.domain.SqlLexer;
import java.sql.SQLException;
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
 * {@link SqlLexer} tells code from quotes and comments, as it does for the SQL of job definitions.
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

    /**
     * The part as a step of the file: a statement as it is, a directive with its payload read.
     *
     * @param where the file and line, as messages name it
     */
    Step step(String where);
  }

  /** One SQL statement, without its terminating semicolon. */
  public record Sql(String text, int line) implements Part, Step {
    @Override
    public String announcement() {
      return "execute(\"" + summary(SUMMARY_CHARS).replace("\"", "\\\"") + "\")";
    }

    @Override
    public <R> R accept(Step.Visitor<R> visitor) throws SQLException {
      return visitor.execute(this);
    }

    @Override
    public Step step(String where) {
      return this;
    }

    /** The statement's first line, cut to {@code max} characters, for logs. */
    public String summary(int max) {
      String code = text.strip();
      int nl = code.indexOf('\n');
      String first = nl < 0 ? code : code.substring(0, nl).strip() + " ...";
      return first.length() <= max ? first : first.substring(0, max - 3) + "...";
    }
  }

  /** A directive comment with its (still unparsed) JSON payload. */
  public record Directive(String name, String payload, int line) implements Part {
    /** The directive with its payload read and checked (a problem is a usage error starting with {@code where}). */
    @Override
    public Step step(String where) {
      return MigrationDirective.parse(where, this);
    }
  }

  /**
   * Splits a file's text; a problem is a usage error starting with {@code where:LINE:}.
   *
   * @param where the file, as messages name it
   */
  public static MigrationScript parse(String where, String text) {
    return new Parser(where, text).parse();
  }

  /** Walks the tokens of SqlLexer, gathering statements and reading directive comments. */
  private static final class Parser {
    private final String where;
    private final String text;
    private final SqlLexer lexer;
    private final List<Part> parts = new ArrayList<>();
    private final StringBuilder buf = new StringBuilder();
    private boolean ddlTransaction = true;
    private int line = 1;
    private boolean lineStart = true;
    private int codeStart = -1;
    private int statementLine;

    Parser(String where, String text) {
      this.where = where;
      this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
      this.lexer = new SqlLexer(this.text);
    }

    MigrationScript parse() {
      while (lexer.hasNext()) {
        SqlLexer.Token t = lexer.next();
        switch (t.kind()) {
          case CODE -> character(text.charAt(t.start()));
          case LINE_COMMENT -> lineComment(t);
          case BLOCK_COMMENT -> blockComment(t);
          case PARAMETER -> {
            code();
            buf.append(text, t.start(), t.end());
          }
          case STRING -> quoted(t, "string");
          case QUOTED_IDENTIFIER -> quoted(t, "quoted identifier");
          case DOLLAR_QUOTED -> dollarQuoted(t);
        }
      }
      endStatement();
      return new MigrationScript(ddlTransaction, List.copyOf(parts));
    }

    private void character(char c) {
      if (c == '\n') {
        buf.append(c);
        line++;
        lineStart = true;
      } else if (c == ';') {
        endStatement();
        lineStart = false;
      } else {
        if (!Character.isWhitespace(c)) {
          code();
        }
        buf.append(c);
      }
    }

    /** Marks the current position as code (not a comment or blank) of the current statement. */
    private void code() {
      if (codeStart < 0) {
        codeStart = buf.length();
        statementLine = line;
      }
      lineStart = false;
    }

    /** Appends a token of the statement, counting the lines it spans. */
    private void append(SqlLexer.Token t) {
      for (int i = t.start(); i < t.end(); i++) {
        char c = text.charAt(i);
        if (c == '\n') {
          line++;
        }
        buf.append(c);
      }
    }

    private void lineComment(SqlLexer.Token t) {
      String comment = text.substring(t.start(), t.end());
      Matcher m = DIRECTIVE.matcher(comment);
      if (!lineStart || !m.matches()) {
        buf.append(comment);
        return;
      }
      int directiveLine = line;
      String name = m.group(1);
      String payload = m.group(2).strip();
      if (codeStart >= 0) {
        throw error(directiveLine, "the directive bbm:" + name + " is inside the statement that starts at line "
            + statementLine + "; end that statement with ';' first");
      }
      if (name.equals(DISABLE_DDL_TRANSACTION)) {
        if (!payload.isEmpty()) {
          throw error(directiveLine, "bbm:" + DISABLE_DDL_TRANSACTION + " takes nothing after it, found "
              + Messages.quote(payload));
        }
        ddlTransaction = false;
      } else if (PAYLOAD_DIRECTIVES.contains(name)) {
        parts.add(new Directive(name, payload(payload).strip(), directiveLine));
      } else {
        throw error(directiveLine, "unknown directive " + Messages.quote("bbm:" + name) + "; bbm knows bbm:"
            + DISABLE_DDL_TRANSACTION + ", bbm:" + QUEUE + ", bbm:" + ENSURE + " and bbm:" + DELETE);
      }
      buf.setLength(0);
    }

    /** A directive's JSON payload: while its brackets are open, it goes on over the following comment lines. */
    private String payload(String first) {
      StringBuilder json = new StringBuilder(first);
      int pos = lexer.position();
      while (!first.isEmpty() && !balanced(json) && pos < text.length()) {
        int next = text.indexOf('\n', pos + 1);
        String following = text.substring(pos + 1, next < 0 ? text.length() : next).strip();
        if (!following.startsWith("--") || DIRECTIVE.matcher(following).matches()) {
          break;
        }
        json.append('\n').append(following.substring(2));
        line++;
        pos = next < 0 ? text.length() : next;
      }
      lexer.seek(pos);
      return json.toString();
    }

    private void blockComment(SqlLexer.Token t) {
      lineStart = false;
      if (!t.closed()) {
        throw error(line, "a /* comment that starts here is never closed");
      }
      append(t);
    }

    private void quoted(SqlLexer.Token t, String what) {
      code();
      if (!t.closed()) {
        throw error(line, "a " + what + " that starts here is never closed");
      }
      append(t);
    }

    /** A $tag$ ... $tag$ body. */
    private void dollarQuoted(SqlLexer.Token t) {
      if (!t.closed()) {
        throw error(line, "the dollar-quoted text opened by " + lexer.tag(t) + " is never closed");
      }
      code();
      append(t);
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
