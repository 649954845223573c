package dev.bbm.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.LocalCluster;
import dev.bbm.testing.TestDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the health checks read on a real server, each made to see something and then nothing (or
 * more, or less), so that a check that returned a constant would fail here: open transactions on
 * the run's server; autovacuum through GitLab's view and through a real worker; WAL waiting to be
 * archived on a server of the test's own that archives; a replica's replay lag on a hot standby.
 */
class HealthChecksTest {
  private static final long MIGRATION = 4242;

  @Test
  void oldestTransactionIsTheOldestOpenOneOnThisDatabaseThatIsNotBbms() throws Exception {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6);
        TestDatabase elsewhere = TestDatabase.createEmpty();
        Connection c = db.connect(); Connection idle = db.connect();
        Connection a = db.connect(); Connection b = db.connect(); Connection away = elsewhere.connect()) {
      query(idle, "SELECT 1");
      assertEquals(Optional.empty(), HealthChecks.oldestTransaction(c, MIGRATION), "nothing open, nothing reported");

      // not counted: the checking session's own transaction, and one on another database
      c.setAutoCommit(false);
      query(c, "SELECT txid_current()");
      begin(away);
      assertEquals(Optional.empty(), HealthChecks.oldestTransaction(c, MIGRATION));
      c.rollback();
      c.setAutoCommit(true);

      OffsetDateTime aStart = begin(a);
      Thread.sleep(200);
      begin(b);
      HealthChecks.Transaction first = HealthChecks.oldestTransaction(c, MIGRATION).orElseThrow();
      assertEquals(pid(a), first.pid(), "the older of the two");
      assertEquals("bbm-tests", first.applicationName());
      assertEquals(db.server().user(), first.user());
      assertEquals(scalar(c, "SELECT host(client_addr) FROM pg_stat_activity WHERE pid = " + pid(a)),
          first.clientAddress());
      assertEquals("idle in transaction", first.state());
      assertEquals(aStart.toInstant(), first.since().toInstant(), "since: the transaction's start");
      assertTrue(first.age().compareTo(Duration.ofMillis(200)) >= 0 && first.age().compareTo(Duration.ofMinutes(1)) < 0,
          first.age().toString());

      Thread.sleep(300);
      HealthChecks.Transaction later = HealthChecks.oldestTransaction(c, MIGRATION).orElseThrow();
      assertEquals(pid(a), later.pid());
      assertTrue(later.age().minus(first.age()).compareTo(Duration.ofMillis(250)) >= 0,
          "the age grows with the clock: " + first.age() + ", then " + later.age());

      a.commit();
      HealthChecks.Transaction second = HealthChecks.oldestTransaction(c, MIGRATION).orElseThrow();
      assertEquals(pid(b), second.pid(), "once the older one ends, the next");
      assertTrue(second.since().isAfter(first.since()), second.since() + " vs " + first.since());

      // the state is read, not assumed: a statement running inside the transaction is active
      int pid = pid(b);
      CompletableFuture<Void> sleeping = CompletableFuture.runAsync(() -> {
        try {
          query(b, "SELECT pg_sleep(1.5)");
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      });
      assertEquals("active", await(() -> HealthChecks.oldestTransaction(c, MIGRATION)
          .map(HealthChecks.Transaction::state).filter("active"::equals), 10).orElseThrow());
      sleeping.get(30, TimeUnit.SECONDS);
      try {
        query(b, "SELECT 1/0");
        fail("division by zero");
      } catch (SQLException expected) {
        // the transaction is now aborted, and still open
      }
      // an aborted transaction holds no snapshot back (PostgreSQL clears its xact_start): not reported
      assertEquals("idle in transaction (aborted)", scalar(c, "SELECT state FROM pg_stat_activity WHERE pid = " + pid));
      assertEquals(Optional.empty(), HealthChecks.oldestTransaction(c, MIGRATION));
      b.rollback();
      assertEquals(Optional.empty(), HealthChecks.oldestTransaction(c, MIGRATION), "all ended");

      // a session working on the migration (holding its shared worker lock) is bbm's own: left out
      begin(b);
      AdvisoryLock.joinWorkers(b, MIGRATION);
      assertEquals(1, AdvisoryLock.workers(c, MIGRATION));
      assertEquals(Optional.empty(), HealthChecks.oldestTransaction(c, MIGRATION));
      assertEquals(pid(b), HealthChecks.oldestTransaction(c, MIGRATION + 1).orElseThrow().pid(),
          "another migration's check still sees it");
      b.rollback();
      AdvisoryLock.leaveWorkers(b, MIGRATION);
      a.rollback();
      away.rollback();
    }
  }

  @Test
  void gitlabsAutovacuumViewIsReadForTheTableAndItsPartitionsOnly() throws Exception {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6); Connection c = db.connect()) {
      db.execute("CREATE TABLE events (id bigint PRIMARY KEY) PARTITION BY RANGE (id)");
      db.execute("CREATE TABLE events_1 PARTITION OF events FOR VALUES FROM (1) TO (1000)");
      db.execute("CREATE TABLE events_2 PARTITION OF events FOR VALUES FROM (1000) TO (2000)");
      db.execute("CREATE TABLE notes (id bigint PRIMARY KEY)");
      db.execute("CREATE SCHEMA other");
      db.execute("CREATE TABLE other.events (id bigint PRIMARY KEY)");
      assertEquals(List.of(), HealthChecks.autovacuum(c, "events"), "no view, no worker: nothing");

      // GitLab's own definition (reference §1.6), over a SECURITY DEFINER function: no worker runs here
      createGitlabView(c);
      assertEquals(List.of(), HealthChecks.autovacuum(c, "events"), "GitLab's view, no worker: nothing");

      // the same view, made to list workers: only rows of the table and its partitions count
      db.execute("CREATE OR REPLACE VIEW postgres_autovacuum_activity AS SELECT * FROM (VALUES"
          + " ('public.events_2', 'public', 'events_2', timestamptz '2024-05-01 10:00:05+00', true),"
          + " ('public.notes', 'public', 'notes', timestamptz '2024-05-01 09:00:00+00', false),"
          + " ('other.events', 'other', 'events', timestamptz '2024-05-01 09:00:00+00', false),"
          + " ('public.events_1', 'public', 'events_1', timestamptz '2024-05-01 10:00:00+00', false))"
          + " AS v(table_identifier, schema, \"table\", vacuum_start, wraparound_prevention)");
      List<HealthChecks.Autovacuum> seen = HealthChecks.autovacuum(c, "events");
      assertEquals(List.of(
          new HealthChecks.Autovacuum("public.events_1", OffsetDateTime.parse("2024-05-01T10:00:00Z"), false),
          new HealthChecks.Autovacuum("public.events_2", OffsetDateTime.parse("2024-05-01T10:00:05Z"), true)),
          seen.stream().map(HealthChecksTest::utc).toList(), "oldest first, wraparound as the view says");
      assertEquals(seen, HealthChecks.autovacuum(c, "public.events"));
      assertEquals(List.of("other.events"), HealthChecks.autovacuum(c, "other.events").stream()
          .map(HealthChecks.Autovacuum::table).toList());
      assertEquals(List.of("public.notes"), HealthChecks.autovacuum(c, "notes").stream()
          .map(HealthChecks.Autovacuum::table).toList());
      assertEquals(List.of(), HealthChecks.autovacuum(c, "events_1_no_such_table"));
    }
  }

  /**
   * A real autovacuum worker, slowed down so that it is still at work when looked at, on one
   * partition of a partitioned table: seen from pg_stat_progress_vacuum, then through GitLab's view.
   */
  @Test
  void aRealAutovacuumWorkerOnAPartitionIsSeen() throws Exception {
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("autovacuum_naptime", "1")
        .setServerConfig("fsync", "off").start(); Connection c = pg.getPostgresDatabase().getConnection()) {
      execute(c, "CREATE TABLE events (id bigint PRIMARY KEY, v int) PARTITION BY RANGE (id)");
      execute(c, "CREATE TABLE events_1 PARTITION OF events FOR VALUES FROM (1) TO (1000000)");
      execute(c, "CREATE TABLE events_2 PARTITION OF events FOR VALUES FROM (1000000) TO (2000000)");
      // events_2 is never vacuumed; events_1 is, as soon as it has a dead row, at one page per 100 ms
      execute(c, "ALTER TABLE events_2 SET (autovacuum_enabled = false)");
      execute(c, "ALTER TABLE events_1 SET (autovacuum_enabled = false)");
      execute(c, "INSERT INTO events SELECT g, 0 FROM generate_series(1, 100000) g");
      execute(c, "INSERT INTO events SELECT g, 0 FROM generate_series(1000000, 1001000) g");
      assertEquals(List.of(), HealthChecks.autovacuum(c, "events"), "autovacuum is off on both partitions");
      execute(c, "DELETE FROM events WHERE id % 2 = 0");
      execute(c, "ALTER TABLE events_1 SET (autovacuum_enabled = true, autovacuum_vacuum_threshold = 0,"
          + " autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_insert_threshold = 0,"
          + " autovacuum_analyze_threshold = 2000000000, autovacuum_vacuum_cost_delay = 100,"
          + " autovacuum_vacuum_cost_limit = 1)");

      List<HealthChecks.Autovacuum> seen = await(() -> Optional.of(HealthChecks.autovacuum(c, "events"))
          .filter(l -> !l.isEmpty()), 60).orElseThrow();
      assertEquals(1, seen.size(), seen.toString());
      HealthChecks.Autovacuum worker = seen.get(0);
      assertEquals("public.events_1", worker.table());
      assertNotNull(worker.since());
      assertFalse(worker.since().isAfter(OffsetDateTime.now().plusSeconds(5)), worker.since().toString());
      assertFalse(worker.wraparound());
      assertEquals(seen, HealthChecks.autovacuum(c, "events_1"));
      assertEquals(List.of(), HealthChecks.autovacuum(c, "events_2"), "not the partition being vacuumed");

      createGitlabView(c);
      List<HealthChecks.Autovacuum> viaView = HealthChecks.autovacuum(c, "events");
      assertEquals(List.of("public.events_1"), viaView.stream().map(HealthChecks.Autovacuum::table).toList());
      assertEquals(worker.since().toInstant(), viaView.get(0).since().toInstant());
    }
  }

  /**
   * GitLab's WriteAheadLog indicator on a server that archives through a command the test can make
   * fail: unknown before anything was archived, then the segments written since the last archived one.
   */
  @Test
  void walPendingCountsTheSegmentsNotYetArchived(@TempDir Path tmp) throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("archive"));
    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
    Path block = dir.resolve("block");
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("archive_mode", "on")
        .setServerConfig("fsync", "off").start(); Connection c = pg.getPostgresDatabase().getConnection()) {
      // set here, not on the server's command line, which cannot carry a value with spaces
      execute(c, "ALTER SYSTEM SET archive_command = 'test ! -f ''" + block + "'''");
      query(c, "SELECT pg_reload_conf()");
      execute(c, "CREATE TABLE w (id serial PRIMARY KEY)");
      assertNull(scalar(c, "SELECT last_archived_wal FROM pg_stat_archiver"));
      assertNull(HealthChecks.walPendingSegments(c), "nothing archived yet: cannot be calculated");

      switchSegment(c);
      // all complete segments archived: the one being written is the only one pending
      assertEquals(1L, await(() -> Optional.ofNullable(HealthChecks.walPendingSegments(c)).filter(n -> n == 1), 30)
          .orElseThrow());

      Files.createFile(block);
      for (int i = 0; i < 3; i++) {
        switchSegment(c);
      }
      assertEquals(4L, HealthChecks.walPendingSegments(c), "three more segments, none of them archived");

      Files.delete(block);
      switchSegment(c);
      assertEquals(1L, await(() -> Optional.ofNullable(HealthChecks.walPendingSegments(c)).filter(n -> n == 1), 60)
          .orElseThrow(), "the archiver caught up");
    }
  }

  @Test
  void noReplicaNoLagAndWalUnknownWhereNothingIsArchived() throws Exception {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6); Connection c = db.connect()) {
      assertEquals(0L, db.count("SELECT count(*) FROM pg_stat_replication"), "the run's server has no replica");
      assertEquals(Optional.empty(), HealthChecks.laggiestReplica(c));
      if (scalar(c, "SELECT last_archived_wal FROM pg_stat_archiver") == null) {
        assertNull(HealthChecks.walPendingSegments(c));
      } else {
        assertTrue(HealthChecks.walPendingSegments(c) >= 1); // BBM_TEST_DATABASE_URL named a server that archives
      }
    }
  }

  /**
   * A hot standby whose replay is paused falls behind while the primary writes: the replica is
   * named, its lag grows, and shrinks back once replay resumes.
   */
  @Test
  void aStandbyThatStopsReplayingLags() throws Exception {
    Assumptions.assumeTrue(LocalCluster.available(), "needs PostgreSQL's server binaries in " + LocalCluster.BIN
        + " (.ci/run installs postgresql-15)");
    try (LocalCluster primary = LocalCluster.primary(); Connection p = primary.server().connect("postgres")) {
      assertEquals(Optional.empty(), HealthChecks.laggiestReplica(p), "no standby yet");
      execute(p, "CREATE TABLE w (id serial PRIMARY KEY)");
      try (LocalCluster standby = LocalCluster.standbyOf(primary); Connection s = standby.server().connect("postgres")) {
        await(() -> Optional.ofNullable(scalar(p, "SELECT state FROM pg_stat_replication")).filter("streaming"::equals),
            30).orElseThrow();
        // the primary measures a lag once the standby has replayed past one of its samples
        long ready = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (scalar(p, "SELECT replay_lag FROM pg_stat_replication") == null) {
          assertTrue(System.nanoTime() < ready, "the standby never reported a replay");
          execute(p, "INSERT INTO w DEFAULT VALUES");
          Thread.sleep(100);
        }
        query(s, "SELECT pg_wal_replay_pause()");

        Duration lag = Duration.ZERO;
        HealthChecks.Replica behind = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (lag.compareTo(Duration.ofSeconds(1)) < 0) {
          assertTrue(System.nanoTime() < deadline, "the paused standby never showed a lag of a second: " + behind);
          execute(p, "INSERT INTO w DEFAULT VALUES");
          Thread.sleep(100);
          behind = HealthChecks.laggiestReplica(p).orElse(null);
          lag = behind == null ? Duration.ZERO : behind.replayLag();
        }
        assertEquals(scalar(p, "SELECT application_name FROM pg_stat_replication"), behind.name());
        assertEquals(scalar(p, "SELECT host(client_addr) FROM pg_stat_replication"), behind.clientAddress());
        for (int i = 0; i < 10; i++) {
          execute(p, "INSERT INTO w DEFAULT VALUES");
          Thread.sleep(100);
        }
        Duration more = HealthChecks.laggiestReplica(p).orElseThrow().replayLag();
        assertTrue(more.compareTo(lag.plusMillis(500)) >= 0, "the lag grows while replay is paused: " + lag
            + ", then " + more);

        query(s, "SELECT pg_wal_replay_resume()");
        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
          execute(p, "INSERT INTO w DEFAULT VALUES");
          Optional<HealthChecks.Replica> now = HealthChecks.laggiestReplica(p);
          if (now.isEmpty() || now.get().replayLag().compareTo(Duration.ofMillis(500)) < 0) {
            break;
          }
          assertTrue(System.nanoTime() < deadline, "the lag never shrank after replay resumed: " + now);
          Thread.sleep(100);
        }
      }
    }
  }

  /** GitLab's postgres_autovacuum_activity view and its SECURITY DEFINER function (reference §1.6). */
  private static void createGitlabView(Connection c) throws SQLException {
    execute(c, "CREATE FUNCTION postgres_pg_stat_activity_autovacuum() RETURNS TABLE(query text,"
        + " query_start timestamp with time zone) LANGUAGE sql SECURITY DEFINER"
        + " SET search_path TO 'pg_catalog', 'pg_temp' AS $$ SELECT query, query_start FROM pg_stat_activity"
        + " WHERE datname = current_database() AND state = 'active' AND backend_type = 'autovacuum worker' $$");
    execute(c, "CREATE VIEW postgres_autovacuum_activity AS WITH processes AS (SELECT query, query_start,"
        + " regexp_matches(query, '^autovacuum: VACUUM (\\w+)\\.(\\w+)') AS matches, CASE WHEN query ILIKE"
        + " '%wraparound)' THEN true ELSE false END AS wraparound_prevention FROM"
        + " postgres_pg_stat_activity_autovacuum() WHERE query ~* '^autovacuum: VACUUM \\w+\\.\\w+')"
        + " SELECT matches[1] || '.' || matches[2] AS table_identifier, matches[1] AS schema,"
        + " matches[2] AS \"table\", query_start AS vacuum_start, wraparound_prevention FROM processes");
  }

  private static HealthChecks.Autovacuum utc(HealthChecks.Autovacuum a) {
    return new HealthChecks.Autovacuum(a.table(), a.since().withOffsetSameInstant(ZoneOffset.UTC),
        a.wraparound());
  }

  /** Some WAL in the current segment, a switch to the next, and some WAL in that one. */
  private static void switchSegment(Connection c) throws SQLException {
    execute(c, "INSERT INTO w DEFAULT VALUES");
    query(c, "SELECT pg_switch_wal()");
    execute(c, "INSERT INTO w DEFAULT VALUES");
  }

  /** Opens a transaction that has an id, and returns when it started. */
  private static OffsetDateTime begin(Connection c) throws SQLException {
    c.setAutoCommit(false);
    query(c, "SELECT txid_current()");
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT xact_start FROM pg_stat_activity"
        + " WHERE pid = pg_backend_pid()")) {
      rs.next();
      return rs.getObject(1, OffsetDateTime.class);
    }
  }

  private static int pid(Connection c) throws SQLException {
    return ((Number) scalar(c, "SELECT pg_backend_pid()")).intValue();
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static void query(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
    }
  }

  private static Object scalar(Connection c, String sql) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getObject(1) : null;
    }
  }

  private interface Reading<T> {
    Optional<T> get() throws SQLException;
  }

  /** Polls {@code reading} until it gives a value, for up to {@code seconds}. */
  private static <T> Optional<T> await(Reading<T> reading, int seconds) throws SQLException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (true) {
      Optional<T> v = reading.get();
      if (v.isPresent() || System.nanoTime() > deadline) {
        return v;
      }
      Thread.sleep(50);
    }
  }
}
