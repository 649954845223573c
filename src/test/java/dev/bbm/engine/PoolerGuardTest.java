package dev.bbm.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.store.Database;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The pooler guard on a plain TCP connection to PostgreSQL: a read opens no second connection (the
 * server's own port answers), a write still runs the probe, which opens one.
 */
class PoolerGuardTest {
  @Test
  void aReadOverAPlainConnectionOpensNoSecondOneAndAWriteStillProbes() throws SQLException {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      AtomicInteger opened = new AtomicInteger();
      List<String> warnings = new ArrayList<>();
      try (Database database = new Database("main", () -> {
        opened.incrementAndGet();
        return db.connect();
      })) {
        assertTrue(database.dialedServerDirectly(), "the embedded server is reached on the port dialled");
        PoolerGuard guard = new PoolerGuard(database, warnings::add);
        guard.beforeRead();
        guard.beforeRead();
        assertEquals(1, opened.get(), "reads use the session only");
        guard.beforeWrite();
        assertEquals(2, opened.get(), "a write asks the probe, which opens a second connection");
        assertTrue(warnings.isEmpty(), warnings.toString());
      }
    }
  }
}
