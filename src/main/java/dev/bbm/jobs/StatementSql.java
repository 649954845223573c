package dev.bbm.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells what kind of statement a definition's {@code statement} or {@code values} entry is, from
 * its code alone ({@link OperatorSql#code()}: quotes and comments blanked). A sub-batch statement
 * is UPDATE, DELETE or INSERT ... SELECT, optionally after WITH; a value is a SELECT. Everything
 * else (a SELECT as the statement, DDL, COPY, MERGE, SET, CALL, ...) is refused before bbm connects.
 */
final class StatementSql {
  /** The keywords that begin the main statement after a WITH's common table expressions. */
  private static final Set<String> MAIN = Set.of("select", "insert", "update", "delete", "merge", "values", "table");

  private static final String KINDS = "a statement definition runs one UPDATE, DELETE or INSERT ... SELECT per"
      + " sub-batch, optionally after WITH";

  private StatementSql() {}

  /** A word of code and whether it stands outside every bracket. */
  private record Word(String lower, boolean topLevel) {}

  /** Parses a sub-batch statement; the problem as a phrase that follows "the statement". */
  static OperatorSql.Template parseStatement(String text) throws OperatorSql.Invalid {
    return parseStatement(text, Map.of());
  }

  /**
   * Parses a sub-batch statement whose placeholders named in {@code rows} stand for row values of
   * that many columns ({@link OperatorSql#jdbc(Map)}).
   */
  static OperatorSql.Template parseStatement(String text, Map<String, Integer> rows) throws OperatorSql.Invalid {
    OperatorSql sql = OperatorSql.statement(text);
    List<Word> words = words(sql.code());
    String main = main(words);
    switch (main) {
      case "update", "delete" -> {
        return sql.jdbc(rows);
      }
      case "insert" -> {
        if (words.stream().noneMatch(w -> w.lower().equals("select"))) {
          throw new OperatorSql.Invalid("is an INSERT without SELECT; " + KINDS
              + ", and an INSERT takes the sub-batch's rows from a SELECT");
        }
        return sql.jdbc(rows);
      }
      case "select", "values", "table" -> throw new OperatorSql.Invalid("is a " + upper(main)
          + ", which changes nothing; " + KINDS);
      default -> throw new OperatorSql.Invalid(main.isEmpty() ? "does not start with a keyword; " + KINDS
          : "is a " + upper(main) + " statement; " + KINDS);
    }
  }

  /** Parses a value's query: one SELECT (optionally after WITH) whose result is one value. */
  static OperatorSql.Template parseQuery(String text) throws OperatorSql.Invalid {
    OperatorSql sql = OperatorSql.statement(text);
    String main = main(words(sql.code()));
    if (!main.equals("select")) {
      throw new OperatorSql.Invalid((main.isEmpty() ? "does not start with a keyword" : "is a " + upper(main)
          + (MAIN.contains(main) ? "" : " statement")) + "; a value is a SELECT of one value, run once per job");
    }
    return sql.jdbc();
  }

  /**
   * The keyword of the main statement: the first word, or after WITH the first top-level word that
   * begins a statement (the common table expressions sit in brackets), in lower case. Empty when the text does
   * not start with a word.
   */
  private static String main(List<Word> words) {
    if (words.isEmpty() || !words.get(0).topLevel()) {
      return "";
    }
    String first = words.get(0).lower();
    if (!first.equals("with")) {
      return first;
    }
    for (Word w : words.subList(1, words.size())) {
      if (w.topLevel() && MAIN.contains(w.lower())) {
        return w.lower();
      }
    }
    return "with";
  }

  /**
   * The words of code, in order. The first word is top-level only if nothing but white space
   * comes before it, so that {@code (SELECT ...)} has no leading keyword.
   */
  private static List<Word> words(String code) {
    List<Word> out = new ArrayList<>();
    int depth = 0;
    int i = 0;
    int n = code.length();
    boolean sawCode = false;
    while (i < n) {
      char c = code.charAt(i);
      if (isWordStart(c) && (i == 0 || !isWordPart(code.charAt(i - 1)))) {
        int j = i;
        while (j < n && isWordPart(code.charAt(j))) {
          j++;
        }
        boolean placeholder = i > 0 && code.charAt(i - 1) == ':';
        if (!placeholder) {
          out.add(new Word(code.substring(i, j).toLowerCase(Locale.ROOT), out.isEmpty() ? !sawCode : depth == 0));
        }
        sawCode = true;
        i = j;
        continue;
      }
      if (c == '(' || c == '[') {
        depth++;
      } else if (c == ')' || c == ']') {
        depth--;
      }
      if (!Character.isWhitespace(c)) {
        sawCode = true;
      }
      i++;
    }
    return out;
  }

  private static String upper(String keyword) {
    return keyword.toUpperCase(Locale.ROOT);
  }

  private static boolean isWordStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  private static boolean isWordPart(char c) {
    return isWordStart(c) || (c >= '0' && c <= '9') || c == '$';
  }
}
