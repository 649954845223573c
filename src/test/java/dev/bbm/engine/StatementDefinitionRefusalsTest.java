package dev.bbm.engine;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.engine.StatementDefinitionsTest.dir;
import static dev.bbm.engine.StatementDefinitionsTest.runFinalize;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Statement definitions bbm refuses: exit 2, one sentence naming the file, nothing changed. */
class StatementDefinitionRefusalsTest {
  private static final String CLASS = "DeleteOrphanedNotes";
  private static final String HEAD = "job_class_name: " + CLASS + "\n";
  private static final String RANGE = " WHERE id BETWEEN :sub_batch_start AND :sub_batch_end";

  @TempDir
  Path tmp;

  @Test
  void badStatementDefinitionsExitTwoWithOneSentenceAndChangeNothing() {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      db.execute("CREATE TABLE notes (id bigint PRIMARY KEY, note text, project_id bigint, noteable_id bigint)");
      db.execute("INSERT INTO notes SELECT g, 'note ' || g, g % 7, g FROM generate_series(1, 300) g");
      db.execute("CREATE TABLE before AS SELECT id, xmin::text AS x FROM notes");
      long id = f.migration(CLASS, "notes", "id", "[]", 1, 300, 100, 20, 1);
      // content after the head, what the message must say
      List<String[]> cases = List.of(
          new String[] {"statement: \"DELETE FROM notes" + RANGE + "; DELETE FROM notes\"\n",
              "has a statement that has ';' at character 71 followed by more SQL"},
          new String[] {"statement: \"SELECT * FROM notes" + RANGE + "\"\n",
              "has a statement that is a SELECT, which changes nothing"},
          new String[] {"statement: \"DROP TABLE notes\"\n", "has a statement that is a DROP statement"},
          new String[] {"statement: \"COPY notes TO STDOUT\"\n", "has a statement that is a COPY statement"},
          new String[] {"statement: \"INSERT INTO notes (id) VALUES (:sub_batch_start), (:sub_batch_end)\"\n",
              "has a statement that is an INSERT without SELECT"},
          new String[] {"statement: \"WITH j AS (SELECT 1) SELECT * FROM notes" + RANGE + "\"\n",
              "has a statement that is a SELECT, which changes nothing"},
          new String[] {"statement: \"DELETE FROM batched_background_migration_jobs" + RANGE + "\"\n",
              "has a statement that names batched_background_migration_jobs at character 13, one of the"
                  + " bookkeeping tables"},
          new String[] {"statement: \"WITH d AS (DELETE FROM \\\"batched_background_migrations\\\") DELETE FROM notes"
              + RANGE + "\"\n", "names batched_background_migrations"},
          new String[] {"statement: \"DELETE FROM notes" + RANGE + " AND project_id = :project_id\"\n",
              "uses :project_id in its statement, which is no parameter it knows"},
          new String[] {"statement: \"DELETE FROM notes WHERE id >= :sub_batch_start\"\n",
              "has a statement without :sub_batch_end"},
          new String[] {"set: note = NULL\nstatement: \"DELETE FROM notes" + RANGE + "\"\n",
              "has both set and statement"},
          new String[] {"set: note = NULL\nvalues:\n  x: SELECT 1\n", "has values, which only a statement definition uses"},
          new String[] {"values:\n  x: DELETE FROM notes\nstatement: \"DELETE FROM notes" + RANGE + "\"\n",
              "has a value x that is a DELETE; a value is a SELECT of one value"},
          new String[] {"values:\n  x: SELECT :sub_batch_start\nstatement: \"DELETE FROM notes" + RANGE + "\"\n",
              "uses :sub_batch_start in value x"},
          new String[] {"job_arguments: [start_id]\nstatement: \"DELETE FROM notes" + RANGE + "\"\n",
              "names job argument start_id, which a statement definition binds itself"},
          new String[] {"statement: \"DELETE FROM notes" + RANGE + " AND project_idd = 1\"\n",
              "does not work on table notes: column \"project_idd\" does not exist (SQLSTATE 42703)"},
          new String[] {"statement: \"DELETE FROM notes" + RANGE + " AND project_id = :x\"\nvalues:\n"
              + "  x: SELECT id, note FROM notes\n", "does not work on table notes: value x: subquery must return"
              + " only one column"},
          new String[] {"statement:\n  - \"DELETE FROM notes" + RANGE + "\"\n  - 5\n",
              "has statement [\"DELETE FROM notes" + RANGE + "\",5], which is neither a string nor a list"},
          new String[] {"statement: []\n", "has statement [], which is neither a string nor a list"},
          new String[] {"statement:\n  - \"DELETE FROM notes" + RANGE + "\"\n  - \"DELETE FROM notes WHERE id = 1\"\n",
              "has a statement 2 without :sub_batch_start"},
          new String[] {"statement:\n  - \"DELETE FROM notes" + RANGE + "\"\n  - \"DELETE FROM notes" + RANGE
              + " AND x = :y\"\n", "uses :y in its statement 2, which is no parameter it knows"},
          new String[] {"statement: \"UPDATE notes SET note = 1 + 'x'" + RANGE + "\"\n",
              "does not work on table notes: invalid input syntax for type integer"});
      int n = 0;
      for (String[] c : cases) {
        Path jobs = dir(tmp.resolve("case" + n++), CLASS + ".yml", HEAD + c[0]);
        Path file = jobs.resolve(CLASS + ".yml");
        CliRunner.Result r = runFinalize(tmp, db, id, jobs, "--pause-ms", "0");
        assertThat(r).withContext(c[0]).exitedWith(USAGE);
        List<String> lines = r.err().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), r.toString());
        assertTrue(lines.get(0).startsWith("bbm: job definition " + file) && lines.get(0).contains(c[1]),
            lines.get(0) + "\nshould name " + file + " and say: " + c[1]);
      }
      assertEquals(1, f.status(id), "still active");
      assertEquals(0, db.count("SELECT count(*) FROM batched_background_migration_jobs"));
      assertEquals(300, db.count("SELECT count(*) FROM notes n JOIN before b USING (id) WHERE n.xmin::text = b.x"));
    }
  }
}
