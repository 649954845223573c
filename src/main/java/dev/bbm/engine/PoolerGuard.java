package dev.bbm.engine;

import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import dev.bbm.store.Database;
import java.sql.SQLException;
import java.util.function.Consumer;

/**
 * Keeps bbm from writing through PgBouncer in transaction pooling mode, where its session advisory
 * locks, settings and prepared statements would land on whichever server connection the pooler hands
 * out: locks left behind on pooled connections, a migration left finalizing under a backend nothing
 * can take over. Asked once per run, before anything is written: commands that write are refused
 * (exit 7, nothing changed); commands that only read go on with one warning.
 */
final class PoolerGuard {
  /** GitLab's own instruction for its database migrations. */
  static final String GITLAB_DOC =
      "https://docs.gitlab.com/administration/postgresql/pgbouncer/#procedure-for-bypassing-pgbouncer";

  private final Database db;
  private final Consumer<String> warnings;
  private Boolean pooled;
  private Boolean direct;
  private boolean warned;

  PoolerGuard(Database db, Consumer<String> warnings) {
    this.db = db;
    this.warnings = warnings;
  }

  /** Before a command that writes: refuses a transaction-pooled connection, changing nothing. */
  void beforeWrite() throws SQLException {
    if (pooled()) {
      throw new BbmException(ExitCode.CANNOT_CONNECT, "database " + db.label() + " is reached through PgBouncer"
          + " (or another pooler) in transaction pooling mode, where bbm's advisory locks and session settings do"
          + " not last from one transaction to the next, so bbm writes nothing through it; nothing was changed,"
          + " connect bbm to PostgreSQL directly, not through PgBouncer, as GitLab requires for its database"
          + " migrations (" + GITLAB_DOC + ")");
    }
  }

  /** Before a command that only reads: one warning when the connection is transaction-pooled. */
  void beforeRead() throws SQLException {
    if (pooled == null && direct == null) {
      direct = db.dialedServerDirectly();
    }
    if (pooled == null && direct) {
      // plainly direct: no second connection for the probe; unnamed statements in case that was wrong,
      // and a later write still asks the probe
      db.avoidNamedPreparedStatements();
      return;
    }
    if (pooled() && !warned) {
      warned = true;
      warnings.accept("database " + db.label() + " is reached through PgBouncer (or another pooler) in transaction"
          + " pooling mode; reading works, but finalize and the other commands that write refuse it: connect bbm to"
          + " PostgreSQL directly for them");
    }
  }

  private boolean pooled() throws SQLException {
    if (pooled == null) {
      pooled = db.transactionPooled();
      if (pooled) {
        db.avoidNamedPreparedStatements();
      }
    }
    return pooled;
  }
}
