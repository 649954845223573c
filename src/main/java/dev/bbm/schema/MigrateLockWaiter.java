package dev.bbm.schema;

import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.Pause;
import dev.bbm.store.AdvisoryLock;
import dev.bbm.store.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Takes the schema migration lock for db migrate (the one Rails' migrator takes): at once, or
 * after waiting and saying who holds it, or not at all with --no-wait or when told to stop.
 */
final class MigrateLockWaiter {
  private static final Duration LOCK_POLL = Duration.ofMillis(500);

  private final Database db;
  private final MigrateListener listener;
  private final BooleanSupplier stopRequested;

  MigrateLockWaiter(Database db, MigrateListener listener, BooleanSupplier stopRequested) {
    this.db = db;
    this.listener = listener;
    this.stopRequested = stopRequested;
  }

  /** Holds the lock on the database's session when it returns; the key is for {@link #release}. */
  long acquire(boolean noWait) throws SQLException {
    Connection session = db.session();
    long key = MigrateLock.key(session);
    boolean announced = false;
    while (!MigrateLock.tryLock(session, key)) {
      String who = MigrateLock.holder(session, key).map(AdvisoryLock.Holder::describe).orElse("another session");
      if (noWait) {
        throw new BbmException(ExitCode.BUSY, "another schema migration is running on database " + db.label()
            + " (" + who + " holds the migration lock); wait for it to finish, or run bbm db migrate without"
            + " --no-wait to wait for it");
      }
      if (!announced) {
        announced = true;
        listener.waitingForLock(who);
      }
      Pause.sleep(LOCK_POLL);
      if (stopRequested.getAsBoolean()) {
        throw new BbmException(ExitCode.UNFINISHED, "stopped while waiting for the migration lock held by " + who
            + "; nothing was applied");
      }
    }
    return key;
  }

  /** Gives the lock back; a session that is gone took its lock with it. */
  void release(long key) {
    try {
      MigrateLock.unlock(db.openSession(), key);
    } catch (SQLException ignored) {
      // the session is gone, and its lock with it
    }
  }

}
