package dev.bbm.engine;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.jobs.LowercaseEmailsTestJob;
import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Job classes beyond CopyColumn (docs/job-definitions.md): the shipped definitions, --jobs-dir
 * definitions with placeholders, precedence, malformed definitions, and a ServiceLoader class.
 */
class JobDefinitionsTest {
  private static final String ROUTES = "BackfillRouteNamespaceId";
  private static final String PATS = "BackfillPersonalAccessTokenSevenDaysNotificationSent";

  @TempDir
  Path tmp;

  /** GitLab's routes, with gaps in id and a tenth of the rows of the type the scope leaves out. */
  private static long routes(TestDatabase db, int rows) {
    db.execute("CREATE TABLE routes (id bigint PRIMARY KEY, source_id bigint NOT NULL, source_type varchar NOT NULL,"
        + " path varchar NOT NULL, namespace_id bigint)");
    db.execute("INSERT INTO routes (id, source_id, source_type, path) SELECT g, g * 3 + 7, CASE WHEN g % 10 IN (0, 1)"
        + " AND g % 20 < 2 THEN 'UnusedType' WHEN g % 2 = 0 THEN 'Project' ELSE 'Namespace' END, 'group-' || g"
        + " FROM generate_series(1, " + rows + ") g WHERE g % 97 <> 0");
    return db.count("SELECT max(id) FROM routes");
  }

  private CliRunner cli(TestDatabase db) {
    return CliRunner.against(db).env("HOME", tmp.resolve("home").toString());
  }

  private static Path write(Path dir, String fileName, String content) {
    try {
      Files.createDirectories(dir);
      return Files.writeString(dir.resolve(fileName), content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every job of the migration succeeded and their ranges do not overlap. */
  private static void assertJobsSucceeded(TestDatabase db, long id) {
    assertEquals(0, db.count("SELECT count(*) FROM batched_background_migration_jobs"
        + " WHERE batched_background_migration_id = ? AND status <> 3", id));
    assertEquals(0, db.count("SELECT count(*) FROM batched_background_migration_jobs a"
        + " JOIN batched_background_migration_jobs b ON a.batched_background_migration_id = b.batched_background_migration_id"
        + " AND a.id < b.id AND a.min_value <= b.max_value AND b.min_value <= a.max_value"
        + " WHERE a.batched_background_migration_id = ?", id));
  }

  /** The affected rows GitLab's metrics record for the migration's jobs. */
  private static long affectedRows(TestDatabase db, long id) {
    return db.count("SELECT coalesce(sum(r::bigint), 0) FROM batched_background_migration_jobs j,"
        + " jsonb_each(j.metrics->'affected_rows') e, jsonb_array_elements_text(e.value) r"
        + " WHERE j.batched_background_migration_id = ?", id);
  }

  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void shippedRouteNamespaceIdBackfillLeavesUnusedTypeRowsAlone(GitlabLayout layout) {
    try (TestDatabase db = TestDatabase.create(layout)) {
      GitlabFixture f = new GitlabFixture(db);
      long max = routes(db, 2_000);
      db.execute("UPDATE routes SET namespace_id = -1 WHERE source_type = 'UnusedType'");
      long inScope = db.count("SELECT count(*) FROM routes WHERE source_type <> 'UnusedType'");
      long id = f.migration(ROUTES, "routes", "id", "[]", 1, max, 300, 70, 1);

      CliRunner.Result r = cli(db).run("finalize", ROUTES + ",routes,id,[]", "--pause-ms", "0");

      assertThat(r).exitedWith(OK);
      assertEquals(3, f.status(id));
      assertEquals(0, db.count("SELECT count(*) FROM routes WHERE source_type <> 'UnusedType'"
          + " AND namespace_id IS DISTINCT FROM source_id"));
      assertEquals(db.count("SELECT count(*) FROM routes WHERE source_type = 'UnusedType'"),
          db.count("SELECT count(*) FROM routes WHERE namespace_id = -1"), "rows outside the scope are untouched");
      assertJobsSucceeded(db, id);
      assertEquals(inScope, affectedRows(db, id), "only rows in the scope are updated, each once");
    }
  }

  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void shippedSevenDaysNotificationBackfillUpdatesOnlyItsScope(GitlabLayout layout) {
    try (TestDatabase db = TestDatabase.create(layout)) {
      GitlabFixture f = new GitlabFixture(db);
      db.execute("CREATE TABLE personal_access_tokens (id bigint PRIMARY KEY, user_id bigint NOT NULL, name text NOT NULL,"
          + " revoked boolean DEFAULT false, expires_at date, expire_notification_delivered boolean DEFAULT false NOT NULL,"
          + " seven_days_notification_sent_at timestamp with time zone, created_at timestamp with time zone NOT NULL)");
      db.execute("INSERT INTO personal_access_tokens (id, user_id, name, expires_at, expire_notification_delivered,"
          + " seven_days_notification_sent_at, created_at) SELECT g, g % 50 + 1, 'token ' || g,"
          + " CASE WHEN g % 5 = 0 THEN NULL ELSE date '2024-01-01' + g END, g % 3 <> 0,"
          + " CASE WHEN g % 7 = 0 THEN timestamptz '2024-06-01 12:00+00' END, now()"
          + " FROM generate_series(1, 1500) g");
      db.execute("CREATE INDEX tmp_index_pats_on_notification_columns_and_expires_at ON personal_access_tokens (id)"
          + " WHERE expire_notification_delivered IS TRUE AND seven_days_notification_sent_at IS NULL"
          + " AND expires_at IS NOT NULL");
      db.execute("CREATE TABLE expected AS SELECT id, CASE WHEN expire_notification_delivered"
          + " AND seven_days_notification_sent_at IS NULL AND expires_at IS NOT NULL"
          + " THEN expires_at - interval '7 days' ELSE seven_days_notification_sent_at END AS sent_at,"
          + " expires_at, expire_notification_delivered FROM personal_access_tokens");
      long inScope = db.count("SELECT count(*) FROM personal_access_tokens WHERE expire_notification_delivered"
          + " AND seven_days_notification_sent_at IS NULL AND expires_at IS NOT NULL");
      assertTrue(inScope > 500 && inScope < 1_000, "a realistic mix: " + inScope);
      long id = f.migration(PATS, "personal_access_tokens", "id", "[]", 1, 1_500, 400, 100, 1);

      // --fast cuts sub-batches by key range: the scope must hold there too
      CliRunner.Result r = cli(db).run("finalize", "main_" + id, layout == GitlabLayout.SINCE_17_6 ? "--fast"
          : "--pause-ms=0");

      assertThat(r).exitedWith(OK);
      assertEquals(3, f.status(id));
      assertEquals(0, db.count("SELECT count(*) FROM personal_access_tokens p JOIN expected e USING (id)"
          + " WHERE p.seven_days_notification_sent_at IS DISTINCT FROM e.sent_at OR p.expires_at IS DISTINCT FROM"
          + " e.expires_at OR p.expire_notification_delivered <> e.expire_notification_delivered"));
      assertEquals(1_500, db.count("SELECT count(*) FROM expected"));
      assertJobsSucceeded(db, id);
      assertEquals(inScope, affectedRows(db, id));
    }
  }

  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void jobsDirDefinitionsBindJobArgumentsAsValues(GitlabLayout layout) {
    try (TestDatabase db = TestDatabase.create(layout)) {
      GitlabFixture f = new GitlabFixture(db);
      db.execute("CREATE TABLE issues (id bigint PRIMARY KEY, issue_type smallint NOT NULL, work_item_type_id bigint)");
      db.execute("INSERT INTO issues SELECT g, g % 4, CASE WHEN g % 11 = 0 THEN 99 END FROM generate_series(1, 1200) g");
      db.execute("CREATE TABLE labels (id bigint PRIMARY KEY, title text NOT NULL, color text)");
      db.execute("INSERT INTO labels SELECT g, CASE WHEN g % 9 = 0 THEN 'a;b' ELSE 'label ' || g END,"
          + " CASE WHEN g % 4 = 0 THEN '#000000' END FROM generate_series(1, 300) g");
      Path yml = write(tmp.resolve("yml"), "BackfillIssueWorkItemType.yml", """
          job_class_name: BackfillIssueWorkItemType
          description: sets work_item_type_id of one issue_type (both job arguments)
          job_arguments: [issue_type, work_item_type_id]
          set: "work_item_type_id = :work_item_type_id"
          scope: "issue_type = :issue_type AND work_item_type_id IS NULL"
          """).getParent();
      Path json = write(tmp.resolve("json"), "SetLabelColor.json", """
          {"job_class_name": "SetLabelColor",
           "job_arguments": ["color", "marker"],
           "set": "color = :color::text, title = title || ' (' || :marker || ')?'",
           "scope": "color IS NULL AND title NOT LIKE '%;%' AND NOT jsonb_build_object('t', title) ? 'x'"}
          """).getParent();
      long bug = f.migration("BackfillIssueWorkItemType", "issues", "id", "[1, 42]", 1, 1_200, 500, 100, 1);
      long task = f.migration("BackfillIssueWorkItemType", "issues", "id", "[2, \"43\"]", 1, 1_200, 500, 100, 1);
      long colors = f.migration("SetLabelColor", "labels", "id", "[\"#FF0000\", \"it's\"]", 1, 300, 100, 30, 1);
      CliRunner cli = cli(db);

      CliRunner.Result dry = cli.run("finalize", "main_" + bug, "--jobs-dir", yml.toString(), "--dry-run");
      assertThat(dry).exitedWith(OK);
      assertTrue(dry.out().contains("\"work_item_type_id\" = (?)") && dry.out().contains("AND (issue_type = ?"
          + " AND work_item_type_id IS NULL)"), dry.out());
      assertTrue(dry.out().contains("come from job definition " + yml.resolve("BackfillIssueWorkItemType.yml"))
          && dry.out().contains("values bound to the scope's placeholders: 1"), dry.out());
      for (long id : new long[] {bug, task, colors}) {
        CliRunner.Result r = cli.run("finalize", "main_" + id, "--jobs-dir", json.toString(), "--jobs-dir",
            yml.toString(), "--pause-ms", "0");
        assertThat(r).exitedWith(OK);
        assertEquals(3, f.status(id));
        assertJobsSucceeded(db, id);
      }

      assertEquals(db.count("SELECT count(*) FROM issues WHERE issue_type IN (1, 2) AND id % 11 <> 0"),
          db.count("SELECT count(*) FROM issues WHERE issue_type = 1 AND work_item_type_id = 42"
              + " OR issue_type = 2 AND work_item_type_id = 43"), "one argument given as a number, one as a string");
      assertEquals(0, db.count("SELECT count(*) FROM issues WHERE work_item_type_id IS NOT NULL"
          + " AND work_item_type_id <> 99 AND (issue_type NOT IN (1, 2) OR id % 11 = 0)"), "other rows untouched");
      assertEquals(db.count("SELECT count(*) FROM generate_series(1, 1200) g WHERE g % 11 = 0"),
          db.count("SELECT count(*) FROM issues WHERE work_item_type_id = 99"), "rows already set untouched");
      assertEquals(0, db.count("SELECT count(*) FROM labels WHERE color IS NULL AND title NOT LIKE '%;%'"));
      assertEquals(db.count("SELECT count(*) FROM labels WHERE color = '#FF0000'"),
          db.count("SELECT count(*) FROM labels WHERE title LIKE 'label % (it''s)?'"),
          "the string with a quote and the literal ? arrive as written");
      assertEquals(75, db.count("SELECT count(*) FROM labels WHERE color = '#000000'"));
      assertEquals(db.count("SELECT count(*) FROM labels WHERE title = 'a;b'"),
          db.count("SELECT count(*) FROM generate_series(1, 300) g WHERE g % 9 = 0"));
    }
  }

  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void jobsDirBeatsUserDirBeatsBuiltIn(GitlabLayout layout) {
    try (TestDatabase db = TestDatabase.create(layout)) {
      GitlabFixture f = new GitlabFixture(db);
      long max = routes(db, 500);
      long id = f.migration(ROUTES, "routes", "id", "[]", 1, max, 200, 50, 1);
      String definition = "job_class_name: BackfillRouteNamespaceId\nset: \"namespace_id = source_id + %d\"\n";
      Path home = tmp.resolve("home");
      Path homeFile = write(home.resolve(".config/bbm/jobs"), ROUTES + ".yml", definition.formatted(1));
      Path xdgFile = write(tmp.resolve("xdg/bbm/jobs"), ROUTES + ".yaml", definition.formatted(2));
      Path first = write(tmp.resolve("first"), ROUTES + ".json",
          "{\"job_class_name\": \"BackfillRouteNamespaceId\", \"set\": \"namespace_id = source_id + 1000\"}");
      Path second = write(tmp.resolve("second"), ROUTES + ".yml", definition.formatted(4));
      String main = "main_" + id;

      assertEquals("built-in bbm/jobs/BackfillRouteNamespaceId.yml",
          source(CliRunner.against(db).env("HOME", tmp.resolve("empty").toString()).run("finalize", main, "--dry-run")));
      assertEquals(homeFile.toString(), source(cli(db).run("finalize", main, "--dry-run")));
      CliRunner xdg = cli(db).env("XDG_CONFIG_HOME", tmp.resolve("xdg").toString());
      assertEquals(xdgFile.toString(), source(xdg.run("finalize", main, "--dry-run")));
      assertEquals(homeFile.toString(), source(cli(db).env("XDG_CONFIG_HOME", "relative/is/ignored")
          .run("finalize", main, "--dry-run")));
      assertEquals(second.toString(), source(xdg.run("finalize", main, "--dry-run", "--jobs-dir",
          second.getParent().toString())));
      assertEquals(first.toString(), source(xdg.run("finalize", main, "--dry-run", "--jobs-dir",
          first.getParent().toString(), "--jobs-dir", second.getParent().toString())));

      CliRunner.Result r = xdg.run("finalize", main, "--jobs-dir", first.getParent().toString(), "--jobs-dir",
          second.getParent().toString(), "--pause-ms", "0");
      assertThat(r).exitedWith(OK);
      assertEquals(0, db.count("SELECT count(*) FROM routes WHERE namespace_id IS DISTINCT FROM source_id + 1000"),
          "the first --jobs-dir's definition ran; it has no scope, so every row");
    }
  }

  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void definitionBatchingAppliesOnlyWhereTheRowKeepsGitlabsDefault(GitlabLayout layout) {
    try (TestDatabase db = TestDatabase.create(layout)) {
      GitlabFixture f = new GitlabFixture(db);
      db.execute("CREATE TABLE merge_requests (id bigint PRIMARY KEY, target_project_id bigint NOT NULL, state text)");
      db.execute("CREATE INDEX index_merge_requests_on_target_project_id ON merge_requests (target_project_id)");
      db.execute("INSERT INTO merge_requests SELECT g, g % 40 + 1, CASE WHEN g % 5 = 0 THEN 'merged' END"
          + " FROM generate_series(1, 1000) g");
      Path dir = write(tmp.resolve("jobs"), "SetMergeRequestState.yml", """
          job_class_name: SetMergeRequestState
          set: "state = 'opened'"
          scope: "state IS NULL"
          batching: loose_index_scan
          """).getParent();
      Path pkDir = write(tmp.resolve("pk"), "SetMergeRequestState.yml", """
          job_class_name: SetMergeRequestState
          set: "state = 'opened'"
          batching: primary_key
          """).getParent();
      long id = f.migration("SetMergeRequestState", "merge_requests", "target_project_id", "[]", 1, 40, 10, 5, 1);
      CliRunner cli = cli(db);

      CliRunner.Result pk = cli.run("finalize", "main_" + id, "--jobs-dir", pkDir.toString(), "--dry-run");
      assertTrue(pk.out().contains("jobs are batched with PrimaryKeyBatchingStrategy\n"), pk.toString());
      CliRunner.Result lis = cli.run("finalize", "main_" + id, "--jobs-dir", dir.toString(), "--dry-run");
      assertTrue(lis.out().contains("jobs are batched with LooseIndexScanBatchingStrategy\n"), lis.toString());
      db.execute("UPDATE batched_background_migrations SET batch_class_name = 'LooseIndexScanBatchingStrategy'");
      CliRunner.Result row = cli.run("finalize", "main_" + id, "--jobs-dir", pkDir.toString(), "--dry-run");
      assertTrue(row.out().contains("jobs are batched with LooseIndexScanBatchingStrategy\n"), row.toString());
      db.execute("UPDATE batched_background_migrations SET batch_class_name = 'PrimaryKeyBatchingStrategy'");

      CliRunner.Result r = cli.run("finalize", "main_" + id, "--jobs-dir", dir.toString(), "--pause-ms", "0");
      assertThat(r).exitedWith(OK);
      assertEquals("1..10 11..20 21..30 31..40", db.scalar("SELECT string_agg(min_value || '..' || max_value, ' '"
          + " ORDER BY min_value) FROM batched_background_migration_jobs"), "10 distinct project ids per job");
      assertEquals(800, db.count("SELECT count(*) FROM merge_requests WHERE state = 'opened'"));
      assertEquals(200, db.count("SELECT count(*) FROM merge_requests WHERE state = 'merged'"));
      assertEquals(800, affectedRows(db, id));
    }
  }

  /** The definition a dry run says it would use. */
  private static String source(CliRunner.Result dry) {
    assertThat(dry).exitedWith(OK);
    String marker = "come from job definition ";
    int at = dry.out().indexOf(marker);
    assertTrue(at >= 0, dry.out());
    return dry.out().substring(at + marker.length()).lines().findFirst().orElseThrow().strip();
  }

  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void malformedDefinitionsExitTwoWithOneSentenceAndChangeNothing(GitlabLayout layout) {
    try (TestDatabase db = TestDatabase.create(layout)) {
      GitlabFixture f = new GitlabFixture(db);
      long max = routes(db, 300);
      long id = f.migration(ROUTES, "routes", "id", "[]", 1, max, 100, 50, 1);
      long copy = f.migration("CopyColumnUsingBackgroundMigrationJob", "routes", "id",
          "[[\"source_id\"],[\"namespace_id\"]]", 1, max, 100, 50, 1);
      String head = "job_class_name: BackfillRouteNamespaceId\n";
      // file name, content, what the message must say
      List<String[]> cases = List.of(
          new String[] {ROUTES + ".yml", head + "scope: source_type <> 'UnusedType'\n", "has no set"},
          new String[] {ROUTES + ".yml", head + "set: \"namespace_idd = source_id\"\n",
              "sets column namespace_idd, which table routes does not have"},
          new String[] {ROUTES + ".yml", head + "set: \"namespace_id = source_id; DROP TABLE routes\"\n",
              "has a set clause that has ';' at character 25"},
          new String[] {ROUTES + ".yml", head + "set: namespace_id = source_id\nscope: \"true); DELETE FROM routes"
              + " WHERE (true\"\n", "has a scope that has an unbalanced ')' at character 5"},
          new String[] {ROUTES + ".yml", head + "set: \"namespace_id = source_id -- copy\"\n",
              "has a set clause that has a comment (--)"},
          new String[] {ROUTES + ".yml", head + "set: namespace_id = source_id\nscope: \"/* all */ true\"\n",
              "has a scope that has a comment (/*)"},
          new String[] {ROUTES + ".yml", head + "set: \"namespace-id = source_id\"\n",
              "has a set clause that assigns to namespace-id, which is not a column name"},
          new String[] {ROUTES + ".yml", "job_class_name: BackfillRouteNamespaceIds\nset: namespace_id = 1\n",
              "has job_class_name BackfillRouteNamespaceIds but the file is named BackfillRouteNamespaceId.yml"},
          new String[] {ROUTES + ".yml", head + "job_arguments: [namespace_id]\nset: namespace_id = :namespace_id\n",
              "takes 1 job argument (namespace_id) but the migration has 0: []"},
          new String[] {ROUTES + ".yml", head + "set: namespace_id = source_id\nbatching: keyset\n",
              "has batching keyset, which bbm does not know"},
          new String[] {ROUTES + ".yml", head + "set: [namespace_id = source_id\n", "is not valid YAML at line"},
          new String[] {ROUTES + ".json", "{\"job_class_name\": \"BackfillRouteNamespaceId\", \"set\": \"a = b\",}",
              "is not valid JSON at line 1"},
          new String[] {ROUTES + ".yml", head + "set: namespace_id = :ns\n", "uses :ns in set, but job_arguments"
              + " is empty"},
          new String[] {ROUTES + ".yml", head + "set: namespace_id = source_idd\n",
              "does not work on table routes: column \"source_idd\" does not exist"},
          new String[] {ROUTES + ".yml", head + "set: namespace_id = path\n",
              "does not work on table routes: column \"namespace_id\" is of type bigint but expression is of"
                  + " type character varying"},
          new String[] {ROUTES + ".yml", head + "set: id = id + 1000000\n", "sets id, the batch column of migration"},
          new String[] {ROUTES + ".yml", head + "set: namespace_id = 1\nsett: typo\n", "has an unknown key sett"},
          new String[] {"CopyColumnUsingBackgroundMigrationJob.yml", "job_class_name:"
              + " CopyColumnUsingBackgroundMigrationJob\nset: namespace_id = 1\n",
              "defines CopyColumnUsingBackgroundMigrationJob, which bbm implements in Java"});
      int n = 0;
      for (String[] c : cases) {
        Path dir = tmp.resolve("case" + n++);
        Path file = write(dir, c[0], c[1]);
        for (long migration : new long[] {id, copy}) {
          if (migration == copy && !c[2].startsWith("defines")) {
            continue;
          }
          CliRunner.Result r = cli(db).run("finalize", "main_" + migration, "--jobs-dir", dir.toString());
          assertThat(r).withContext(c[1]).exitedWith(USAGE);
          List<String> lines = r.err().lines().filter(l -> !l.isBlank()).toList();
          assertEquals(1, lines.size(), r.toString());
          assertTrue(lines.get(0).startsWith("bbm: job definition " + file) && lines.get(0).contains(c[2]),
              lines.get(0) + "\nshould name " + file + " and say: " + c[2]);
        }
      }
      Path twice = tmp.resolve("twice");
      write(twice, ROUTES + ".yml", head + "set: namespace_id = 1\n");
      write(twice, ROUTES + ".json", "{\"job_class_name\": \"BackfillRouteNamespaceId\", \"set\": \"namespace_id = 2\"}");
      CliRunner.Result both = cli(db).run("finalize", "main_" + id, "--jobs-dir", twice.toString());
      assertThat(both).exitedWith(USAGE);
      assertTrue(both.err().contains(ROUTES + ".yml defines the same class as " + ROUTES + ".json"), both.err());
      CliRunner.Result missing = cli(db).run("finalize", "main_" + id, "--jobs-dir", tmp.resolve("nope").toString());
      assertThat(missing).exitedWith(USAGE);
      assertTrue(missing.err().contains("--jobs-dir " + tmp.resolve("nope") + " is not a directory"), missing.err());
      CliRunner.Result retry = cli(db).run("retry", "main_" + id, "--jobs-dir", tmp.resolve("case0").toString());
      assertThat(retry).exitedWith(USAGE);
      assertTrue(retry.err().contains("has no set"), retry.err());

      assertEquals(2, f.status(id) + f.status(copy), "both migrations still active");
      assertEquals(0, db.count("SELECT count(*) FROM batched_background_migration_jobs"));
      assertEquals(0, db.count("SELECT count(*) FROM routes WHERE namespace_id IS NOT NULL"));
      assertEquals(max, db.count("SELECT max(id) FROM routes"));
    }
  }

  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void javaImplementationFoundThroughServiceLoaderRuns(GitlabLayout layout) {
    try (TestDatabase db = TestDatabase.create(layout)) {
      GitlabFixture f = new GitlabFixture(db);
      db.execute("CREATE TABLE emails (id bigint PRIMARY KEY, email text NOT NULL)");
      db.execute("INSERT INTO emails SELECT g, CASE WHEN g % 3 = 0 THEN 'User' || g || '@Example.COM'"
          + " ELSE 'user' || g || '@example.com' END FROM generate_series(1, 900) g");
      long mixed = db.count("SELECT count(*) FROM emails WHERE email <> lower(email)");
      long id = f.migration(LowercaseEmailsTestJob.NAME, "emails", "id", "[]", 1, 900, 250, 60, 1);

      CliRunner.Result r = cli(db).run("finalize", "main_" + id, "--pause-ms", "0");

      assertThat(r).exitedWith(OK);
      assertEquals(3, f.status(id));
      assertEquals(0, db.count("SELECT count(*) FROM emails WHERE email <> lower(email)"));
      assertJobsSucceeded(db, id);
      assertEquals(mixed, affectedRows(db, id), "only the rows its scope selects");
    }
  }
}
