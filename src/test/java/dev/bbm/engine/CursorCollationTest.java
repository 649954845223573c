package dev.bbm.engine;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job's walk over a text cursor ends where PostgreSQL's order says, not Java's: in a linguistic
 * collation '\u00e4' sorts between 'a' and 'b', by code point after 'd', and a walk that compared in
 * Java stopped at the first sub-batch ending in '\u00e4' and left the rest of the job's rows undone.
 */
class CursorCollationTest {
  private static final String CLASS = "MarkLabelsByCursor";

  @Test
  void aJobWalksItsWholeRangeInTheColumnsCollation(@TempDir Path jobs) throws IOException {
    Files.writeString(jobs.resolve(CLASS + ".yml"), "job_class_name: " + CLASS + "\ncursor: [title, n]\n"
        + "set: \"done = true\"\n");
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      db.execute("CREATE TABLE labels (title text COLLATE \"und-x-icu\" NOT NULL, n integer NOT NULL,"
          + " done boolean NOT NULL DEFAULT false, PRIMARY KEY (title, n))");
      db.execute("INSERT INTO labels (title, n) SELECT t, n FROM unnest(ARRAY['a', '\u00e4', 'b', 'c', 'd']) t,"
          + " generate_series(1, 3) n");
      db.execute("INSERT INTO batched_background_migrations (created_at, updated_at, min_value, max_value,"
          + " min_cursor, max_cursor, batch_size, sub_batch_size, \"interval\", status, job_class_name, table_name,"
          + " column_name, job_arguments, pause_ms, gitlab_schema) VALUES (now(), now(), NULL, NULL, '[\"a\", 0]',"
          + " '[\"d\", 3]', 100, 2, 120, 1, '" + CLASS + "', 'labels', 'title', '[]', 0, 'gitlab_main')");
      var r = CliRunner.against(db).run("finalize", CLASS + ",labels,title,[]", "--jobs-dir", jobs.toString());
      assertThat(r).withContext(r.err()).exitedWith(OK);
      assertEquals(0, db.count("SELECT count(*) FROM labels WHERE NOT done"), "rows the walk left undone: "
          + db.scalar("SELECT string_agg(title || n, ' ') FROM labels WHERE NOT done") + " jobs "
          + db.scalar("SELECT string_agg(min_cursor::text || '..' || max_cursor::text, ' ') FROM batched_background_migration_jobs"));
    }
  }
}
