package dev.bbm.cli;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** bbm status --watch: a frame every interval on one connection, until finished, a count, or Ctrl-C. */
class StatusWatchTest {
  private static final String COPY = "CopyColumnUsingBackgroundMigrationJob";
  private static final String ARGS = "[[\"id\"],[\"id_convert_to_bigint\"]]";

  @Test
  void redrawsWhatChangedBetweenFramesOnOneConnection() {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      long m = f.migration(COPY, "events", "id", ARGS, 1, 1000, 250, 50, 1);
      f.job(m, 1, 250, 3, 1, "3 minutes");
      AtomicInteger sleeps = new AtomicInteger();
      List<Long> bbmBackends = new ArrayList<>();
      // the sleeper between frames asks whether to stop: the first time, another connection moves the migration
      // on; each time, which bbm connections are open (the same ones: nothing is reconnected per frame)
      CliRunner cli = CliRunner.against(db).stopWhen(() -> {
        int n = sleeps.getAndIncrement();
        if (n == 0 || n == 3) {
          bbmBackends.add(db.count("SELECT count(*) * 1000000000 + coalesce(sum(pid), 0) FROM pg_stat_activity"
              + " WHERE application_name LIKE 'bbm/%'"));
        }
        if (n == 0) {
          f.job(m, 251, 500, 3, 1, "1 minute");
        }
        return false;
      });
      CliRunner.Result r = cli.run("status", "--watch", "--interval", "300ms", "--watch-count", "3");
      assertThat(r).exitedWith(UNFINISHED);
      String out = r.out();
      assertEquals(3, out.lines().filter(l -> l.startsWith("Every 300ms: bbm status   ")).count(), out);
      int second = out.indexOf("Every 300ms", 1);
      assertTrue(out.substring(0, second).contains("25.0%") && !out.substring(0, second).contains("50.0%"), out);
      assertTrue(out.substring(second).contains("50.0%") && out.substring(second).contains("2 done, 0 left"), out);
      assertTrue(out.contains("\n\nEvery 300ms"), "piped frames follow each other after a blank line: " + out);
      assertFalse(out.contains("\u001b"), "no escape codes into a pipe: " + out);
      assertEquals(2, bbmBackends.size(), bbmBackends.toString());
      assertTrue(bbmBackends.get(0) >= 1_000_000_000L, "bbm's connection is open while it sleeps: " + bbmBackends);
      assertEquals(bbmBackends.get(0), bbmBackends.get(1), "the same connections in the first and the second sleep");
    }
  }

  @Test
  void endsByItselfWhenNothingIsUnfinishedAndOnCtrlC() {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      long m = f.migration(COPY, "events", "id", ARGS, 1, 1000, 250, 50, 1);
      AtomicInteger sleeps = new AtomicInteger();
      CliRunner finishing = CliRunner.against(db).stopWhen(() -> {
        if (sleeps.getAndIncrement() == 0) {
          db.execute("UPDATE batched_background_migrations SET status = 3, finished_at = now() WHERE id = " + m);
        }
        return false;
      });
      CliRunner.Result done = finishing.run("status", "--watch", "--interval", "200ms");
      assertThat(done).exitedWith(OK);
      assertEquals(2, done.out().lines().filter(l -> l.startsWith("Every 200ms: bbm status")).count(), done.out());
      assertTrue(done.out().strip().endsWith("no unfinished batched background migrations."), done.out());

      db.execute("UPDATE batched_background_migrations SET status = 1, finished_at = NULL WHERE id = " + m);
      CliRunner.Result stopped = CliRunner.against(db).stopWhen(() -> true).run("status", "--watch");
      assertThat(stopped).exitedWith(UNFINISHED);
      assertEquals(1, stopped.out().lines().filter(l -> l.startsWith("Every 5s: bbm status")).count(), stopped.out());
    }
  }

  @Test
  void refusesWhatItDoesNotRedraw() {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      CliRunner cli = CliRunner.against(db);
      for (String[] args : new String[][] {{"status", "--watch", "--json"}, {"status", "--watch", "--format", "json"},
          {"status", "--watch", "--format", "rake"}, {"status", "--watch", "main_1"}, {"status", "--interval", "5s"},
          {"status", "--watch", "--interval", "0s"}, {"status", "--watch", "--interval", "soon"}}) {
        CliRunner.Result r = cli.run(args);
        assertThat(r).exitedWith(USAGE);
        assertTrue(r.err().contains("--watch") || r.err().contains("--interval"), String.join(" ", args) + ": " + r.err());
        assertFalse(r.out().contains("Every"), String.join(" ", args) + ": " + r.out());
      }
    }
  }

  @Test
  void anIntervalLongerThanNanoTimeCountsWaitsUntilCtrlC() {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      f.migration(COPY, "events", "id", ARGS, 1, 1000, 250, 50, 1);
      // 999999999 days is a duration Durations reads, but past what System.nanoTime() + it can hold
      AtomicInteger asked = new AtomicInteger();
      CliRunner.Result r = CliRunner.against(db).stopWhen(() -> asked.incrementAndGet() > 3)
          .run("status", "--watch", "--interval", "999999999d");
      assertThat(r).exitedWith(UNFINISHED);
      assertFalse(r.err().contains("unexpected error"), r.err());
      assertTrue(asked.get() > 3, "it waited, asking for Ctrl-C, rather than drawing the next frame at once");
      assertEquals(1, r.out().lines().filter(l -> l.startsWith("Every ")).count(), r.out());
    }
  }
}
