package dev.bbm.faults;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.PostgresServer;
import dev.bbm.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Item 13: GitLab's bookkeeping tables in public, bbm connected as a role whose search_path puts
 * another schema first: a schema named after the role (the default {@code "$user", public}) or
 * {@code other, public} set for the role. bbm finds the tables where PostgreSQL resolves them,
 * says which schema in status --json, finalizes, and creates nothing in the first schema; tables
 * split over two schemas are refused with one sentence, nothing changed.
 */
@Tag("faults")
class SearchPathTest {
  private static final int ITEM = 13;
  private static final AtomicInteger ROLES = new AtomicInteger();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A login role with the rights GitLab's own role has on its tables; dropped after the database. */
  private record Role(String name, TestDatabase db) implements AutoCloseable {
    static Role create(TestDatabase db) {
      String name = "bbm_sp_" + ProcessHandle.current().pid() + "_" + ROLES.incrementAndGet();
      db.server().admin("CREATE ROLE " + name + " LOGIN PASSWORD 'sp'");
      db.execute("GRANT USAGE, CREATE ON SCHEMA public, gitlab_partitions_dynamic TO " + name
          + "; GRANT ALL ON ALL TABLES IN SCHEMA public, gitlab_partitions_dynamic TO " + name
          + "; GRANT ALL ON ALL SEQUENCES IN SCHEMA public, gitlab_partitions_dynamic TO " + name);
      return new Role(name, db);
    }

    CliRunner cli() {
      PostgresServer s = db.server();
      return new CliRunner().env("BBM_DATABASE_URL",
          "postgresql://" + name + ":sp@" + s.host() + ":" + s.port() + "/" + db.name());
    }

    /** The first schema on the role's search_path, as the role sees it. */
    String currentSchema() throws SQLException {
      try (Connection c = DriverManager.getConnection(db.server().jdbcUrl(db.name()), name, "sp");
          Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT current_schema()")) {
        rs.next();
        return rs.getString(1);
      }
    }

    /** Relations in a schema: what bbm must not have created there. */
    long relationsIn(String schema) {
      return db.count("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
          + " WHERE n.nspname = ?", schema);
    }

    @Override
    public void close() {
      db.close();
      db.server().admin("DROP ROLE IF EXISTS " + name);
    }
  }

  @Test
  void schemaNamedAfterTheRoleFirstOnTheDefaultSearchPath(@TempDir Path root) throws Exception {
    FaultLedger.caseRun(ITEM);
    TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6);
    long id = Faults.copyMigration(db, 3_000, 1_000, 250);
    try (Role role = Role.create(db)) {
      db.execute("CREATE SCHEMA " + role.name() + " AUTHORIZATION " + role.name());
      FaultLedger.faults(ITEM, 1);
      assertEquals(role.name(), role.currentSchema(), "the role's own schema exists and comes first");
      runEverything(role, id, root, "public");
      assertEquals(0, role.relationsIn(role.name()), "nothing created in the role's schema");
    }
  }

  @Test
  void otherSchemaFirstOnTheRolesSearchPath(@TempDir Path root) throws Exception {
    FaultLedger.caseRun(ITEM);
    TestDatabase db = TestDatabase.create(GitlabLayout.BEFORE_17_6);
    long id = Faults.copyMigration(db, 3_000, 1_000, 250);
    try (Role role = Role.create(db)) {
      db.execute("CREATE SCHEMA other AUTHORIZATION " + role.name() + "; CREATE TABLE other.unrelated (id int)");
      db.execute("ALTER ROLE " + role.name() + " IN DATABASE " + db.name() + " SET search_path = other, public");
      FaultLedger.faults(ITEM, 1);
      assertEquals("other", role.currentSchema());
      runEverything(role, id, root, "public");
      assertEquals(1, role.relationsIn("other"), "nothing created in schema other beside its own table");
    }
  }

  /** status (text and JSON), db migrate:status, db migrate and finalize, as the role; then the check. */
  private static void runEverything(Role role, long id, Path root, String schema) throws Exception {
    TestDatabase db = role.db();
    CliRunner.Result st = role.cli().run("status", "--json");
    assertThat(st).exitedWith(UNFINISHED);
    JsonNode json = JSON.readTree(st.out());
    assertEquals(schema, json.path("databases").path(0).path("bookkeeping_schema").asText(), st.out());
    CliRunner.Result detail = role.cli().run("status", "main_" + id, "--json");
    assertEquals(schema, JSON.readTree(detail.out()).path("bookkeeping_schema").asText(), detail.toString());

    Path dir = Files.createDirectories(root.resolve("db/migrate"));
    Files.writeString(dir.resolve("20260101000000_create_notes.sql"),
        "CREATE TABLE public.notes (id bigint PRIMARY KEY);\n", StandardCharsets.UTF_8);
    CliRunner.Result ms = role.cli().run("db", "migrate:status", "--migrations-dir", dir.toString());
    assertThat(ms).exitedWith(UNFINISHED);
    assertTrue(ms.out().contains("20260101000000"), ms.toString());
    CliRunner.Result migrate = role.cli().run("db", "migrate", "--migrations-dir", dir.toString());
    assertThat(migrate).exitedWith(OK);
    assertEquals(1, db.count("SELECT count(*) FROM public.schema_migrations WHERE version = '20260101000000'"),
        "the version is recorded in GitLab's schema_migrations: " + migrate);

    CliRunner.Result fin = role.cli().run("finalize", "main_" + id, "--pause-ms", "0");
    assertThat(fin).exitedWith(OK);
    assertNull(Faults.verifyFinished(ITEM, db, id, "events", true));
    long strays = db.count("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        + " WHERE c.relname IN ('batched_background_migrations', 'batched_background_migration_jobs',"
        + " 'batched_background_migration_job_transition_logs', 'background_migration_jobs', 'schema_migrations')"
        + " AND n.nspname <> 'public'");
    FaultLedger.lost(ITEM, strays);
    assertEquals(0, strays, "no second set of bookkeeping tables");
  }

  /** A missing bookkeeping table is created beside the others (public), not in the role's schema first on the path. */
  @Test
  void missingTableIsCreatedBesideTheOthers(@TempDir Path root) throws Exception {
    FaultLedger.caseRun(ITEM);
    TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6);
    db.execute("DROP TABLE background_migration_jobs");
    try (Role role = Role.create(db)) {
      db.execute("CREATE SCHEMA " + role.name() + " AUTHORIZATION " + role.name());
      FaultLedger.faults(ITEM, 1);
      Path dir = Files.createDirectories(root.resolve("db/migrate"));
      CliRunner.Result r = role.cli().run("db", "migrate", "--migrations-dir", dir.toString());
      assertThat(r).exitedWith(OK);
      FaultLedger.lost(ITEM, role.relationsIn(role.name()));
      assertEquals(0, role.relationsIn(role.name()), "nothing created in the role's schema: " + r);
      assertEquals("public", db.scalar("SELECT relnamespace::regnamespace::text FROM pg_class"
          + " WHERE relname = 'background_migration_jobs'"), r.toString());
    }
  }

  @Test
  void tablesSplitOverTwoSchemasAreRefusedWithNothingChanged() {
    FaultLedger.caseRun(ITEM);
    TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6);
    long id = Faults.copyMigration(db, 1_000, 500, 250);
    try (Role role = Role.create(db)) {
      db.execute("CREATE SCHEMA " + role.name() + " AUTHORIZATION " + role.name() + "; CREATE TABLE " + role.name()
          + ".schema_migrations (version character varying NOT NULL PRIMARY KEY)");
      FaultLedger.faults(ITEM, 1);
      String before = Faults.snapshot(db, "events", "batched_background_migrations",
          "batched_background_migration_jobs", "batched_background_migration_job_transition_logs");
      CliRunner.Result r = role.cli().run("finalize", "main_" + id);
      assertThat(r).exitedWith(FAILURE);
      assertTrue(r.err().contains("resolve to different schemas on the search_path (batched_background_migrations"
          + " in public, batched_background_migration_jobs in public, batched_background_migration_job_transition_logs"
          + " in public, background_migration_jobs in public, schema_migrations in " + role.name() + ")"), r.err());
      String after = Faults.snapshot(db, "events", "batched_background_migrations",
          "batched_background_migration_jobs", "batched_background_migration_job_transition_logs");
      long changed = before.equals(after) ? 0 : 1;
      FaultLedger.lost(ITEM, changed);
      assertEquals(before, after, "a refusal changes nothing");
    }
  }
}
