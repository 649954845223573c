package dev.bbm.jobs;

import dev.bbm.domain.Identifiers;
import dev.bbm.domain.RowChange;
import dev.bbm.domain.SqlLexer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the SQL of a job definition: a SET clause ({@code col = expression, ...}) or a condition.
 * It is operator-provided and trusted like a migration file, so this is no sandbox; it catches
 * what can be caught without a database: more than one statement, comments, unbalanced brackets
 * or quotes, assignment targets that are not plain column names. {@code :name} placeholders
 * become JDBC {@code ?} (values are bound later) and a literal {@code ?} becomes {@code ??}.
 *
 * <p>Quoted strings ({@code '...'}, {@code E'...'}), quoted identifiers ({@code "..."}) and
 * dollar-quoted strings ({@code $tag$...$tag$}) are copied untouched; {@link SqlLexer} tells them
 * (and comments) from code, as it does for migration files.
 */
final class OperatorSql {
  /** A problem with the SQL, as a phrase that follows "the set clause" or "the scope". */
  static final class Invalid extends Exception {
    private static final long serialVersionUID = 1L;

    Invalid(String message) {
      super(message, null, false, false);
    }
  }

  /** SQL for a prepared statement and the names of its placeholders, in order. */
  record Template(String jdbc, List<String> placeholders) {
    Template {
      placeholders = List.copyOf(placeholders);
    }
  }

  /** {@code target = expression} of a SET clause; the target is a valid identifier. */
  record Assignment(String target, Template expression) {}

  /** What the names of GitLab's bookkeeping tables start with. */
  private static final String BOOKKEEPING = "batched_background_migration";

  private final String text;
  /** Whether each character is SQL code, as opposed to part of a quoted string or identifier. */
  private final boolean[] code;
  /** The bracket depth at each character (for a bracket: outside it). */
  private final int[] depth;
  /** Whether each character belongs to a comment (refused in a fragment, dropped from a statement). */
  private final boolean[] comment;
  /** A whole statement (comments and a final ';' allowed) rather than a SET clause or a condition. */
  private final boolean statement;

  private OperatorSql(String text, boolean statement) throws Invalid {
    this.text = text;
    this.statement = statement;
    this.code = new boolean[text.length()];
    this.depth = new int[text.length()];
    this.comment = new boolean[text.length()];
    scan();
    check();
    checkBookkeeping();
  }

  /** Parses a SET clause: {@code col = expression[, col = expression]}. */
  static List<Assignment> parseSet(String text) throws Invalid {
    if (text.isBlank()) {
      throw new Invalid("is empty");
    }
    OperatorSql sql = new OperatorSql(text, false);
    List<Assignment> out = new ArrayList<>();
    Set<String> targets = new HashSet<>();
    int start = 0;
    for (int comma : sql.topLevel(',', 0, text.length())) {
      out.add(sql.assignment(start, comma, targets));
      start = comma + 1;
    }
    out.add(sql.assignment(start, text.length(), targets));
    return out;
  }

  /** Parses a condition (a WHERE expression). */
  static Template parseCondition(String text) throws Invalid {
    if (text.isBlank()) {
      throw new Invalid("is empty");
    }
    OperatorSql sql = new OperatorSql(text, false);
    return sql.convert(0, text.length(), Map.of());
  }

  /**
   * Reads a whole statement: comments are allowed (and dropped), a final {@code ;} too; a
   * {@code ;} followed by more SQL is refused. What kind of statement it is, {@link StatementSql}
   * decides from {@link #code()}.
   */
  static OperatorSql statement(String text) throws Invalid {
    if (text.isBlank()) {
      throw new Invalid("is empty");
    }
    return new OperatorSql(text, true);
  }

  /** The text with everything but SQL code (quotes, comments, a final ';') blanked out. */
  String code() {
    StringBuilder out = new StringBuilder(text.length());
    int end = end();
    for (int i = 0; i < text.length(); i++) {
      out.append(code[i] && i < end ? text.charAt(i) : ' ');
    }
    return out.toString();
  }

  /** The statement's JDBC text (without a final ';') and its placeholders. */
  Template jdbc() {
    return convert(0, end(), Map.of());
  }

  /**
   * The statement's JDBC text with each placeholder named in {@code rows} written as a row value of
   * that many parameters, {@code (?, ?)}, named {@code name#0}, {@code name#1}, ...
   * ({@link RowChange.Statement#cursorPart}).
   */
  Template jdbc(Map<String, Integer> rows) {
    return convert(0, end(), rows);
  }

  /** Where the SQL ends: at a final ';' of a statement, else at the end of the text. */
  private int end() {
    for (int i = 0; i < text.length(); i++) {
      if (code[i] && text.charAt(i) == ';') {
        return i;
      }
    }
    return text.length();
  }

  private Assignment assignment(int start, int end, Set<String> targets) throws Invalid {
    String part = text.substring(start, end).trim();
    if (part.isEmpty()) {
      throw new Invalid("has an empty assignment at character " + (start + 1)
          + "; write column = expression, separated by commas");
    }
    List<Integer> equals = topLevel('=', start, end);
    if (equals.isEmpty()) {
      throw new Invalid("has \"" + part + "\", which is not an assignment; write column = expression");
    }
    int eq = equals.get(0);
    String lhs = text.substring(start, eq).trim();
    String target = lhs;
    if (lhs.length() >= 2 && lhs.startsWith("\"") && lhs.endsWith("\"")) {
      target = lhs.substring(1, lhs.length() - 1);
    }
    if (lhs.isEmpty()) {
      throw new Invalid("has an assignment without a column before '=' at character " + (eq + 1));
    }
    if (!Identifiers.isValid(target)) {
      throw new Invalid("assigns to " + lhs + ", which is not a column name (a letter or '_', then letters,"
          + " digits, '_' or '$')");
    }
    if (!targets.add(target)) {
      throw new Invalid("assigns column " + target + " twice");
    }
    Template expression = convert(eq + 1, end, Map.of());
    if (expression.jdbc().isEmpty()) {
      throw new Invalid("assigns nothing to column " + target + "; write an expression after '='");
    }
    return new Assignment(target, expression);
  }

  /**
   * Marks code, comments and bracket depths (SqlLexer tells code from quoted text); refuses
   * unterminated quotes, positional parameters and unbalanced brackets.
   */
  private void scan() throws Invalid {
    Deque<Character> open = new ArrayDeque<>();
    Deque<Integer> openAt = new ArrayDeque<>();
    SqlLexer lexer = new SqlLexer(text);
    while (lexer.hasNext()) {
      SqlLexer.Token t = lexer.next();
      switch (t.kind()) {
        case CODE -> code(t.start(), open, openAt);
        case PARAMETER -> throw new Invalid("has a positional parameter at character " + (t.start() + 1)
            + "; name job arguments with :name instead");
        case LINE_COMMENT, BLOCK_COMMENT -> comment(t);
        case STRING -> requireClosed(t, "a string", "'");
        case QUOTED_IDENTIFIER -> requireClosed(t, "a quoted identifier", "\"");
        case DOLLAR_QUOTED -> requireClosed(t, "a dollar-quoted string", lexer.tag(t));
      }
    }
    if (!open.isEmpty()) {
      throw new Invalid("has a '" + open.peek() + "' at character " + (openAt.peek() + 1) + " that is never closed");
    }
  }

  /** One character of code at {@code i}: its bracket depth, and brackets must pair. */
  private void code(int i, Deque<Character> open, Deque<Integer> openAt) throws Invalid {
    char c = text.charAt(i);
    code[i] = true;
    if (c == '(' || c == '[') {
      depth[i] = open.size();
      open.push(c);
      openAt.push(i);
    } else if (c == ')' || c == ']') {
      char expected = c == ')' ? '(' : '[';
      if (open.isEmpty() || open.peek() != expected) {
        throw new Invalid("has an unbalanced '" + c + "' at character " + (i + 1));
      }
      open.pop();
      openAt.pop();
      depth[i] = open.size();
    } else {
      depth[i] = open.size();
    }
  }

  private void comment(SqlLexer.Token t) throws Invalid {
    if (!t.closed()) {
      throw new Invalid("has a comment at character " + (t.start() + 1) + " that is not closed with */");
    }
    for (int i = t.start(); i < t.end(); i++) {
      comment[i] = true;
    }
  }

  private static void requireClosed(SqlLexer.Token t, String what, String closing) throws Invalid {
    if (!t.closed()) {
      throw new Invalid("has " + what + " at character " + (t.start() + 1) + " that is not closed with " + closing);
    }
  }

  /** Refuses what never belongs in one SET clause or condition. */
  private void check() throws Invalid {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\0') {
        throw new Invalid("has a NUL character at character " + (i + 1));
      }
      if (comment[i] && !statement) {
        throw new Invalid("has a comment (" + c + text.charAt(i + 1) + ") at character " + (i + 1)
            + "; put explanations in description");
      }
      if (!code[i]) {
        continue;
      }
      if (c == ';' && !statement) {
        throw new Invalid("has ';' at character " + (i + 1) + "; a definition holds one SQL expression, not"
            + " statements");
      }
      if (c == ';' && !restIsBlank(i + 1)) {
        throw new Invalid("has ';' at character " + (i + 1) + " followed by more SQL; a definition holds one"
            + " statement");
      }
      if (c == '{' || c == '}') {
        throw new Invalid("has '" + c + "' outside a quoted string at character " + (i + 1)
            + ", which JDBC would rewrite");
      }
    }
  }

  /** Whether nothing but white space and comments follows {@code from}. */
  private boolean restIsBlank(int from) {
    for (int i = from; i < text.length(); i++) {
      if (!comment[i] && !Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Refuses SQL that names GitLab's bookkeeping tables (batched_background_migrations, its jobs and
   * their transition logs): bbm writes them itself, a job's SQL has no business there. Quoted or not.
   */
  private void checkBookkeeping() throws Invalid {
    StringBuilder visible = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      visible.append(comment[i] ? ' ' : Character.toLowerCase(text.charAt(i)));
    }
    int at = visible.indexOf(BOOKKEEPING);
    if (at >= 0) {
      int end = at;
      while (end < visible.length() && SqlLexer.isIdentifierChar(visible.charAt(end))) {
        end++;
      }
      throw new Invalid("names " + visible.substring(at, end) + " at character " + (at + 1)
          + ", one of the bookkeeping tables that bbm itself writes; a job's SQL may not touch them");
    }
  }

  /** Indices of {@code c} outside quotes and brackets, within [from, to). */
  private List<Integer> topLevel(char c, int from, int to) {
    List<Integer> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      if (code[i] && depth[i] == 0 && text.charAt(i) == c) {
        out.add(i);
      }
    }
    return out;
  }

  /** The JDBC text of [from, to), trimmed: placeholders to ?, literal ? to ??. */
  private Template convert(int from, int to, Map<String, Integer> rows) {
    StringBuilder out = new StringBuilder();
    List<String> names = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (comment[i]) {
        out.append(' ');
        while (i < to && comment[i]) {
          i++;
        }
        continue;
      }
      if (!code[i]) {
        out.append(c);
        i++;
        continue;
      }
      if (c == '?') {
        out.append("??");
        i++;
      } else if (c == ':' && i + 1 < to && code[i + 1] && text.charAt(i + 1) == ':') {
        out.append("::");
        i += 2;
      } else if (c == ':' && i + 1 < to && code[i + 1] && placeholderStart(text.charAt(i + 1))) {
        int j = i + 1;
        while (j < to && code[j] && placeholderChar(text.charAt(j))) {
          j++;
        }
        String name = text.substring(i + 1, j);
        Integer width = rows.get(name);
        if (width == null) {
          names.add(name);
          out.append('?');
        } else {
          List<String> marks = new ArrayList<>();
          for (int k = 0; k < width; k++) {
            names.add(RowChange.Statement.cursorPart(name, k));
            marks.add("?");
          }
          out.append('(').append(String.join(", ", marks)).append(')');
        }
        i = j;
      } else {
        out.append(c);
        i++;
      }
    }
    return new Template(out.toString().trim(), names);
  }

  static boolean placeholderStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  static boolean placeholderChar(char c) {
    return placeholderStart(c) || (c >= '0' && c <= '9');
  }
}
