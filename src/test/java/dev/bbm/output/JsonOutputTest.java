package dev.bbm.output;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bbm.cli.Cli;
import dev.bbm.domain.ExitCode;
import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.JsonSchemas;
import dev.bbm.testing.TestDatabase;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every command's --json output, and the --format ndjson events of the long-running ones, taken
 * from real runs against a database and validated against the JSON Schemas of docs/schema, whose
 * fields docs/json.md lists (see JsonDocsTest): output, schema and documentation cannot drift apart.
 */
class JsonOutputTest {
  private static final String COPY = "CopyColumnUsingBackgroundMigrationJob";
  private static final String ARGS = "[[\"id\"],[\"id_convert_to_bigint\"]]";
  private static final String[] ID = {"id"};
  private static final String[] ID_TO = {"id_convert_to_bigint"};
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Examples for docs/json.md are written here: target/json-examples/SCHEMA. */
  private static final Path EXAMPLES = Path.of("target", "json-examples");

  private final TreeSet<String> covered = new TreeSet<>();

  /** Runs {@code args} (which include --json) and checks stdout is one document that {@code schema} accepts. */
  private JsonNode json(CliRunner cli, String schema, ExitCode exitCode, String... args) throws IOException {
    CliRunner.Result r = cli.run(args);
    assertThat(r).withContext(String.join(" ", args)).exitedWith(exitCode);
    JsonNode doc = JSON.readTree(r.out());
    assertEquals(List.of(), JsonSchemas.problems(schema, doc), String.join(" ", args) + "\n" + r.out());
    assertTrue(!JsonSchemas.problems(schema, JSON.createObjectNode().put("unexpected", 1)).isEmpty(),
        schema + " rejects what it does not describe");
    covered.add(command(args));
    if (!doc.has("databases") || schema.equals("status.json")) {
      example(schema, doc);
    }
    return doc;
  }

  /**
   * Runs {@code args} (with --format ndjson) and checks every line is an event events.json accepts,
   * and the last one a result whose own fields {@code resultSchema} accepts. Returns the events.
   */
  private List<JsonNode> ndjson(CliRunner cli, String resultSchema, ExitCode exitCode,
      String... args) throws IOException {
    CliRunner.Result r = cli.run(args);
    assertThat(r).withContext(String.join(" ", args)).exitedWith(exitCode);
    List<JsonNode> events = new ArrayList<>();
    for (String line : r.out().split("\n")) {
      events.add(JSON.readTree(line));
    }
    for (int i = 0; i < events.size(); i++) {
      JsonNode e = events.get(i);
      boolean last = i == events.size() - 1;
      String def = last && !e.get("event").asText().equals("error") ? "result" : def(e);
      assertEquals(List.of(), JsonSchemas.problems("events.json", def, e), def + ": " + e);
      example("events.json#" + def, e);
    }
    JsonNode last = events.get(events.size() - 1);
    if (resultSchema != null && !last.get("event").asText().equals("error")) {
      ObjectNode result = last.deepCopy();
      result.remove(List.of("event", "time", "migration"));
      assertEquals(List.of(), JsonSchemas.problems(resultSchema, result), "last line: " + last);
    }
    covered.add(command(args));
    return events;
  }

  /** The events.json definition for an event (steal's started and job_finished have their own). */
  private static String def(JsonNode e) {
    String name = e.get("event").asText();
    if (name.equals("started") && e.has("class")) {
      return "legacy_started";
    }
    if (name.equals("job_finished") && e.has("source")) {
      return "legacy_job_finished";
    }
    return name;
  }

  private static String command(String... args) {
    List<String> words = new ArrayList<>();
    for (String a : args) {
      if (a.startsWith("-") || a.matches("(main_|ci_)?\\d+") || a.startsWith(COPY) || a.startsWith("/")) {
        break;
      }
      words.add(a);
    }
    return String.join(" ", words);
  }

  private static void example(String name, JsonNode doc) throws IOException {
    Files.createDirectories(EXAMPLES);
    Files.writeString(EXAMPLES.resolve(name.replace('#', '-')), JSON.writerWithDefaultPrettyPrinter()
        .writeValueAsString(doc) + "\n");
  }

  private static void track(TestDatabase db, String cls, String args) {
    db.execute("INSERT INTO background_migration_jobs (created_at, updated_at, status, class_name, arguments)"
        + " VALUES (now(), now(), 0, '" + cls + "', '" + args + "')");
  }

  @Test
  void everyCommandPrintsWhatItsSchemaDescribes(@TempDir Path tmp) throws Exception {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      f.copyTable("events", 3_000, ID, ID_TO);
      f.copyTable("ci_stages", 1_000, ID, ID_TO);
      f.copyTable("notes", 500, ID, ID_TO);
      f.copyTable("issues", 500, ID, ID_TO);
      long events = f.migration(COPY, "events", "id", ARGS, 1, 3_000, 500, 250, 1);
      long failed = f.migration(COPY, "ci_stages", "id", ARGS, 1, 1_000, 500, 250, 4);
      long job = f.job(failed, 1, 500, 2, 3, "2 hours");
      f.failureLog(job, "ActiveRecord::QueryCanceled", "PG::QueryCanceled: ERROR:  canceling statement due to statement timeout");
      long notes = f.migration(COPY, "notes", "id", ARGS, 1, 500, 100, 50, 1);
      long issues = f.migration(COPY, "issues", "id", ARGS, 1, 500, 100, 50, 1);
      f.job(issues, 1, 100, 3, 1, "1 hour");
      track(db, COPY, "[1, 250, \"events\", \"id\", \"id\", \"id_convert_to_bigint\", 100]");
      track(db, "BackfillSomethingInRuby", "[1, 10]");
      Path migrate = Files.createDirectories(tmp.resolve("db/migrate"));
      Path post = Files.createDirectories(tmp.resolve("db/post_migrate"));
      Files.writeString(migrate.resolve("20240101000000_create_labels.sql"), "CREATE TABLE labels (id bigint);\n");
      Files.writeString(post.resolve("20240102000000_finalize_issues.sql"), "-- bbm:disable_ddl_transaction\n"
          + "-- bbm:ensure_batched_background_migration_is_finished {\"job_class_name\": \"" + COPY + "\","
          + " \"table_name\": \"issues\", \"column_name\": \"id\", \"job_arguments\": " + ARGS + "}\n");
      String[] dirs = {"--migrations-dir", migrate.toString(), "--migrations-dir", post.toString()};
      CliRunner cli = CliRunner.against(db);

      json(cli, "status.json", FAILED, "status", "--json");
      json(cli, "status.json", FAILED, "status", "--all", "--format", "json");
      json(cli, "status-detail.json", FAILED, "status", "main_" + failed, "--json");
      json(cli, "status-detail.json", FAILED, "status", "main_" + failed, "--json", "--jobs");
      json(cli, "check.json", FAILED, "check", "--json");
      json(cli, "check.json", FAILED, concat(new String[] {"check", "--json"}, dirs));
      json(cli, "pending-count.json", UNFINISHED, "pending-count", "--json");
      json(cli, "remaining.json", UNFINISHED, "remaining", "--json");
      json(cli, "db-migrate-status.json", UNFINISHED, concat(new String[] {"db", "migrate:status", "--json"}, dirs));
      json(cli, "jobs-list.json", OK, "jobs", "list", "--json");
      json(cli, "jobs-coverage.json", OK, "jobs", "coverage", "--json");
      json(cli, "jobs-new.json", OK, "jobs", "new", "--json", "BackfillEventsSomething", "events");

      json(cli, "finalize.json", OK, "finalize", "main_" + events, "--dry-run", "--json");
      json(cli, "finalize.json", NOT_FOUND, "finalize", "main_999", "--json"); // an id that does not exist: 6
      json(cli, "finalize.json", OK, "finalize", "main_" + events, "--json", "--pause-ms", "0");
      json(cli, "finalize.json", OK, "finalize", "main_" + events, "--json");
      JsonNode all = json(cli, "finalize-all.json", OK, "finalize", "--all", "--dry-run", "--json");
      assertEquals(3, all.get("migrations").size(), all.toString());
      assertEquals("dry_run", all.get("migrations").get(0).get("outcome").asText());
      json(cli, "finalize-all.json", OK, "finalize", "main_" + notes, "main_" + issues, "--dry-run", "--json");
      json(cli, "wait.json", FAILED, "wait", "--all", "--interval", "100ms", "--json");
      json(cli, "wait.json", UNFINISHED, "wait", "main_" + issues, "--timeout", "200ms", "--interval", "100ms", "--json");
      json(cli, "error.json", NOT_FOUND, "wait", "main_999", "--json"); // an id that does not exist: 6
      json(cli, "wait.json", OK, "wait", "main_" + events, "--json");
      json(cli, "pause-resume.json", OK, "pause", "main_" + notes, "--dry-run", "--json");
      json(cli, "pause-resume.json", OK, "pause", "main_" + notes, "--json");
      json(cli, "pause-resume.json", OK, "resume", "main_" + notes, "--json");
      json(cli, "mark-finished.json", OK, "mark-finished", "main_" + notes, "--dry-run", "--json");
      json(cli, "mark-finished.json", OK, "mark-finished", "main_" + notes, "--yes", "--reason", "test", "--json");
      json(cli, "mark-finished.json", OK, "mark-finished", "main_" + notes, "--yes", "--json");
      json(cli, "retry.json", OK, "retry", "main_" + failed, "--dry-run", "--json");
      json(cli, "retry.json", OK, "retry", "main_" + failed, "--finalize", "--pause-ms", "0", "--json");
      json(cli, "steal.json", OK, "steal", COPY, "--dry-run", "--json");
      json(cli, "steal.json", OK, "steal", COPY, "--pause-ms", "0", "--json");
      json(cli, "db-migrate.json", OK, concat(new String[] {"db", "migrate", "--dry-run", "--json"}, dirs));
      json(cli, "db-migrate.json", OK, concat(new String[] {"db", "migrate", "--json", "--pause-ms"}, dirs));

      // errors: one JSON document on stdout all the same
      json(cli, "error.json", NOT_FOUND, "status", "main_999", "--json");
      json(cli, "error.json", USAGE, "finalize", "--json");
      json(cli, "error.json", USAGE, "pause", "main_" + events, "--json");

      assertEquals(leafCommands(), new TreeSet<>(covered), "every command's --json is checked here");
    }
  }

  private static String[] concat(String[] a, String[] b) {
    List<String> all = new ArrayList<>(List.of(a));
    all.addAll(List.of(b));
    all.remove("--pause-ms");
    return all.toArray(String[]::new);
  }

  /** The visible commands of the command tree that do something (not the groups), each with --json. */
  static TreeSet<String> leafCommands() {
    CommandLine cl = Cli.create(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of(),
        new ByteArrayInputStream(new byte[0]), () -> false, false);
    TreeSet<String> names = new TreeSet<>();
    collect(cl, "", names);
    return names;
  }

  private static void collect(CommandLine cl, String prefix, TreeSet<String> names) {
    for (CommandLine sub : new java.util.LinkedHashSet<>(cl.getSubcommands().values())) {
      if (sub.getCommandSpec().usageMessage().hidden()) {
        continue; // bbm __complete: the completion scripts' helper, not a command with a result
      }
      String name = (prefix + " " + sub.getCommandName()).strip();
      if (sub.getSubcommands().isEmpty()) {
        assertTrue(sub.getCommandSpec().findOption("--json") != null, name + " has --json");
        names.add(name);
      } else {
        collect(sub, name, names);
      }
    }
  }

  @Test
  void severalDatabasesGiveTheDocumentedShapes(@TempDir Path tmp) throws Exception {
    try (TestDatabase main = TestDatabase.create(GitlabLayout.SINCE_17_6);
        TestDatabase ci = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture m = new GitlabFixture(main);
      m.copyTable("events", 300, ID, ID_TO);
      m.migration(COPY, "events", "id", ARGS, 1, 300, 100, 50, 1);
      GitlabFixture c = new GitlabFixture(ci);
      c.copyTable("ci_builds", 300, ID, ID_TO);
      long ciActive = c.migration(COPY, "ci_builds", "id", ARGS, 1, 300, 100, 50, 1);
      ci.execute("UPDATE batched_background_migrations SET gitlab_schema = 'gitlab_ci'");
      track(main, COPY, "[1, 300, \"events\", \"id\", \"id\", \"id_convert_to_bigint\", 100]");
      Path yml = tmp.resolve("database.yml");
      Files.writeString(yml, "production:\n" + entry("main", main) + entry("ci", ci));
      Path migrate = Files.createDirectories(tmp.resolve("db/migrate"));
      Files.writeString(migrate.resolve("20240101000000_create_labels.sql"), "CREATE TABLE labels (id bigint);\n");
      CliRunner cli = new CliRunner().env("BBM_GITLAB_CONFIG", yml.toString());

      assertEquals(2, json(cli, "status.json", UNFINISHED, "status", "--json").get("databases").size());
      assertEquals(2, json(cli, "check.json", UNFINISHED, "check", "--json").get("databases").size());
      assertEquals(2, json(cli, "pending-count.json", UNFINISHED, "pending-count", "--json").get("databases").size());
      assertEquals(2, json(cli, "remaining.json", UNFINISHED, "remaining", "--json").get("databases").size());
      assertEquals(2, json(cli, "db-migrate-status.json", UNFINISHED, "db", "migrate:status", "--migrations-dir",
          migrate.toString(), "--json").get("databases").size());
      assertEquals("main", json(cli, "check.json", UNFINISHED, "check", "--database", "main", "--json")
          .get("database").asText());
      assertEquals("ci_" + ciActive, json(cli, "finalize.json", OK, "finalize", "ci_" + ciActive, "--pause-ms", "0",
          "--json").get("id").asText());
      json(cli, "error.json", USAGE, "pause", Long.toString(ciActive), "--json");
      JsonNode all = json(cli, "finalize-all.json", OK, "finalize", "--all", "--pause-ms", "0", "--json");
      assertEquals(1, all.get("migrations").size(), "the ci one is finished already: " + all);
      assertEquals("finished", all.get("migrations").get(0).get("outcome").asText(), all.toString());
    }
  }

  private static String entry(String name, TestDatabase db) {
    var s = db.server();
    return "  " + name + ":\n    adapter: postgresql\n    encoding: unicode\n    database: " + db.name() + "\n"
        + "    host: " + s.host() + "\n    port: " + s.port() + "\n    username: \"" + s.user() + "\"\n"
        + (s.password() == null ? "" : "    password: \"" + s.password() + "\"\n");
  }

  @Test
  void longRunningCommandsStreamDocumentedEvents(@TempDir Path tmp) throws Exception {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.BEFORE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      f.copyTable("events", 2_000, ID, ID_TO);
      f.copyTable("ci_stages", 600, ID, ID_TO);
      f.copyTable("issues", 300, ID, ID_TO);
      long events = f.migration(COPY, "events", "id", ARGS, 1, 2_000, 500, 250, 1);
      long failed = f.migration(COPY, "ci_stages", "id", ARGS, 1, 600, 200, 100, 4);
      f.job(failed, 1, 200, 2, 3, "2 hours");
      f.migration(COPY, "issues", "id", ARGS, 1, 300, 100, 50, 1);
      try (Connection c = db.connect(); Statement s = c.createStatement()) {
        s.execute("CREATE SEQUENCE refusals");
        s.execute("CREATE FUNCTION refuse_once() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
            + " IF NEW.id = 1200 AND nextval('refusals') = 1 THEN RAISE EXCEPTION 'row 1200 refuses once'; END IF;"
            + " RETURN NEW; END $$");
        s.execute("CREATE TRIGGER refuse BEFORE UPDATE ON events FOR EACH ROW EXECUTE FUNCTION refuse_once()");
      }
      track(db, COPY, "[1, 300, \"issues\", \"id\", \"id\", \"id_convert_to_bigint\", 100]");
      Path migrate = Files.createDirectories(tmp.resolve("db/migrate"));
      Files.writeString(migrate.resolve("20240101000000_finalize_issues.sql"), "-- bbm:disable_ddl_transaction\n"
          + "CREATE TABLE labels (id bigint);\n"
          + "-- bbm:ensure_batched_background_migration_is_finished {\"job_class_name\": \"" + COPY + "\","
          + " \"table_name\": \"issues\", \"column_name\": \"id\", \"job_arguments\": " + ARGS + "}\n");
      CliRunner cli = CliRunner.against(db);

      List<JsonNode> fin = ndjson(cli, "finalize.json", OK, "finalize", "main_" + events, "--format", "ndjson",
          "--pause-ms", "0");
      assertEquals(List.of("started"), names(fin.subList(0, 1)));
      assertEquals("finished", fin.get(fin.size() - 1).get("event").asText());
      assertTrue(fin.stream().anyMatch(e -> e.get("event").asText().equals("job_finished")
          && !e.get("succeeded").asBoolean() && e.get("error").asText().contains("row 1200 refuses once")), fin.toString());
      for (JsonNode e : fin) {
        assertEquals("main_" + events, e.get("migration").asText(), e.toString());
        assertTrue(Pattern.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z", e.get("time").asText()), e.toString());
      }

      List<JsonNode> waited = ndjson(cli, "wait.json", OK, "wait", "main_" + events, "--format", "ndjson");
      assertEquals("finished", waited.get(waited.size() - 1).get("event").asText());
      assertEquals("main_" + events, waited.get(waited.size() - 1).get("migration").asText());

      List<JsonNode> retry = ndjson(cli, "retry.json", OK, "retry", "main_" + failed, "--finalize", "--format",
          "ndjson", "--pause-ms", "0");
      assertEquals("finished", retry.get(retry.size() - 1).get("event").asText());
      List<JsonNode> steal = ndjson(cli, "steal.json", OK, "steal", COPY, "--format", "ndjson", "--pause-ms", "0");
      assertEquals(List.of("started", "job_finished", "finished"), names(steal));
      List<JsonNode> mig = ndjson(cli, "db-migrate.json", OK, "db", "migrate", "--migrations-dir", migrate.toString(),
          "--format", "ndjson");
      assertTrue(names(mig).containsAll(List.of("migrating", "step", "step_done", "started", "job_finished",
          "migrated", "finished")), names(mig).toString());
      f.copyTable("notes", 200, ID, ID_TO);
      long notes = f.migration(COPY, "notes", "id", ARGS, 1, 200, 100, 50, 1);
      List<JsonNode> all = ndjson(cli, "finalize-all.json", OK, "finalize", "--all", "--format", "ndjson", "--pause-ms",
          "0");
      JsonNode summary = all.get(all.size() - 1);
      assertEquals("summary", summary.get("event").asText());
      assertEquals("main_" + notes, summary.get("migrations").get(0).get("id").asText());
      assertTrue(names(all).contains("job_finished"), names(all).toString());
      List<JsonNode> busy = ndjson(cli, "finalize.json", NOT_FOUND, "finalize", "main_999", "--strict", "--format",
          "ndjson");
      assertEquals("not_found", busy.get(busy.size() - 1).get("event").asText());
      List<JsonNode> error = ndjson(cli, "finalize.json", USAGE, "finalize", "--format", "ndjson");
      assertEquals(List.of("error"), names(error));
    }
  }

  private static List<String> names(List<JsonNode> events) {
    return events.stream().map(e -> e.get("event").asText()).collect(Collectors.toList());
  }
}
