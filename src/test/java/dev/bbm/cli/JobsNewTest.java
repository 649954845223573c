package dev.bbm.cli;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bbm jobs new: a definition skeleton from the table's columns, which bbm's own loader runs once set is filled in. */
class JobsNewTest {
  private static final String CLASS = "BackfillRoutesNamespaceIdByHand";

  @TempDir
  Path tmp;

  private static void routes(TestDatabase db) {
    db.execute("CREATE TABLE routes (id bigint NOT NULL PRIMARY KEY, source_id bigint NOT NULL,"
        + " source_type character varying NOT NULL, path character varying NOT NULL, name character varying,"
        + " namespace_id bigint, created_at timestamp with time zone DEFAULT now())");
    db.execute("INSERT INTO routes (id, source_id, source_type, path) SELECT g, g * 10,"
        + " CASE WHEN g % 4 = 0 THEN 'Project' ELSE 'Namespace' END, 'p' || g FROM generate_series(1, 200) g");
  }

  @Test
  void theSkeletonListsTheColumnsAndRunsOnceSetIsFilledIn() throws Exception {
    Path rails = Files.createDirectories(tmp.resolve("rails/lib/gitlab/background_migration"));
    Files.writeString(rails.resolve("backfill_routes_namespace_id_by_hand.rb"), "class " + CLASS
        + " < BatchedMigrationJob\n  def perform; end\nend\n");
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      routes(db);
      long id = f.migration(CLASS, "routes", "id", "[]", 1, 200, 100, 50, 1);
      CliRunner cli = CliRunner.against(db).env("HOME", tmp.toString());

      CliRunner.Result r = cli.run("jobs", "new", CLASS, "routes", "--gitlab-rails-root", tmp.resolve("rails").toString());

      assertThat(r).exitedWith(OK);
      String yaml = r.out();
      assertTrue(yaml.contains("job_class_name: " + CLASS + "\n"), yaml);
      assertTrue(yaml.contains("Read from GitLab's " + rails.resolve("backfill_routes_namespace_id_by_hand.rb")), yaml);
      assertTrue(yaml.lines().anyMatch(l -> l.matches("#\\s+source_type\\s+character varying NOT NULL")), yaml);
      assertTrue(yaml.lines().anyMatch(l -> l.matches("#\\s+namespace_id\\s+bigint")), yaml);
      assertTrue(yaml.lines().anyMatch(l -> l.matches("#\\s+created_at\\s+timestamp with time zone DEFAULT now\\(\\)")),
          yaml);
      assertTrue(yaml.contains("\nset: \"TODO_column = TODO_expression\"\n"), yaml);

      Path jobs = Files.createDirectories(tmp.resolve("jobs"));
      Files.writeString(jobs.resolve(CLASS + ".yml"), yaml.replace("set: \"TODO_column = TODO_expression\"",
          "set: \"namespace_id = source_id\"").replace("# scope: \"TODO_column IS NULL\"",
          "scope: \"source_type = 'Namespace'\""));
      CliRunner.Result run = cli.run("finalize", "main_" + id, "--jobs-dir", jobs.toString(), "--pause-ms", "0");

      assertThat(run).exitedWith(OK);
      assertEquals(3, f.status(id));
      assertEquals(150, db.count("SELECT count(*) FROM routes WHERE namespace_id = source_id"));
      assertEquals(50, db.count("SELECT count(*) FROM routes WHERE namespace_id IS NULL AND source_type = 'Project'"));
    }
  }

  @Test
  void badNamesAndMissingTablesAreExitTwo() {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      routes(db);
      CliRunner cli = CliRunner.against(db).env("HOME", tmp.toString());

      CliRunner.Result notConstant = cli.run("jobs", "new", "backfill_routes", "routes");
      assertThat(notConstant).exitedWith(USAGE);
      assertTrue(notConstant.err().contains("backfill_routes is not a Ruby constant"), notConstant.err());
      CliRunner.Result noTable = cli.run("jobs", "new", CLASS, "no_such_table");
      assertThat(noTable).exitedWith(USAGE);
      assertTrue(noTable.err().contains("table no_such_table does not exist"), noTable.err());
      assertThat(cli.run("jobs", "new", CLASS, "routes; DROP TABLE routes")).exitedWith(USAGE);
      CliRunner.Result noColumn = cli.run("jobs", "new", CLASS, "routes", "--batch-column", "uuid");
      assertThat(noColumn).exitedWith(USAGE);
      assertTrue(noColumn.err().contains("has no column uuid"), noColumn.err());
      assertEquals(200, db.count("SELECT count(*) FROM routes"));
    }
  }
}
