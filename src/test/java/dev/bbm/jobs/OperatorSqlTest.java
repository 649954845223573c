package dev.bbm.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SQL of job definitions: splitting, placeholders, and what is refused. */
class OperatorSqlTest {

  @Test
  void splitsAssignmentsAtTopLevelCommasOnly() throws Exception {
    List<OperatorSql.Assignment> set = OperatorSql.parseSet(
        "a = coalesce(b, c), \"d\" = ARRAY[1, 2], e = 'x, y = z', f = $q$, = $q$");
    assertEquals(List.of("a", "d", "e", "f"), set.stream().map(OperatorSql.Assignment::target).toList());
    assertEquals("coalesce(b, c)", set.get(0).expression().jdbc());
    assertEquals("ARRAY[1, 2]", set.get(1).expression().jdbc());
    assertEquals("'x, y = z'", set.get(2).expression().jdbc());
    assertEquals("$q$, = $q$", set.get(3).expression().jdbc());
  }

  @Test
  void placeholdersBecomeParametersButCastsAndQuotedTextStay() throws Exception {
    OperatorSql.Template t = OperatorSql.parseCondition(
        "x = :a::bigint AND y <> ':b' AND \":c\" IS NULL AND z ? 'k' AND w = E'it\\'s :d' AND v = :a");
    assertEquals("x = ?::bigint AND y <> ':b' AND \":c\" IS NULL AND z ?? 'k' AND w = E'it\\'s :d' AND v = ?",
        t.jdbc());
    assertEquals(List.of("a", "a"), t.placeholders());
  }

  @Test
  void semicolonsAndDashesInsideQuotesAreText() throws Exception {
    OperatorSql.Template t = OperatorSql.parseCondition("title NOT LIKE '%;--/*%' AND \"odd;name\" IS NULL");
    assertEquals(List.of(), t.placeholders());
    assertEquals("a", OperatorSql.parseSet("a = 'it''s; fine'").get(0).target());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "a = b; DROP TABLE t|has ';' at character 6",
      "a = b -- copy|has a comment (--) at character 7",
      "a = /* x */ b|has a comment (/*) at character 5",
      "a = (b|has a '(' at character 5 that is never closed",
      "a = b)|has an unbalanced ')' at character 6",
      "a = f(b]|has an unbalanced ']' at character 8",
      "a = 'open|has a string at character 5 that is not closed",
      "a = $1|has a positional parameter at character 5",
      "a = $x$ open|has a dollar-quoted string at character 5 that is not closed with $x$",
      "a = {fn now()}|has '{' outside a quoted string at character 5",
      "a|has \"a\", which is not an assignment",
      "a = b,|has an empty assignment at character 7",
      "a = |assigns nothing to column a",
      "= b|has an assignment without a column before '=' at character 1",
      "a-b = 1|assigns to a-b, which is not a column name",
      "\"a b\" = 1|assigns to \"a b\", which is not a column name",
      "(a, b) = (1, 2)|assigns to (a, b), which is not a column name",
      "t.a = 1|assigns to t.a, which is not a column name",
      "a = 1, a = 2|assigns column a twice"})
  void refusesWhatIsNotOneSetClause(String set, String problem) {
    OperatorSql.Invalid e = assertThrows(OperatorSql.Invalid.class, () -> OperatorSql.parseSet(set));
    assertTrue(e.getMessage().startsWith(problem), e.getMessage());
  }

  @Test
  void blankIsEmpty() {
    assertEquals("is empty", assertThrows(OperatorSql.Invalid.class, () -> OperatorSql.parseCondition(" "))
        .getMessage());
  }

  @Test
  void statementParametersSkipQuotesCommentsAndCastsAndAFinalSemicolonIsDropped() throws Exception {
    OperatorSql.Template t = StatementSql.parseStatement("-- :a\nDELETE FROM t /* :b */ WHERE id BETWEEN"
        + " :sub_batch_start AND :sub_batch_end AND name <> ':c' AND x = :d::int AND y ? 'k';  -- end");
    assertEquals(List.of("sub_batch_start", "sub_batch_end", "d"), t.placeholders());
    assertEquals("DELETE FROM t   WHERE id BETWEEN ? AND ? AND name <> ':c' AND x = ?::int AND y ?? 'k'", t.jdbc());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "UPDATE t SET a = 1|",
      "delete from t using u where u.id = t.u_id|",
      "INSERT INTO x (a) SELECT a FROM t ON CONFLICT DO NOTHING|",
      "INSERT INTO x (a) WITH RECURSIVE c AS (SELECT 1) SELECT * FROM c|",
      "WITH d AS (DELETE FROM t RETURNING id) INSERT INTO x SELECT id FROM d|",
      "WITH s AS MATERIALIZED (SELECT 1) UPDATE t SET a = 2|",
      "SELECT 1|is a SELECT, which changes nothing",
      "WITH s AS (UPDATE t SET a = 1 RETURNING a) SELECT * FROM s|is a SELECT, which changes nothing",
      "(UPDATE t SET a = 1)|does not start with a keyword",
      "TRUNCATE t|is a TRUNCATE statement",
      "MERGE INTO t USING u ON true WHEN MATCHED THEN DELETE|is a MERGE statement",
      "INSERT INTO t VALUES (1)|is an INSERT without SELECT",
      "UPDATE t SET a = 1; SELECT 1|has ';' at character 19 followed by more SQL",
      "UPDATE \"Batched_Background_Migrations\" SET a = 1|names batched_background_migrations at character 9"})
  void statementKinds(String statement, String problem) throws Exception {
    if (problem == null) {
      StatementSql.parseStatement(statement);
      return;
    }
    OperatorSql.Invalid e = assertThrows(OperatorSql.Invalid.class, () -> StatementSql.parseStatement(statement));
    assertTrue(e.getMessage().startsWith(problem), e.getMessage());
  }
}
