package dev.bbm.sidekiq;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/** bbm remaining and bbm steal against a real PostgreSQL and a real redis-server shaped like Sidekiq's. */
class StealFromSidekiqTest {
  private static final int DB = 11;
  private static final String COPY = SidekiqFixture.COPY;

  private static String args(int from, int to, String table) {
    return "[" + from + "," + to + ",\"" + table + "\",\"id\",\"id\",\"id_convert_to_bigint\",50]";
  }

  @Test
  void remainingCountsBothSourcesAndStealRunsQueuedJobs() {
    RedisTestServer redis = RedisTestServer.get();
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6); Jedis jedis = redis.client(DB)) {
      jedis.flushDB();
      new GitlabFixture(db).copyTable("events", 400, new String[] {"id"}, new String[] {"id_convert_to_bigint"});
      db.execute("INSERT INTO background_migration_jobs (created_at, updated_at, status, class_name, arguments)"
          + " VALUES (now(), now(), 0, '" + COPY + "', '" + args(1, 100, "events") + "')");
      SidekiqFixture sidekiq = new SidekiqFixture(jedis, "");
      sidekiq.enqueue("background_migration", SidekiqFixture.migrationJob("a1", COPY, args(1, 100, "events")));
      sidekiq.enqueue("background_migration", SidekiqFixture.migrationJob("a2", COPY, args(101, 150, "gone_table")));
      sidekiq.enqueue("background_migration", SidekiqFixture.migrationJob("a3", "BackfillOther", "[1,2]"));
      sidekiq.enqueue("default", SidekiqFixture.job("NotAMigrationWorker", "default", "x1", "[1]", ""));
      jedis.zadd("schedule", 1_700_000_500.0, SidekiqFixture.scheduledJob("s1", COPY, args(151, 300, "events")));
      jedis.zadd("retry", 1_700_000_600.0, SidekiqFixture.job(SidekiqFixture.WORKER, "background_migration", "r1",
          "[\"" + COPY + "\"," + args(301, 400, "events") + "]", ",\"retry_count\":1"));
      String url = "redis://127.0.0.1:" + redis.tcpPort() + "/" + DB;
      CliRunner cli = CliRunner.against(db);

      CliRunner.Result without = cli.run("remaining");
      assertThat(without).exitedWith(UNFINISHED);
      assertTrue(without.out().contains("Sidekiq: not inspected"), without.out());
      CliRunner.Result remaining = cli.run("remaining", "--redis-url", url);
      assertThat(remaining).exitedWith(UNFINISHED);
      assertTrue(remaining.out().contains("4 BackgroundMigrationWorker job(s): 1 scheduled, 3 queued"), remaining.out());
      assertTrue(remaining.out().contains("remaining: 5"), remaining.out());

      CliRunner.Result steal = cli.run("steal", COPY, "--redis-url", url, "--pause-ms", "0");
      assertThat(steal).exitedWith(FAILED);
      assertTrue(steal.err().contains("gone_table does not exist") && steal.err().contains("put back"), steal.err());
      assertEquals(250, db.count("SELECT count(*) FROM events WHERE id_convert_to_bigint = id"),
          "queued 1..100 and scheduled 151..300 ran; 101..150 failed; 301..400 is in the retry set");
      assertEquals(0, db.count("SELECT count(*) FROM background_migration_jobs WHERE status = 0"),
          "the tracked row with the same arguments was marked succeeded");
      assertEquals(0, jedis.zcard("schedule"));
      assertEquals(1, jedis.zcard("retry"));
      assertEquals(2, jedis.llen("queue:background_migration"), "BackfillOther stays, the failed job is back");
      assertTrue(jedis.lrange("queue:background_migration", 0, -1).stream()
          .anyMatch(p -> p.contains("gone_table") && !p.contains("\"a2\"")), "put back with a new jid");

      CliRunner.Result dead = cli.run("steal", COPY, "--redis-url", url, "--retry-dead", "--pause-ms", "0");
      assertThat(dead).exitedWith(FAILED);
      assertEquals(350, db.count("SELECT count(*) FROM events WHERE id_convert_to_bigint = id"),
          "the retry set's 301..400 ran too; 101..150 still fails");
      assertEquals(0, jedis.zcard("retry"));
    }
  }
}
