package dev.bbm.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The health checks' SQL runs on a real server, with and without GitLab's autovacuum view. */
class HealthChecksTest {
  @Test
  void everyQueryRunsAndSeesWhatIsThere() throws Exception {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      db.execute("CREATE TABLE events (id bigint PRIMARY KEY) PARTITION BY RANGE (id)");
      db.execute("CREATE TABLE events_1 PARTITION OF events FOR VALUES FROM (1) TO (1000)");
      try (Connection c = db.connect(); Connection other = db.connect()) {
        assertEquals(0, HealthChecks.autovacuum(c, "events").size());
        assertEquals(0, HealthChecks.autovacuum(c, "public.events").size());
        // GitLab's view and its SECURITY DEFINER function (reference §1.6)
        try (Statement s = c.createStatement()) {
          s.execute("CREATE FUNCTION postgres_pg_stat_activity_autovacuum() RETURNS TABLE(query text,"
              + " query_start timestamp with time zone) LANGUAGE sql SECURITY DEFINER"
              + " SET search_path TO 'pg_catalog', 'pg_temp' AS $$ SELECT query, query_start FROM pg_stat_activity"
              + " WHERE datname = current_database() AND state = 'active' AND backend_type = 'autovacuum worker' $$");
          s.execute("CREATE VIEW postgres_autovacuum_activity AS WITH processes AS (SELECT query, query_start,"
              + " regexp_matches(query, '^autovacuum: VACUUM (\\w+)\\.(\\w+)') AS matches, CASE WHEN query ILIKE"
              + " '%wraparound)' THEN true ELSE false END AS wraparound_prevention FROM"
              + " postgres_pg_stat_activity_autovacuum() WHERE query ~* '^autovacuum: VACUUM \\w+\\.\\w+')"
              + " SELECT matches[1] || '.' || matches[2] AS table_identifier, matches[1] AS schema,"
              + " matches[2] AS \"table\", query_start AS vacuum_start, wraparound_prevention FROM processes");
        }
        assertEquals(0, HealthChecks.autovacuum(c, "events").size());
        assertTrue(HealthChecks.laggiestReplica(c).isEmpty());
        HealthChecks.walPendingSegments(c); // null without archiving; a number with it

        other.setAutoCommit(false);
        try (Statement s = other.createStatement()) {
          s.execute("SELECT 1");
        }
        Optional<HealthChecks.Transaction> t = HealthChecks.oldestTransaction(c, 4242);
        assertTrue(t.isPresent());
        assertEquals("idle in transaction", t.get().state());
        assertTrue(t.get().age().compareTo(Duration.ZERO) >= 0);
        // a session working on the migration (holding its worker lock) is not counted
        AdvisoryLock.joinWorkers(other, 4242);
        assertTrue(HealthChecks.oldestTransaction(c, 4242).isEmpty());
        assertEquals(1, AdvisoryLock.workers(c, 4242));
        other.rollback();
      }
    }
  }
}
