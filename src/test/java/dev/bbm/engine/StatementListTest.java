package dev.bbm.engine;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.engine.StatementDefinitionsTest.affectedRows;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A definition whose sub-batch runs several statements (GitLab classes that back rows up, then
 * delete them): they run in the file's order in one transaction per sub-batch, so a failing second
 * statement takes the first one's work of that sub-batch back with it.
 */
class StatementListTest {
  private static final String DEFINITION = """
      job_class_name: BackupAndRemoveNotes
      statement:
        - |
          INSERT INTO notes_archived (id, note, noteable_type)
          SELECT id, note, noteable_type FROM notes
          WHERE id BETWEEN :sub_batch_start AND :sub_batch_end AND noteable_type IS NULL
        - |
          DELETE FROM notes WHERE id BETWEEN :sub_batch_start AND :sub_batch_end AND noteable_type IS NULL
      """;

  @TempDir
  Path tmp;

  private static void tables(TestDatabase db) {
    db.execute("CREATE TABLE notes (id bigint PRIMARY KEY, note text, noteable_type character varying)");
    db.execute("CREATE TABLE notes_archived (id bigint PRIMARY KEY, note text, noteable_type character varying)");
    db.execute("INSERT INTO notes SELECT g, 'note ' || g, CASE WHEN g % 4 = 0 THEN NULL ELSE 'Issue' END"
        + " FROM generate_series(1, 600) g");
  }

  @Test
  void eachSubBatchRunsTheStatementsInOrderAndCountsBoth() {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      tables(db);
      Path jobs = dir(tmp, "BackupAndRemoveNotes.yml", DEFINITION);
      long id = f.migration("BackupAndRemoveNotes", "notes", "id", "[]", 1, 600, 200, 50, 1);

      CliRunner.Result r = runFinalize(tmp, db, id, jobs, "--pause-ms", "0");

      assertThat(r).exitedWith(OK);
      assertEquals(3, f.status(id));
      assertEquals(150, db.count("SELECT count(*) FROM notes_archived WHERE id % 4 = 0 AND noteable_type IS NULL"));
      assertEquals(150, db.count("SELECT count(*) FROM notes_archived"));
      assertEquals(450, db.count("SELECT count(*) FROM notes WHERE noteable_type = 'Issue'"));
      assertEquals(450, db.count("SELECT count(*) FROM notes"));
      assertEquals(300, affectedRows(db, id), "150 rows inserted and 150 deleted");
    }
  }

  @ParameterizedTest(name = "fast={0}")
  @ValueSource(booleans = {false, true})
  void aFailingSecondStatementTakesTheFirstOnesWorkBack(boolean fast) {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      tables(db);
      db.execute("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
          + " IF OLD.id = 420 THEN RAISE EXCEPTION 'note 420 may not go'; END IF; RETURN OLD; END $$");
      db.execute("CREATE TRIGGER refuse BEFORE DELETE ON notes FOR EACH ROW EXECUTE FUNCTION refuse()");
      Path jobs = dir(tmp, "BackupAndRemoveNotes.yml", DEFINITION);
      long id = f.migration("BackupAndRemoveNotes", "notes", "id", "[]", 1, 600, 200, 50, 1);

      CliRunner.Result r = fast ? runFinalize(tmp, db, id, jobs, "--pause-ms", "0", "--fast")
          : runFinalize(tmp, db, id, jobs, "--pause-ms", "0");

      assertThat(r).exitedWith(FAILED);
      assertTrue(db.count("SELECT count(*) FROM notes_archived") > 0, "other sub-batches ran");
      assertEquals(0, db.count("SELECT count(*) FROM notes_archived a WHERE EXISTS (SELECT 1 FROM notes n"
          + " WHERE n.id = a.id)"), "no row is both archived and still there: the sub-batch's INSERT was rolled back");
      assertEquals(1, db.count("SELECT count(*) FROM notes WHERE id = 420"));
    }
  }
}
