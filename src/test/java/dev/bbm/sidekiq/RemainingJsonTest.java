package dev.bbm.sidekiq;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.JsonSchemas;
import dev.bbm.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/** remaining --json and steal's NDJSON with Sidekiq's Redis configured, validated against docs/schema. */
class RemainingJsonTest {
  private static final int DB = 9;
  private static final String COPY = SidekiqFixture.COPY;
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void sidekiqSourcesAreDocumented() throws Exception {
    RedisTestServer redis = RedisTestServer.get();
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6); Jedis jedis = redis.client(DB)) {
      jedis.flushDB();
      new GitlabFixture(db).copyTable("events", 200, new String[] {"id"}, new String[] {"id_convert_to_bigint"});
      SidekiqFixture sidekiq = new SidekiqFixture(jedis, "");
      sidekiq.enqueue("background_migration", SidekiqFixture.migrationJob("a1", COPY,
          "[1,100,\"events\",\"id\",\"id\",\"id_convert_to_bigint\",50]"));
      jedis.zadd("schedule", 1_700_000_500.0, SidekiqFixture.scheduledJob("s1", COPY,
          "[101,200,\"events\",\"id\",\"id\",\"id_convert_to_bigint\",50]"));
      String url = "redis://127.0.0.1:" + redis.tcpPort() + "/" + DB;
      CliRunner cli = CliRunner.against(db);

      CliRunner.Result remaining = cli.run("remaining", "--redis-url", url, "--json");
      assertThat(remaining).exitedWith(UNFINISHED);
      JsonNode doc = JSON.readTree(remaining.out());
      assertEquals(List.of(), JsonSchemas.problems("remaining.json", doc), remaining.out());
      assertEquals(2, doc.get("sidekiq").get("total").asInt());

      CliRunner.Result steal = cli.run("steal", COPY, "--redis-url", url, "--pause-ms", "0", "--format", "ndjson");
      assertThat(steal).exitedWith(OK);
      List<String> lines = steal.out().lines().toList();
      assertEquals(4, lines.size(), steal.out());
      assertEquals(List.of(), JsonSchemas.problems("events.json", "legacy_started", JSON.readTree(lines.get(0))));
      for (String line : lines.subList(1, 3)) {
        assertEquals(List.of(), JsonSchemas.problems("events.json", "legacy_job_finished", JSON.readTree(line)), line);
      }
      JsonNode last = JSON.readTree(lines.get(3));
      assertEquals("finished", last.get("event").asText());
      assertEquals(List.of(), JsonSchemas.problems("events.json", "result", last));
    }
  }
}
