package dev.bbm.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** bbm status says how long is left and, for a migration that does not move, why. */
class StatusExplainTest {
  private static final String COPY = "CopyColumnUsingBackgroundMigrationJob";
  private static final String ARGS = "[[\"id\"],[\"id_convert_to_bigint\"]]";

  @Test
  void etaAndReasons() throws Exception {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      long moving = f.migration(COPY, "events", "id", ARGS, 1, 3_000, 500, 100, 1);
      f.job(moving, 1, 500, 3, 1, "20 minutes");
      f.job(moving, 501, 1_000, 3, 1, "10 minutes");
      long waiting = f.migration(COPY, "events", "id", "[[\"id\"],[\"other\"]]", 1, 100, 100, 10, 1);
      long paused = f.migration(COPY, "notes", "id", ARGS, 1, 100, 100, 10, 0);
      long fresh = f.migration(COPY, "issues", "id", ARGS, 1, 100, 100, 10, 1);
      long idle = f.migration(COPY, "todos", "id", ARGS, 1, 1_000, 100, 10, 1);
      f.job(idle, 1, 100, 3, 1, "3 days");
      long orphaned = f.migration(COPY, "users", "id", ARGS, 1, 1_000, 100, 10, 1);
      long job = f.job(orphaned, 1, 100, 1, 1, "1 minute");
      db.execute("UPDATE batched_background_migration_jobs SET metrics = '{\"bbm_runner\": {\"pid\": 2147483000,"
          + " \"backend_start\": \"2026-01-01T00:00:00Z\"}}' WHERE id = " + job);
      long held = f.migration(COPY, "projects", "id", ARGS, 1, 1_000, 100, 10, 1);
      db.execute("UPDATE batched_background_migrations SET on_hold_until = now() + interval '7 minutes' WHERE id = " + held);

      JsonNode ms = new ObjectMapper().readTree(CliRunner.against(db).run("status", "--json").out())
          .get("databases").get(0).get("migrations");
      Map<String, JsonNode> byId = new HashMap<>();
      ms.forEach(m -> byId.put(m.get("id").asText(), m));

      JsonNode m = byId.get("main_" + moving);
      assertEquals(1200, m.get("eta_seconds").asLong(), 2, m.toString());
      assertTrue(m.get("eta_basis").asText().contains("over the last 2 job(s)"), m.toString());
      assertTrue(byId.get("main_" + waiting).get("note").asText().startsWith("waits for main_" + moving));
      assertTrue(byId.get("main_" + paused).get("note").asText().startsWith("paused"));
      assertTrue(byId.get("main_" + fresh).get("note").asText().startsWith("no jobs created yet"));
      assertTrue(byId.get("main_" + idle).get("note").asText().startsWith("no new job for 3d"),
          byId.get("main_" + idle).toString());
      assertTrue(byId.get("main_" + orphaned).get("note").asText().contains("a bbm that is gone"));
      assertTrue(byId.get("main_" + held).get("note").asText().startsWith("on hold until"));

      CliRunner.Result detail = CliRunner.against(db).run("status", "main_" + moving);
      assertTrue(detail.out().contains("eta:") && detail.out().contains("20m"), detail.out());
    }
  }

  @Test
  void noEtaForAMigrationThatDoesNotMove() throws Exception {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      long stalled = f.migration(COPY, "events", "id", ARGS, 1, 3_000, 500, 100, 1);
      f.job(stalled, 1, 500, 3, 1, "2 hours 10 minutes");
      f.job(stalled, 501, 1_000, 3, 1, "2 hours");
      long moving = f.migration(COPY, "notes", "id", ARGS, 1, 3_000, 500, 100, 1);
      f.job(moving, 1, 500, 3, 1, "12 minutes");
      f.job(moving, 501, 1_000, 3, 1, "2 minutes");
      long held = f.migration(COPY, "issues", "id", ARGS, 1, 3_000, 500, 100, 1);
      f.job(held, 1, 500, 3, 1, "12 minutes");
      f.job(held, 501, 1_000, 3, 1, "2 minutes");
      db.execute("UPDATE batched_background_migrations SET on_hold_until = now() + interval '5 minutes' WHERE id = "
          + held);

      CliRunner cli = CliRunner.against(db);
      JsonNode ms = new ObjectMapper().readTree(cli.run("status", "--json").out()).get("databases").get(0)
          .get("migrations");
      Map<String, JsonNode> byId = new HashMap<>();
      ms.forEach(m -> byId.put(m.get("id").asText(), m));
      JsonNode s = byId.get("main_" + stalled);
      assertTrue(s.get("eta_seconds").isNull(), s.toString());
      assertTrue(s.get("eta_basis").asText().startsWith("no job finished in the last 15m"), s.toString());
      JsonNode m = byId.get("main_" + moving);
      assertEquals(1200, m.get("eta_seconds").asLong(), 2, m.toString());
      JsonNode h = byId.get("main_" + held);
      assertTrue(h.get("eta_seconds").isNull() && h.get("eta_basis").asText().startsWith("on hold until"),
          h.toString());

      String text = cli.run("status").out();
      String stalledRow = text.lines().filter(l -> l.startsWith("main_" + stalled + " ")).findFirst().orElseThrow();
      String movingRow = text.lines().filter(l -> l.startsWith("main_" + moving + " ")).findFirst().orElseThrow();
      assertTrue(stalledRow.matches(".*  -(  .*)?"), stalledRow);
      assertTrue(movingRow.matches(".*  20m(  .*)?"), movingRow);
      String detail = cli.run("status", "main_" + stalled).out();
      assertTrue(detail.contains("eta:           - (no job finished in the last 15m"), detail);
    }
  }
}
