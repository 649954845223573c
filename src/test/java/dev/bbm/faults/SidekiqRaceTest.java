package dev.bbm.faults;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.sidekiq.ExclusiveLease;
import dev.bbm.sidekiq.RedisTestServer;
import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.params.SetParams;

/**
 * Item 10: a Sidekiq execution worker in flight at fence time. A scripted worker does what GitLab's
 * does (takes the lease when there is Redis, reads the status and the last job, computes the next
 * range, then, a random moment later, inserts that job and runs it) and bbm's finalize starts just
 * after it read the migration active. Without Redis the worker inserts only after bbm has fenced
 * the migration (the worst case); with Redis it holds GitLab's lease, which bbm must wait for. A trigger counts the updates of every row: each row must be
 * updated by exactly one job run, or bbm must exit 4 naming the overlapping jobs.
 */
@Tag("faults")
class SidekiqRaceTest {
  private static final int ITEM = 10;
  private static final int TRIALS = 20;
  private static final long ROWS = 2_000;
  private static final long SEED = 1310L;
  private static int reported;

  /** GitLab's worker, scripted: lease (optional), active?, last job, range; later insert and run. */
  private static final class ScriptedWorker {
    private final TestDatabase db;
    private final long migrationId;
    private final int delayMs;
    private final Jedis redis;
    private final String leaseKey;
    final CountDownLatch checked = new CountDownLatch(1);
    volatile long jobId;

    ScriptedWorker(TestDatabase db, long migrationId, int delayMs, Jedis redis, String leaseKey) {
      this.db = db;
      this.migrationId = migrationId;
      this.delayMs = delayMs;
      this.redis = redis;
      this.leaseKey = leaseKey;
    }

    void run() {
      String uuid = "sidekiq-" + System.nanoTime();
      try (Connection c = db.connect()) {
        if (redis != null && !"OK".equals(redis.set(leaseKey, uuid, SetParams.setParams().nx().ex(360)))) {
          return; // GitLab: "Cannot obtain an exclusive lease", the worker does nothing
        }
        long status = single(c, "SELECT status FROM batched_background_migrations WHERE id = ?", migrationId);
        long lastMax = single(c, "SELECT coalesce(max(max_value), 0) FROM batched_background_migration_jobs"
            + " WHERE batched_background_migration_id = ?", migrationId);
        checked.countDown();
        if (status != 1) {
          return;
        }
        if (redis == null) {
          awaitFence(c); // the worst case: it read the migration active, bbm fenced it, then it inserts
        }
        Thread.sleep(delayMs);
        long lo = lastMax + 1;
        long hi = Math.min(lastMax + 500, ROWS);
        jobId = single(c, "INSERT INTO batched_background_migration_jobs (created_at, updated_at,"
            + " batched_background_migration_id, min_value, max_value, batch_size, sub_batch_size, status)"
            + " VALUES (now(), now(), ?, " + lo + ", " + hi + ", 500, 100, 0) RETURNING id", migrationId);
        update(c, "UPDATE batched_background_migration_jobs SET status = 1, attempts = 1, started_at = now(),"
            + " updated_at = now() WHERE id = " + jobId);
        update(c, "UPDATE events SET id_convert_to_bigint = id WHERE id BETWEEN " + lo + " AND " + hi);
        update(c, "UPDATE batched_background_migration_jobs SET status = 3, finished_at = now(), updated_at = now()"
            + " WHERE id = " + jobId);
      } catch (SQLException | InterruptedException e) {
        throw new IllegalStateException(e);
      } finally {
        checked.countDown();
        if (redis != null && uuid.equals(redis.get(leaseKey))) {
          redis.del(leaseKey);
        }
      }
    }

    private void awaitFence(Connection c) throws SQLException, InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (single(c, "SELECT status FROM batched_background_migrations WHERE id = ?", migrationId) == 1
          && System.nanoTime() < deadline) {
        Thread.sleep(2);
      }
    }

    private static long single(Connection c, String sql, long param) throws SQLException {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setLong(1, param);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          return rs.getLong(1);
        }
      }
    }

    private static void update(Connection c, String sql) throws SQLException {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.executeUpdate();
      }
    }
  }

  /** One trial; returns the rows updated twice (lost), after checking how bbm ended. */
  private static long trial(int n, int delayMs, Integer redisDb, String grace) throws Exception {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      long id = Faults.copyMigration(db, ROWS, 500, 100);
      ConcurrencyTest.countUpdates(db, "events", 0.01);
      String key = ExclusiveLease.executionWorkerKey("main", "events");
      Jedis redis = redisDb == null ? null : RedisTestServer.get().client(redisDb);
      ScriptedWorker worker = new ScriptedWorker(db, id, delayMs, redis, key);
      CompletableFuture<Void> sidekiq = CompletableFuture.runAsync(worker::run);
      assertTrue(worker.checked.await(30, TimeUnit.SECONDS));
      CliRunner cli = CliRunner.against(db);
      List<String> args = new ArrayList<>(List.of("finalize", "main_" + id, "--pause-ms", "0"));
      if (grace != null) {
        args.addAll(List.of("--sidekiq-grace", grace));
      }
      if (redisDb != null) {
        args.addAll(List.of("--redis-url", "redis://127.0.0.1:" + RedisTestServer.get().tcpPort() + "/" + redisDb));
      }
      CliRunner.Result r = cli.run(args.toArray(String[]::new));
      sidekiq.get(60, TimeUnit.SECONDS);
      FaultLedger.faults(ITEM, 1);
      long rows = db.count("SELECT count(*) FROM events");
      long twice = db.count("SELECT count(*) FROM update_counts WHERE n > 1");
      long never = db.count("SELECT count(*) FROM events t WHERE NOT EXISTS (SELECT 1 FROM update_counts c"
          + " WHERE c.id = t.id)");
      FaultLedger.rowsChecked(ITEM, rows);
      FaultLedger.lost(ITEM, twice + never);
      System.out.printf("sidekiq race trial %d: delay %d ms, worker job %d, bbm exit %d, rows twice %d%n", n,
          delayMs, worker.jobId, r.exitCode(), twice);
      if (r.exitCode() == FAILED.code()) {
        assertTrue(r.err().contains("job") && r.err().contains(Long.toString(worker.jobId)), r.err());
        reported++;
      } else if (grace != null && grace.equals("0")) {
        assertThat(r).exitedWith(OK); // measured only: bbm took the worker's own pending row, see the README
      } else {
        assertThat(r).exitedWith(OK);
        assertEquals(0, twice, "trial " + n + ": rows updated by two job runs, and bbm said nothing: " + r.err());
        assertEquals(0, never, "trial " + n + ": rows never updated");
      }
      if (redis != null) {
        assertFalse(redis.exists(key), "bbm gave GitLab's lease back");
        redis.close();
      }
      return twice;
    }
  }

  /** No Redis: the grace after the fence keeps bbm from handing out a range the worker is about to insert. */
  @Test
  void graceAfterFenceWithoutRedis() throws Exception {
    FaultLedger.caseRun(ITEM);
    Random random = new Random(SEED);
    FaultLedger.seed("SidekiqRaceTest.graceAfterFenceWithoutRedis seed " + SEED);
    for (int n = 0; n < TRIALS / 2; n++) {
      assertEquals(0, trial(n, random.nextInt(600), null, "2s"), "trial " + n);
    }
  }

  /** With Redis: bbm takes GitLab's execution lease first, so the worker has inserted (and released) before the fence. */
  @Test
  void leaseBeforeFence() throws Exception {
    RedisTestServer.get();
    FaultLedger.caseRun(ITEM);
    Random random = new Random(SEED + 1);
    FaultLedger.seed("SidekiqRaceTest.leaseBeforeFence seed " + (SEED + 1));
    for (int n = 0; n < TRIALS / 2; n++) {
      assertEquals(0, trial(n, random.nextInt(600), 11, null), "trial " + n);
    }
  }

  /**
   * No Redis and no grace (an operator who says Sidekiq is stopped when it is not): a double run
   * can happen. Where the worker's job overlaps one of bbm's, bbm exits 4 naming the jobs; where bbm
   * took the worker's own pending row, no overlap exists to see: those rows are counted as lost.
   */
  @Test
  void overlapFoundAfterTheFactIsReported() throws Exception {
    FaultLedger.caseRun(ITEM);
    Random random = new Random(SEED + 2);
    FaultLedger.seed("SidekiqRaceTest.overlapFoundAfterTheFactIsReported seed " + (SEED + 2));
    reported = 0;
    for (int n = 0; n < TRIALS / 2; n++) {
      trial(n, random.nextInt(300), null, "0");
    }
    assertTrue(reported > 0, "no trial ended with the overlap reported");
  }

  /** A lease someone keeps: bbm waits its time to live, then exits busy naming it, the migration untouched. */
  @Test
  void leaseHeldElsewhereIsReported() throws Exception {
    RedisTestServer server = RedisTestServer.get();
    FaultLedger.caseRun(ITEM);
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6); Jedis redis = server.client(12)) {
      long id = Faults.copyMigration(db, 500, 500, 100);
      db.execute("UPDATE batched_background_migrations SET \"interval\" = 1 WHERE id = " + id);
      String key = ExclusiveLease.executionWorkerKey("main", "events");
      redis.set(key, "someone-else", SetParams.setParams().px(60_000));
      CliRunner.Result r = CliRunner.against(db).run("finalize", "main_" + id, "--redis-url",
          "redis://127.0.0.1:" + server.tcpPort() + "/12");
      FaultLedger.faults(ITEM, 1);
      assertThat(r).exitedWith(BUSY);
      assertTrue(r.err().contains(key) && r.err().contains("nothing was changed"), r.err());
      assertEquals("someone-else", redis.get(key));
      assertEquals(1, db.count("SELECT status FROM batched_background_migrations WHERE id = " + id));
      assertEquals(0, db.count("SELECT count(*) FROM batched_background_migration_jobs"));
      redis.del(key);
    }
  }

  /** --dry-run says what the guard does, with and without Redis. */
  @Test
  void dryRunDescribesTheGuard() {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      long id = Faults.copyMigration(db, 500, 500, 100);
      CliRunner.Result r = CliRunner.against(db).unsetEnv("BBM_SIDEKIQ_GRACE").run("finalize", "main_" + id,
          "--dry-run");
      assertThat(r).exitedWith(OK);
      assertTrue(r.out().contains("no Redis configured") && r.out().contains("hand out no job for 6m"), r.out());
    }
  }
}
