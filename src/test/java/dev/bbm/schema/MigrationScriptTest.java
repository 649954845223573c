package dev.bbm.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Splitting migration files into statements and directives, and reading directive payloads. */
class MigrationScriptTest {
  private static MigrationScript parse(String text) {
    return MigrationScript.parse("f.sql", text);
  }

  @Test
  void splitsStatementsOutsideQuotesCommentsAndDollarBodies() {
    MigrationScript s = parse(String.join("\n",
        "-- a header comment; not a statement",
        "CREATE TABLE notes (id bigint, body text DEFAULT 'a;b''c');",
        "/* block; /* nested; */ still */",
        "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $body$ BEGIN RETURN 1; END $body$;",
        "INSERT INTO notes (body) VALUES (E'it\\'s; fine'), ($$x;y$$);",
        "SELECT \"odd;name\" FROM notes",
        ""));
    assertTrue(s.ddlTransaction());
    List<MigrationScript.Part> parts = s.parts();
    assertEquals(4, parts.size(), parts.toString());
    assertEquals(2, parts.get(0).line());
    assertTrue(((MigrationScript.Sql) parts.get(0)).text().endsWith("DEFAULT 'a;b''c')"), parts.toString());
    assertTrue(((MigrationScript.Sql) parts.get(1)).text().contains("RETURN 1; END $body$"), parts.toString());
    assertEquals(5, parts.get(2).line());
    assertEquals("SELECT \"odd;name\" FROM notes", ((MigrationScript.Sql) parts.get(3)).text());
  }

  @Test
  void directivesKeepTheirPlaceAndPayloadsMaySpanCommentLines() {
    MigrationScript s = parse(String.join("\n",
        "-- bbm:disable_ddl_transaction",
        "CREATE INDEX CONCURRENTLY i ON t (a);",
        "--   bbm:queue_batched_background_migration {\"job_class_name\": \"X\",",
        "--   \"table_name\": \"t\", \"column_name\": \"id\", \"job_interval\": 120}",
        "-- bbm:delete_batched_background_migration {\"job_class_name\": \"X\", \"table_name\": \"t\","
            + " \"column_name\": \"id\", \"job_arguments\": []}",
        "SELECT 1;"));
    assertFalse(s.ddlTransaction());
    assertEquals(4, s.parts().size());
    MigrationScript.Directive queue = assertInstanceOf(MigrationScript.Directive.class, s.parts().get(1));
    assertEquals(3, queue.line());
    MigrationDirective.Queue q = assertInstanceOf(MigrationDirective.Queue.class,
        MigrationDirective.parse("f.sql:3", queue));
    assertEquals(120, q.jobIntervalSeconds());
    assertEquals(1000, q.batchSize());
    assertEquals("gitlab_main", q.gitlabSchema());
    assertEquals("[]", q.key().jobArgumentsJson());
    assertEquals(6, s.parts().get(3).line());
  }

  @Test
  void queueDefaultsAndGitlabsFloorOnTheInterval() {
    MigrationDirective.Queue q = (MigrationDirective.Queue) MigrationDirective.parse("f.sql:1",
        new MigrationScript.Directive(MigrationScript.QUEUE, "{\"job_class_name\": \"::CopyColumnUsingBackgroundMigrationJob\","
            + " \"table_name\": \"events\", \"column_name\": \"id\", \"job_arguments\": [[\"id\"], [\"id_convert_to_bigint\"]],"
            + " \"job_interval\": \"30s\", \"gitlab_schema\": \"gitlab_ci\", \"sub_batch_size\": 50}", 1));
    assertEquals("CopyColumnUsingBackgroundMigrationJob", q.key().jobClassName());
    assertEquals(120, q.jobIntervalSeconds());
    assertEquals(1, q.batchMinValue());
    assertEquals(null, q.batchMaxValue());
    assertEquals("PrimaryKeyBatchingStrategy", q.batchClassName());
    assertEquals(50, q.subBatchSize());
    assertEquals(100, q.pauseMs());
    assertEquals(2, q.jobArgumentCount());
    assertEquals("gitlab_ci", q.gitlabSchema());
    assertEquals("{:job_class_name=>\"CopyColumnUsingBackgroundMigrationJob\", :table_name=>\"events\","
        + " :column_name=>\"id\", :job_arguments=>[[\"id\"], [\"id_convert_to_bigint\"]]}", q.configuration());
  }

  @Test
  void ensureFinalizesByDefault() {
    MigrationDirective.Ensure e = (MigrationDirective.Ensure) MigrationDirective.parse("f.sql:1",
        new MigrationScript.Directive(MigrationScript.ENSURE, "{\"job_class_name\": \"X\", \"table_name\": \"t\","
            + " \"column_name\": \"id\", \"job_arguments\": []}", 1));
    assertTrue(e.finalizeInline());
    assertEquals(null, e.gitlabSchema());
  }

  @Test
  void problemsAreOneSentenceNamingFileLineAndKey() {
    assertProblem("f.sql:4: unknown directive \"bbm:queue\"", "SELECT 1;\n\n\n-- bbm:queue {}");
    assertProblem("f.sql:2: the directive bbm:disable_ddl_transaction is inside the statement that starts at line 1",
        "CREATE TABLE t (\n-- bbm:disable_ddl_transaction\n id int);");
    assertProblem("f.sql:1: a string that starts here is never closed", "SELECT 'oops;");
    assertProblem("f.sql:2: the statement \"COMMIT\" controls the transaction", "SELECT 1;\nCOMMIT;");
    assertProblem("f.sql:1: the statement \"START TRANSACTION\" controls", "START TRANSACTION;");
    assertPayload("f.sql:1: queue_batched_background_migration: the payload is not valid JSON at character",
        MigrationScript.QUEUE, "{\"job_class_name\": \"X\",}");
    assertPayload("f.sql:1: queue_batched_background_migration: job_interval is missing", MigrationScript.QUEUE,
        "{\"job_class_name\": \"X\", \"table_name\": \"t\", \"column_name\": \"id\"}");
    assertPayload("f.sql:1: queue_batched_background_migration: sub_batch_size 500 is larger than batch_size 100",
        MigrationScript.QUEUE, "{\"job_class_name\": \"X\", \"table_name\": \"t\", \"column_name\": \"id\","
            + " \"job_interval\": 120, \"batch_size\": 100, \"sub_batch_size\": 500}");
    assertPayload("f.sql:1: ensure_batched_background_migration_is_finished: unknown key \"finalise\"",
        MigrationScript.ENSURE, "{\"job_class_name\": \"X\", \"table_name\": \"t\", \"column_name\": \"id\","
            + " \"job_arguments\": [], \"finalise\": false}");
    assertPayload("f.sql:1: delete_batched_background_migration: table_name \"t; DROP\" is not a valid SQL identifier",
        MigrationScript.DELETE, "{\"job_class_name\": \"X\", \"table_name\": \"t; DROP\", \"column_name\": \"id\","
            + " \"job_arguments\": []}");
    assertPayload("f.sql:1: ensure_batched_background_migration_is_finished: job_arguments is missing",
        MigrationScript.ENSURE, "{\"job_class_name\": \"X\", \"table_name\": \"t\", \"column_name\": \"id\"}");
    assertPayload("f.sql:1: ensure_batched_background_migration_is_finished: finalize is a string, expected true or false",
        MigrationScript.ENSURE, "{\"job_class_name\": \"X\", \"table_name\": \"t\", \"column_name\": \"id\","
            + " \"job_arguments\": [], \"finalize\": \"no\"}");
  }

  @Test
  void railsNames() {
    MigrationFile f = MigrationFile.parse(Path.of("db/migrate/20240101000000_create_notes.sql"), false);
    assertEquals("Create notes", f.humanizedName());
    assertEquals("CreateNotes", f.className());
    assertEquals("Add author to notes", MigrationFile.humanize("add_author_to_notes_id"));
    assertEquals(null, MigrationFile.parse(Path.of("2024_create.sql"), false));
  }

  private static void assertProblem(String start, String text) {
    BbmException e = assertThrows(BbmException.class, () -> parse(text));
    assertEquals(ExitCode.USAGE, e.exitCode());
    assertTrue(e.getMessage().startsWith(start), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
  }

  private static void assertPayload(String start, String name, String payload) {
    BbmException e = assertThrows(BbmException.class,
        () -> MigrationDirective.parse("f.sql:1", new MigrationScript.Directive(name, payload, 1)));
    assertEquals(ExitCode.USAGE, e.exitCode());
    assertTrue(e.getMessage().startsWith(start), e.getMessage());
  }
}
