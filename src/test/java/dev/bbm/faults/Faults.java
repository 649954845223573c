package dev.bbm.faults;

import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** What the fault cases share: the copy job, bbm's backends, snapshots, and the final check. */
final class Faults {
  static final String COPY = "CopyColumnUsingBackgroundMigrationJob";
  static final String ARGS = "[[\"id\"],[\"id_convert_to_bigint\"]]";
  static final String[] ID = {"id"};
  static final String[] ID_TO = {"id_convert_to_bigint"};

  private Faults() {}

  /** A table {@code events} of {@code rows} rows to copy, and an active migration over all of it. */
  static long copyMigration(TestDatabase db, long rows, int batchSize, int subBatchSize) {
    GitlabFixture f = new GitlabFixture(db);
    f.copyTable("events", rows, ID, ID_TO);
    return f.migration(COPY, "events", "id", ARGS, 1, rows, batchSize, subBatchSize, 1);
  }

  /** bbm's sessions by their application_name: {@code bbm/<pid>@<host>}, or plain bbm (a user's choice). */
  static final String BBM_SESSION = "(application_name = 'bbm' OR application_name LIKE 'bbm/%')";

  /** The backend pids of bbm's sessions on this database ({@link #BBM_SESSION}). */
  static List<Integer> bbmBackends(TestDatabase db) {
    return pids(db, "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
        + " AND " + BBM_SESSION + " ORDER BY pid");
  }

  /**
   * Waits until one of bbm's backends runs a statement matching {@code queryLike} (ILIKE), and, with
   * {@code sleeping}, is inside pg_sleep (a slow trigger holds it there). Returns its pid, or null
   * when {@code process} ended or the time ran out first.
   */
  static Integer awaitBbmRunning(TestDatabase db, Process process, String queryLike, boolean sleeping,
      Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    String sql = "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND " + BBM_SESSION
        + " AND state = 'active' AND query ILIKE '" + queryLike.replace("'", "''") + "'"
        + (sleeping ? " AND wait_event = 'PgSleep'" : "") + " ORDER BY pid LIMIT 1";
    // one connection for every look: bbm's statements last a millisecond or two, and a new
    // connection per look would see few of them
    try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
      while (System.nanoTime() < deadline && (process == null || process.isAlive())) {
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            return rs.getInt(1);
          }
        }
        Thread.sleep(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
    return null;
  }

  /** Waits until no bbm session is left on the database (a killed client's backend notices it is gone). */
  static void awaitNoBbmBackends(TestDatabase db, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!bbmBackends(db).isEmpty()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("bbm backends still connected after " + timeout + ": " + bbmBackends(db));
      }
      Thread.sleep(20);
    }
  }

  static List<Integer> pids(TestDatabase db, String sql) {
    try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      List<Integer> out = new ArrayList<>();
      while (rs.next()) {
        out.add(rs.getInt(1));
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  /** Advisory locks held in this database by any session (PgBouncer's pooled server connections too). */
  static long advisoryLocks(TestDatabase db) {
    return db.count("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
        + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())");
  }

  /** A digest of a table's whole content, to tell whether anything in it changed. */
  static String digest(TestDatabase db, String table) {
    Object v = db.scalar("SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) || ':' || count(*)"
        + " FROM " + table + " t");
    return String.valueOf(v);
  }

  /** Digests of the data table and the bookkeeping tables. */
  static String snapshot(TestDatabase db, String... tables) {
    StringBuilder b = new StringBuilder();
    for (String t : tables) {
      b.append(t).append('=').append(digest(db, t)).append('\n');
    }
    return b.toString();
  }

  static final String[] BOOKKEEPING = {"batched_background_migrations", "batched_background_migration_jobs",
      "batched_background_migration_job_transition_logs"};

  /**
   * The check after a fault and its rerun, counted in the ledger: every row of {@code table}
   * copied, every key covered by exactly one succeeded job, the jobs' ranges from the migration's
   * min to its max without gap or overlap, no job running, the migration finished, and (with
   * {@code attemptsAreRuns}: no job was split or reset) every job's attempts equal to the runs its
   * transition logs record, a killed run counted as GitLab counts it. Returns what is wrong, or null.
   */
  static String verifyFinished(int item, TestDatabase db, long migrationId, String table, boolean attemptsAreRuns) {
    GitlabFixture f = new GitlabFixture(db);
    long rows = db.count("SELECT count(*) FROM " + table);
    long uncopied = f.uncopied(table, ID, ID_TO);
    long uncovered = db.count("SELECT count(*) FROM " + table + " e WHERE NOT EXISTS (SELECT 1 FROM"
        + " batched_background_migration_jobs j WHERE j.batched_background_migration_id = ? AND j.status = 3"
        + " AND e.id BETWEEN j.min_value AND j.max_value)", migrationId);
    long twice = db.count("SELECT count(*) FROM " + table + " e WHERE (SELECT count(*) FROM"
        + " batched_background_migration_jobs j WHERE j.batched_background_migration_id = ?"
        + " AND e.id BETWEEN j.min_value AND j.max_value) > 1", migrationId);
    FaultLedger.rowsChecked(item, rows);
    FaultLedger.lost(item, uncopied + uncovered + twice);
    List<String> problems = new ArrayList<>();
    if (uncopied > 0) {
      problems.add(uncopied + " row(s) not copied");
    }
    if (uncovered > 0) {
      problems.add(uncovered + " row(s) in no succeeded job's range");
    }
    if (twice > 0) {
      problems.add(twice + " row(s) in two jobs' ranges");
    }
    String invariant = f.invariantProblem(migrationId);
    if (invariant != null) {
      problems.add(invariant);
    }
    long ends = db.count("SELECT count(*) FROM batched_background_migrations m WHERE id = ? AND ("
        + " (SELECT min(min_value) FROM batched_background_migration_jobs WHERE batched_background_migration_id = m.id)"
        + " IS DISTINCT FROM m.min_value OR (SELECT max(max_value) FROM batched_background_migration_jobs"
        + " WHERE batched_background_migration_id = m.id) IS DISTINCT FROM m.max_value)", migrationId);
    if (ends > 0) {
      problems.add("the jobs do not reach from the migration's min_value to its max_value");
    }
    if (f.status(migrationId) != 3) {
      problems.add("migration status " + f.status(migrationId) + ", not finished (3)");
    }
    // GitLab's count: each run (a transition to running) is an attempt, but a run bbm stopped
    // between sub-batches on request is given back, as GitLab gives back a Sidekiq shutdown's
    long miscounted = !attemptsAreRuns ? 0 : db.count("SELECT count(*) FROM batched_background_migration_jobs j"
        + " WHERE j.batched_background_migration_id = ? AND j.attempts <> (SELECT count(*) FILTER (WHERE"
        + " l.next_status = 1) - count(*) FILTER (WHERE l.exception_class = 'bbm::Interrupted') FROM"
        + " batched_background_migration_job_transition_logs l WHERE l.batched_background_migration_job_id = j.id)",
        migrationId);
    if (miscounted > 0) {
      problems.add(miscounted + " job(s) whose attempts differ from the runs their transition logs record");
    }
    return problems.isEmpty() ? null : String.join("; ", problems);
  }
}
