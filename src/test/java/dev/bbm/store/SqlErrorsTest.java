package dev.bbm.store;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * What a sub-batch's error is logged as: {@code integer out of range} (SQLSTATE 22003) is
 * {@code ActiveRecord::RangeError}, as Rails' PostgreSQL adapter translates it (ActiveModel's
 * RangeError is raised only for a Ruby value bound to a too-small column, before any SQL).
 */
class SqlErrorsTest {
  @Test
  void numericValueOutOfRangeIsActiveRecordRangeError() throws Exception {
    try (TestDatabase db = TestDatabase.createEmpty(); Connection c = db.connect(); Statement s = c.createStatement()) {
      SQLException e = assertThrows(SQLException.class, () -> s.execute("SELECT 2147483647::integer + 1"));
      assertEquals("22003", e.getSQLState());
      assertEquals("ActiveRecord::RangeError", SqlErrors.railsClass(e));
      assertEquals("PG::NumericValueOutOfRange: ERROR:  integer out of range", SqlErrors.railsMessage(e));
    }
  }

  @Test
  void anOverflowingCopyIsLoggedAsActiveRecordRangeError() {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      db.execute("CREATE TABLE events (id bigint PRIMARY KEY, id_convert_to_integer integer);"
          + " INSERT INTO events (id) SELECT g FROM generate_series(2147483640, 2147483659) g");
      long id = new GitlabFixture(db).migration("CopyColumnUsingBackgroundMigrationJob", "events", "id",
          "[[\"id\"],[\"id_convert_to_integer\"]]", 2147483640L, 2147483659L, 20, 20, 1);

      CliRunner.Result r = CliRunner.against(db).run("finalize", "main_" + id, "--pause-ms", "0");

      assertThat(r).exitedWith(FAILED);
      assertEquals(db.count("SELECT count(*) FROM batched_background_migration_job_transition_logs"
          + " WHERE exception_class IS NOT NULL"), db.count("SELECT count(*) FROM"
          + " batched_background_migration_job_transition_logs WHERE exception_class = 'ActiveRecord::RangeError'"
          + " AND exception_message = 'PG::NumericValueOutOfRange: ERROR:  integer out of range'"), r.toString());
      assertEquals(0, db.count("SELECT count(*) FROM batched_background_migration_job_transition_logs"
          + " WHERE exception_class = 'ActiveModel::RangeError'"));
      assertTrue(db.count("SELECT count(*) FROM batched_background_migration_job_transition_logs"
          + " WHERE exception_class = 'ActiveRecord::RangeError'") > 0, r.toString());
    }
  }
}
