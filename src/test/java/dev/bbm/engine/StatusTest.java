package dev.bbm.engine;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** bbm status: exit codes, GitLab's rake lines, JSON, one migration in detail. */
class StatusTest {
  private static final String COPY = "CopyColumnUsingBackgroundMigrationJob";

  @ParameterizedTest
  @EnumSource(GitlabLayout.class)
  void exitCodesFollowWhatIsUnfinished(GitlabLayout layout) throws Exception {
    try (TestDatabase db = TestDatabase.create(layout)) {
      GitlabFixture f = new GitlabFixture(db);
      CliRunner cli = CliRunner.against(db);
      CliRunner.Result empty = cli.run("status");
      assertThat(empty).exitedWith(OK);
      assertTrue(empty.out().contains("no unfinished batched background migrations"), empty.out());

      long done = f.migration(COPY, "events", "id", "[[\"id\"],[\"id_convert_to_bigint\"]]", 1, 10, 10, 10, 3);
      assertThat(cli.run("status")).exitedWith(OK);
      long active = f.migration(COPY, "ci_stages", "id", "[[\"id\"], [\"id_convert_to_bigint\"]]", 1, 1000, 100, 10, 1);
      f.job(active, 1, 250, 3, 1, "1 hour");
      CliRunner.Result unfinished = cli.run("status");
      assertThat(unfinished).exitedWith(UNFINISHED);
      assertTrue(unfinished.out().contains("main_" + active) && unfinished.out().contains("25.0%"), unfinished.out());
      assertTrue(!unfinished.out().contains("main_" + done + " "), "finished ones only with --all");
      assertTrue(cli.run("status", "--all").out().contains("main_" + done));

      long failed = f.migration(COPY, "deployments", "id", "[[\"deployable_id\"],[\"deployable_id_convert_to_bigint\"]]",
          1, 100, 100, 10, 4);
      long job = f.job(failed, 1, 100, 2, 3, "2 hours");
      f.failureLog(job, "ActiveRecord::StatementInvalid", "PG::UndefinedColumn: ERROR:  column \"deployable_id_convert_to_bigint\" does not exist");
      assertThat(cli.run("status")).exitedWith(FAILED);

      CliRunner.Result rake = cli.run("status", "--all", "--format", "rake");
      assertEquals("Database: main\n"
          + "finished   | " + COPY + ",events,id,[[\"id\"],[\"id_convert_to_bigint\"]]\n"
          + "active     | " + COPY + ",ci_stages,id,[[\"id\"],[\"id_convert_to_bigint\"]]\n"
          + "failed     | " + COPY + ",deployments,id,[[\"deployable_id\"],[\"deployable_id_convert_to_bigint\"]]\n",
          rake.out());

      JsonNode json = new ObjectMapper().readTree(cli.run("status", "--json").out());
      JsonNode ms = json.get("databases").get(0).get("migrations");
      assertEquals(2, ms.size());
      assertEquals("main_" + active, ms.get(0).get("id").asText());
      assertEquals(25.0, ms.get(0).get("progress").asDouble());
      assertEquals("id_convert_to_bigint", ms.get(0).get("job_arguments").get(1).get(0).asText());
      assertEquals(FAILED.code(), json.get("exit_code").asInt());

      CliRunner.Result detail = cli.run("status", "main_" + failed);
      assertThat(detail).exitedWith(FAILED);
      assertTrue(detail.out().contains("column \"deployable_id_convert_to_bigint\" does not exist"), detail.out());
      assertTrue(detail.out().contains("bbm finalize " + COPY + ",deployments,id,'[[\"deployable_id\"]\\,"
          + "[\"deployable_id_convert_to_bigint\"]]'"), detail.out());
      CliRunner.Result byKey = cli.run("status", COPY + ",ci_stages,id,[[\"id\"]\\, [\"id_convert_to_bigint\"]]");
      assertThat(byKey).exitedWith(UNFINISHED);
      assertTrue(byKey.out().lines().anyMatch(l -> l.matches("finished: +-")), "a missing time is -: " + byKey.out());
      assertFalse(byKey.out().contains("null") || detail.out().contains("null"), "never null: " + byKey.out());
      assertThat(cli.run("status", "main_999")).exitedWith(NOT_FOUND);
    }
  }
}
