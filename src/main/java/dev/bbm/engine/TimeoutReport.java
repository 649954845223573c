package dev.bbm.engine;

import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.BbmException;
import dev.bbm.domain.Durations;
import dev.bbm.domain.ExitCode;
import dev.bbm.store.Database;
import dev.bbm.store.Sessions;
import dev.bbm.store.SqlState;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * The sentence for a lock or statement timeout outside a job: while choosing the next job's range
 * (the batching query reads the table) or writing bookkeeping. Exit 3, naming who holds a lock.
 */
final class TimeoutReport {
  private final Database db;

  TimeoutReport(Database db) {
    this.db = db;
  }

  /** {@code now} is the status the migration was given back, or null when it was left alone. */
  BbmException outsideJobs(BatchedMigration m, FinalizeOptions o, SQLException e, String now) {
    boolean lock = SqlState.LOCK_NOT_AVAILABLE.is(e);
    String holders = lock ? holders(m) : null;
    String what = !lock ? "a statement outside the jobs' sub-batches ran longer than --statement-timeout "
        + millis(o.statementTimeout())
        : holders == null ? "a lock kept bbm waiting longer than --lock-timeout " + millis(o.lockTimeout())
        : "table " + m.tableName() + " is locked (by " + holders + ") and bbm waited longer than --lock-timeout "
            + millis(o.lockTimeout());
    return new BbmException(ExitCode.UNFINISHED, what + " while choosing the next job of " + m.displayId()
        + " or recording its progress; nothing is lost" + (now == null ? "" : ", the migration is " + now + " again")
        + (lock ? ", run the same command again once the lock is gone"
            : ", run the same command again (with a longer --statement-timeout if it happens again)"), e);
  }

  /** Up to three holders of locks on the table; null when there are none or they cannot be read. */
  private String holders(BatchedMigration m) {
    try {
      Connection s = db.openSession();
      List<Sessions.TableLock> locks = s == null ? List.of() : Sessions.lockHolders(s, m.tableName());
      return locks.isEmpty() ? null : String.join(", ", locks.stream().limit(3).map(l -> "pid " + l.pid()
          + " " + l.mode() + (l.applicationName().isEmpty() ? "" : " application " + l.applicationName())
          + (l.state().isEmpty() ? "" : ", " + l.state())).toList());
    } catch (SQLException | RuntimeException ignored) {
      return null; // who holds it is a courtesy; the sentence stands without it
    }
  }

  private static String millis(Duration d) {
    return d.toMillis() % 1000 == 0 ? Durations.format(d) : d.toMillis() + "ms";
  }
}
