package dev.bbm.jobs;

import static dev.bbm.domain.ExitCode.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.domain.BatchingKind;
import dev.bbm.domain.BbmException;
import dev.bbm.domain.Json;
import dev.bbm.domain.RowChange;
import dev.bbm.domain.SqlFragment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Reading definition files, the shipped ones included; database behaviour is in JobDefinitionsTest. */
class JobDefinitionTest {

  private static JobDefinition parse(String fileName, String content) {
    return JobDefinition.parse("/d/" + fileName, fileName, content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void yamlAndJsonReadTheSame() {
    JobDefinition y = parse("SetColor.yml", "job_class_name: SetColor\njob_arguments: [color]\n"
        + "set: \"color = :color\"\nscope: color IS NULL\nbatching: loose_index_scan\n");
    JobDefinition j = parse("SetColor.json", "{\"job_class_name\": \"SetColor\", \"job_arguments\": [\"color\"],"
        + " \"set\": \"color = :color\", \"scope\": \"color IS NULL\", \"batching\": \"loose_index_scan\"}");
    for (JobDefinition d : List.of(y, j)) {
      assertEquals("SetColor", d.name());
      assertEquals(List.of("color"), d.argumentNames());
      assertEquals("?", d.set().get(0).expression().jdbc());
      assertEquals("color IS NULL", d.scope().jdbc());
      assertEquals(BatchingKind.LOOSE_INDEX_SCAN, d.batching());
    }
    JobDefinition minimal = parse("Touch.yaml", "job_class_name: Touch\nset: updated_at = now()\n");
    assertEquals(List.of(), minimal.argumentNames());
    assertNull(minimal.scope());
    assertNull(minimal.batching());
  }

  @Test
  void yamlIsReadAsGitlabsConfigFilesAre() {
    JobDefinition d = parse("X.yml", "job_class_name: X\ndescription: 2024-05-01\nset: &s a = 1\nscope: *s\n");
    assertEquals("2024-05-01", d.description(), "a date stays the text it was written as");
    assertEquals("a = 1", d.scope().jdbc(), "an alias reads its anchor's value");
    BbmException twice = assertThrows(BbmException.class, () -> parse("X.yml", "job_class_name: X\nset: a = 1\n"
        + "set: b = 1\n"));
    assertEquals("job definition /d/X.yml is not valid YAML at line 3, column 1: while constructing a mapping, found"
        + " duplicate key set", twice.getMessage());
  }

  @Test
  void planBindsArgumentsByNameAndChecksTheirCount() throws Exception {
    DefinitionJob job = new DefinitionJob(parse("SetColor.yml", "job_class_name: SetColor\n"
        + "job_arguments: [color, project_id]\nset: \"color = :color, note = :color || '?'\"\n"
        + "scope: \"project_id = :project_id\"\n"));
    SubBatchWork plan = work(job, "labels", "[\"red\", 7]", Set.of("color", "note", "project_id"));
    assertEquals("\"color\" = (?), \"note\" = (? || '?')", set(plan).sql());
    assertEquals(List.of("red", "red"), set(plan).values());
    assertEquals(List.of(7L), plan.scope().values());
    assertEquals(List.of("color", "note"), plan.change().targetColumns());

    BbmException count = assertThrows(BbmException.class,
        () -> work(job, "labels", "[\"red\"]", Set.of("color", "note")));
    assertEquals("job definition /d/SetColor.yml takes 2 job arguments (color, project_id) but the migration"
        + " has 1: [\"red\"]", count.getMessage());
    BbmException column = assertThrows(BbmException.class,
        () -> work(job, "labels", "[\"red\", 7]", Set.of("color")));
    assertEquals("job definition /d/SetColor.yml sets column note, which table labels does not have",
        column.getMessage());
  }

  @Test
  void defaultStaysUnwrapped() throws Exception {
    DefinitionJob job = new DefinitionJob(parse("Reset.yml", "job_class_name: Reset\nset: a = DEFAULT, b = 1\n"));
    assertEquals("\"a\" = DEFAULT, \"b\" = (1)",
        set(work(job, "t", "[]", Set.of("a", "b"))).sql());
  }

  @Test
  void problemsNameTheFileInOneSentence() {
    String[][] cases = {
        {"X.yml", "job_class_name: X\n", "job definition /d/X.yml has no set"},
        {"X.yml", "job_class_name: Y\nset: a = 1\n", "job definition /d/X.yml has job_class_name Y but the file"
            + " is named X.yml"},
        {"X.yml", "job_class_name: X\nset: a = 1\nsett: b\n", "job definition /d/X.yml has an unknown key sett"},
        {"X.yml", "job_class_name: X\nset: a = :b\n", "job definition /d/X.yml uses :b in set, but job_arguments"
            + " is empty"},
        {"X.yml", "job_class_name: X\nset: a = 1\nbatching: fancy\n", "job definition /d/X.yml has batching fancy"},
        {"X.yml", "job_class_name: X\nset: [a\n", "job definition /d/X.yml is not valid YAML at line"},
        {"X.json", "{\"job_class_name\": \"X\", \"set\": \"a = 1\",}", "job definition /d/X.json is not valid JSON"},
        {"X.json", "{\"job_class_name\": \"X\", \"set\": \"a = 1\", \"set\": \"b = 1\"}",
            "job definition /d/X.json is not valid JSON"},
        {"X.yml", "", "job definition /d/X.yml is empty"},
        {"X.yml", "- a\n", "job definition /d/X.yml must be a YAML mapping"},
        {"X.yml", "job_class_name: X\nset: 5\n", "job definition /d/X.yml has set 5, which is not a string"},
        {"X.yml", "job_class_name: X\nset: a = 1\njob_arguments: [a, a]\n", "job definition /d/X.yml names job"
            + " argument a twice"},
        {"X.yml", "job_class_name: X\nset: a = 1\njob_arguments: [a-b]\n", "job definition /d/X.yml has job"
            + " argument \"a-b\", which is not a name"},
        {"X.yml", "job_class_name: X\nset: a = 1\nscope: \"true; DELETE FROM t\"\n", "job definition /d/X.yml has"
            + " a scope that has ';' at character 5"},
        {"Gitlab::X.yml", "job_class_name: Gitlab::X\nset: a = 1\n", "job definition /d/Gitlab::X.yml has"
            + " job_class_name \"Gitlab::X\", which is not a class name"},
        {"X.txt", "job_class_name: X\nset: a = 1\n", "job definition /d/X.txt is not named CLASS.json"}};
    for (String[] c : cases) {
      BbmException e = assertThrows(BbmException.class, () -> parse(c[0], c[1]), c[1]);
      assertEquals(USAGE, e.exitCode());
      assertTrue(e.getMessage().startsWith(c[2]), e.getMessage());
      assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }
  }

  @Test
  void aCursorStatementTakesTheSubBatchAsRowValuesAndNonsenseIsRefused() {
    String head = "job_class_name: X\ncursor: [a, b]\njob_arguments: [k]\n";
    JobDefinition d = parse("X.yml", head + "statement: \"INSERT INTO c SELECT * FROM t WHERE (a, b) >="
        + " :sub_batch_start AND (a, b) <= :sub_batch_end AND k = :k AND j ? 'x'\"\n");
    RowChange.Statement change = d.statement().change(Map.of("k", 1L));
    assertEquals(2, change.cursorWidth());
    assertEquals("INSERT INTO c SELECT * FROM t WHERE (a, b) >= (?, ?) AND (a, b) <= (?, ?) AND k = ? AND j ?? 'x'",
        change.steps().get(0).sql());
    assertEquals(List.of("sub_batch_start#0", "sub_batch_start#1", "sub_batch_end#0", "sub_batch_end#1", "k"),
        change.steps().get(0).parameters());
    String range = " WHERE (a, b) BETWEEN :sub_batch_start AND :sub_batch_end";
    String[][] cases = {
        {head + "statement: DELETE FROM t\n", "has a statement without :sub_batch_start"},
        {head + "statement: DELETE FROM t WHERE (a, b) >= :sub_batch_start\n", "has a statement without"
            + " :sub_batch_end"},
        {head + "statement: DELETE FROM t" + range + " AND a >= :start_id\n", "uses :start_id in its statement,"
            + " which is no parameter it knows (it knows :sub_batch_start, :sub_batch_end, :k; write :: for a cast);"
            + " a job batched by cursor has min_cursor/max_cursor, no integer range"},
        {head + "values:\n  v: SELECT :end_id\nstatement: DELETE FROM t" + range + "\n", "uses :end_id in value v"},
        {head + "scope: a > 0\nstatement: DELETE FROM t" + range + "\n", "has a scope and a statement batched by"
            + " cursor"}};
    for (String[] c : cases) {
      BbmException e = assertThrows(BbmException.class, () -> parse("X.yml", c[0]), c[0]);
      assertTrue(e.getMessage().startsWith("job definition /d/X.yml " + c[1]), e.getMessage());
    }
  }

  @Test
  void shippedDefinitionsAreListedAndValid() throws Exception {
    List<JobDefinition> builtIns = JobRegistry.builtIns();
    List<String> index = Files.readAllLines(Path.of("src/main/resources/bbm/jobs/index.txt")).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    assertEquals(index.stream().map(f -> f.replaceFirst("\\.yml$", "")).toList(),
        builtIns.stream().map(JobDefinition::name).toList(), "every file index.txt lists is loaded, in its order");
    assertTrue(builtIns.size() >= 2);
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/bbm/jobs"))) {
      Set<String> expected = new HashSet<>(index);
      expected.add("index.txt");
      assertEquals(expected, Set.copyOf(files.map(p -> p.getFileName().toString()).toList()),
          "index.txt lists every shipped file");
    }
    JobRegistry registry = JobRegistry.load();
    assertTrue(registry.find("BackfillRouteNamespaceId").isPresent());
    assertTrue(registry.find("::Gitlab::BackgroundMigration::BackfillRouteNamespaceId").isPresent());
  }

  private static SubBatchWork work(DefinitionJob job, String table, String argumentsJson, Set<String> columns) {
    return job.work(new JobInput(table, columns, Json.parse("job arguments", argumentsJson)));
  }

  private static SqlFragment set(SubBatchWork work) {
    return ((RowChange.SetExpressions) work.change()).set();
  }
}
