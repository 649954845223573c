package dev.bbm.catalog;

import static dev.bbm.domain.ExitCode.OK;
import static dev.bbm.domain.ExitCode.USAGE;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every catalog case (src/test/resources/catalog/NAME, see docs/catalog.md): GitLab's tables and
 * rows, the migration row as GitLab's queueing migration writes it, then {@code bbm finalize} with the
 * selection exactly as GitLab's error message prints it; afterwards the migration is finished with
 * GitLab's bookkeeping invariants, and every expectation query returns no rows. At least one
 * expectation must return rows before the run, so the case fails when the job does nothing.
 */
class CatalogCasesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static List<CatalogCase> cases() {
    return CatalogCase.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void finalizeLeavesTheDataAsGitlabsRubyWould(CatalogCase c) throws Exception {
    GitlabLayout layout = GitlabLayout.valueOf(c.text("layout", "SINCE_17_6").toUpperCase());
    try (TestDatabase db = TestDatabase.create(layout)) {
      db.execute(c.tables());
      db.execute(c.rows());
      Map<String, Long> before = new LinkedHashMap<>();
      for (CatalogCase.Expectation e : c.expectations()) {
        before.put(e.file(), db.count("SELECT count(*) FROM (" + query(e) + "\n) q"));
      }
      assertTrue(before.values().stream().anyMatch(n -> n > 0), c.name() + ": no expectation fails before the"
          + " migration runs, so the case cannot tell a job that does nothing: " + before);

      long id = queue(db, c);
      // the selection exactly as GitLab prints it; no pause between sub-batches (the test only waits on it)
      CliRunner.Result r = CliRunner.against(db).run("finalize", selection(c), "--pause-ms", "0");

      assertThat(r).exitedWith(OK);
      assertEquals(3, new GitlabFixture(db).status(id), c.name() + ": migration not finished\n" + r.out() + r.err());
      assertNull(new GitlabFixture(db).invariantProblem(id, false), c.name() + ": GitLab's bookkeeping invariants");
      assertEquals(0, db.count(rowsInScopeOutsideJobs(c, id, c.text("scope", c.definitionScope()))),
          c.name() + ": rows in scope that no job covers");
      for (CatalogCase.Expectation e : c.expectations()) {
        List<String> wrong = rows(db, query(e));
        assertTrue(wrong.isEmpty(), c.name() + "/expect/" + e.file() + " returns rows after the migration ("
            + before.get(e.file()) + " before): " + wrong);
      }
    }
  }

  /** The shipped definitions whose statement names, as a fixed table, what their first job argument names. */
  static Stream<CatalogCase> guardedCases() {
    List<String> guarded = List.of("BackfillMergeRequestFileDiffsPartitionedTable",
        "BackfillMergeRequestDiffCommitsToPartitioned", "RestoreOptInToGitlabCom");
    return CatalogCase.every().stream().filter(c -> guarded.contains(c.name()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("guardedCases")
  void aJobArgumentNamingAnotherTableIsRefusedBeforeAnythingIsWritten(CatalogCase c) throws Exception {
    List<Object> arguments = new ArrayList<>(c.jobArguments());
    arguments.set(0, "some_other_table");
    Map<String, Object> queue = new LinkedHashMap<>(c.queue());
    queue.put("job_arguments", arguments);
    CatalogCase other = new CatalogCase(c.name(), queue, c.tables(), c.rows(), c.expectations());
    GitlabLayout layout = GitlabLayout.valueOf(c.text("layout", "SINCE_17_6").toUpperCase());
    try (TestDatabase db = TestDatabase.create(layout)) {
      db.execute(c.tables());
      db.execute(c.rows());
      Map<String, Long> before = new LinkedHashMap<>();
      for (CatalogCase.Expectation e : c.expectations()) {
        before.put(e.file(), db.count("SELECT count(*) FROM (" + query(e) + "\n) q"));
      }
      long id = queue(db, other);
      CliRunner.Result r = CliRunner.against(db).run("finalize", selection(other), "--pause-ms", "0");
      assertThat(r).exitedWith(USAGE);
      assertTrue(r.err().contains("this definition"), r.err());
      assertEquals(0, db.count("SELECT count(*) FROM batched_background_migration_jobs WHERE batched_background_migration_id = "
          + id), "no job was created");
      for (CatalogCase.Expectation e : c.expectations()) {
        assertEquals(before.get(e.file()), db.count("SELECT count(*) FROM (" + query(e) + "\n) q"),
            c.name() + "/expect/" + e.file() + ": the data changed");
      }
    }
  }

  /** The selection as GitLab's message prints it: class,table,column,'json' with commas escaped. */
  static String selection(CatalogCase c) throws JsonProcessingException {
    return c.text("job_class_name") + "," + c.text("table_name") + "," + c.text("column_name", "id") + ","
        + JSON.writeValueAsString(c.jobArguments()).replace(",", "\\,");
  }

  /** Inserts the migration row as queue_batched_background_migration does (gitlab-bbm.md 8.1). */
  private static long queue(TestDatabase db, CatalogCase c) throws SQLException, JsonProcessingException {
    String table = c.text("table_name");
    String column = c.text("column_name", "id");
    Object max = db.scalar("SELECT max(\"" + column.replace("\"", "") + "\") FROM " + quotedTable(table));
    assertNotNull(max, c.name() + ": " + table + " is empty, so GitLab would queue the migration as finished");
    String sql = "INSERT INTO batched_background_migrations (created_at, updated_at, started_at, min_value, max_value,"
        + " batch_size, sub_batch_size, \"interval\", status, job_class_name, batch_class_name, table_name, column_name,"
        + " job_arguments, pause_ms, gitlab_schema, total_tuple_count, queued_migration_version)"
        + " VALUES (now(), now(), now(), ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?::jsonb, ?, ?,"
        + " (SELECT reltuples::bigint FROM pg_class WHERE oid = to_regclass(?)), ?) RETURNING id";
    try (Connection conn = db.connect(); PreparedStatement ps = conn.prepareStatement(sql)) {
      ps.setLong(1, c.queue().get("batch_min_value") instanceof Number n ? n.longValue() : 1);
      ps.setLong(2, ((Number) max).longValue());
      ps.setLong(3, c.number("batch_size", 1000));
      ps.setLong(4, c.number("sub_batch_size", 100));
      ps.setLong(5, c.number("job_interval", 120));
      ps.setString(6, c.text("job_class_name"));
      ps.setString(7, c.text("batch_class_name", "PrimaryKeyBatchingStrategy"));
      ps.setString(8, table);
      ps.setString(9, column);
      ps.setString(10, JSON.writeValueAsString(c.jobArguments()));
      ps.setLong(11, c.number("pause_ms", 100));
      ps.setString(12, c.text("gitlab_schema", "gitlab_main"));
      ps.setString(13, table);
      ps.setString(14, c.text("queued_migration_version", "20240101000000"));
      long id;
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        id = rs.getLong(1);
      }
      Object cursor = c.queue().get("cursor");
      if (cursor != null) {
        cursorRange(db, c, id, (List<?>) cursor);
      }
      return id;
    }
  }

  /**
   * For a class GitLab batches by cursor (case.yml's cursor: [a, b]): min_cursor is the case's
   * batch_min_value list, else the first row's cursor; max_cursor the last row's; no max_value.
   */
  private static void cursorRange(TestDatabase db, CatalogCase c, long id, List<?> columns) throws SQLException, JsonProcessingException {
    String cols = String.join(", ", columns.stream().map(x -> "\"" + x + "\"").toList());
    String from = " FROM " + quotedTable(c.text("table_name")) + " ORDER BY ";
    Object given = c.queue().get("batch_min_value");
    String min = given instanceof List<?> l ? JSON.writeValueAsString(l)
        : (String) db.scalar("SELECT json_build_array(" + cols + ")::text" + from + cols + " LIMIT 1");
    String max = (String) db.scalar("SELECT json_build_array(" + cols + ")::text" + from
        + cols.replace("\",", "\" DESC,") + " DESC LIMIT 1");
    try (Connection conn = db.connect(); PreparedStatement ps = conn.prepareStatement("UPDATE batched_background_migrations"
        + " SET max_value = NULL, min_cursor = ?::jsonb, max_cursor = ?::jsonb WHERE id = ?")) {
      ps.setString(1, min);
      ps.setString(2, max);
      ps.setLong(3, id);
      ps.executeUpdate();
    }
  }

  /** A table name as GitLab stores it, maybe schema-qualified (a partition's), quoted part by part. */
  private static String quotedTable(String table) {
    return "\"" + table.replace("\"", "").replace(".", "\".\"") + "\"";
  }

  /**
   * GitLab's PrimaryKeyBatchingStrategy starts each job at the first row after the previous job (in the scope_to,
   * if the class has one), so job ranges leave gaps where ids are missing or rows are outside the scope; the
   * invariant is that no row in scope (case.yml's scope, else every row) lies outside every job's range.
   */
  private static String rowsInScopeOutsideJobs(CatalogCase c, long id, String scope) {
    String col = "t.\"" + c.text("column_name", "id").replace("\"", "") + "\"";
    return "SELECT count(*) FROM " + quotedTable(c.text("table_name")) + " t, batched_background_migrations m"
        + " WHERE m.id = " + id + " AND " + col + " BETWEEN m.min_value AND m.max_value AND (" + scope + ")"
        + " AND NOT EXISTS (SELECT 1 FROM batched_background_migration_jobs j WHERE j.batched_background_migration_id = m.id"
        + " AND " + col + " BETWEEN j.min_value AND j.max_value)";
  }

  private static String query(CatalogCase.Expectation e) {
    String sql = e.sql().strip();
    return sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql;
  }

  /** The first rows a query returns, as text, for the failure message. */
  private static List<String> rows(TestDatabase db, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection conn = db.connect(); PreparedStatement ps = conn.prepareStatement("SELECT * FROM (" + sql + "\n) q LIMIT 5");
        ResultSet rs = ps.executeQuery()) {
      ResultSetMetaData md = rs.getMetaData();
      while (rs.next()) {
        List<String> cols = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          cols.add(md.getColumnLabel(i) + "=" + rs.getString(i));
        }
        out.add(String.join(" ", cols));
      }
    }
    return out;
  }
}
