package dev.bbm.cli;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bbm.testing.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bbm jobs list: every class bbm runs and how, with no database (a closed port would be exit 7). */
class JobsListTest {
  @TempDir
  Path tmp;

  private CliRunner offline() {
    return new CliRunner().env("BBM_DATABASE_URL", "postgresql://127.0.0.1:1/nothing").env("HOME", tmp.toString());
  }

  @Test
  void listsNativeClassesGenericParentsAndDefinitionsAsJson() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("jobs"));
    Files.writeString(dir.resolve("SetColor.yml"), "job_class_name: SetColor\nset: color = 'red'\n");

    CliRunner.Result r = offline().run("jobs", "list", "--json", "--jobs-dir", dir.toString());

    assertThat(r).exitedWith(OK);
    JsonNode root = new ObjectMapper().readTree(r.out());
    Map<String, JsonNode> byName = new HashMap<>();
    root.get("classes").forEach(c -> byName.put(c.get("name").asText(), c));
    assertEquals(root.get("count").asInt(), byName.size());
    assertEquals("native", byName.get("CopyColumnUsingBackgroundMigrationJob").get("how").asText());
    assertEquals("native", byName.get("BackfillDesiredShardingKeyJob").get("how").asText());
    assertEquals("native", byName.get("BackfillDesiredShardingKeyPartitionJob").get("how").asText());
    JsonNode thin = byName.get("BackfillApprovalMergeRequestRulesProjectId");
    assertEquals("generic parent", thin.get("how").asText());
    assertEquals("BackfillDesiredShardingKeyJob", thin.get("runs_as").asText());
    assertEquals("lib/gitlab/background_migration/backfill_approval_merge_request_rules_project_id.rb",
        thin.get("source").asText());
    assertEquals("shipped definition", byName.get("BackfillRouteNamespaceId").get("how").asText());
    assertEquals("user definition", byName.get("SetColor").get("how").asText());
    assertTrue(byName.get("SetColor").get("source").asText().endsWith("SetColor.yml"));
    long generic = byName.values().stream().filter(c -> c.get("how").asText().equals("generic parent")).count();
    assertTrue(generic >= 100, "the shipped index maps " + generic + " thin subclasses");
  }

  @Test
  void textListsOneClassALine() {
    CliRunner.Result r = offline().run("jobs", "list");

    assertThat(r).exitedWith(OK);
    assertTrue(r.out().lines().anyMatch(l -> l.startsWith("BackfillApprovalMergeRequestRulesProjectId ")
        && l.contains("  generic parent  ") && l.contains("BackfillDesiredShardingKeyJob")), r.out());
    assertTrue(r.out().strip().endsWith("job classes"), r.out());
  }
}
