package dev.bbm.catalog;

import static dev.bbm.domain.ExitCode.OK;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bbm.engine.Coverage;
import dev.bbm.jobs.Catalog;
import dev.bbm.jobs.JobRegistry;
import dev.bbm.testing.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/catalog.md is what {@code bbm jobs coverage --markdown} prints, and it agrees with
 * {@code bbm jobs list --json} class by class; the coverage figures count what they say.
 */
class CatalogDocTest {
  private static final Path DOC = Path.of("docs", "catalog.md");

  @TempDir
  Path home;

  private CliRunner cli() {
    return new CliRunner().env("HOME", home.toString());
  }

  @Test
  void theCommittedCatalogIsWhatCoverageMarkdownPrints() throws Exception {
    CliRunner.Result r = cli().run("jobs", "coverage", "--markdown");
    assertThat(r).exitedWith(OK);
    assertEquals(r.out(), Files.readString(DOC), "docs/catalog.md is out of date; regenerate it with"
        + " HOME=/nonexistent scripts/bbm jobs coverage --markdown > docs/catalog.md");
  }

  @Test
  void everyClassOfTheCatalogIsListedByJobsListExactlyWhenItRunsAndTheSameWay() throws Exception {
    CliRunner.Result list = cli().run("jobs", "list", "--json");
    assertThat(list).exitedWith(OK);
    Map<String, String> how = new HashMap<>();
    for (JsonNode c : new ObjectMapper().readTree(list.out()).get("classes")) {
      how.put(c.get("name").asText(), c.get("how").asText());
    }
    int rows = 0;
    boolean inTable = false;
    for (String line : Files.readAllLines(DOC)) {
      if (line.startsWith("| finalized in | job class |")) {
        inTable = true;
        continue;
      }
      if (!inTable || !line.startsWith("| ") || line.startsWith("|---")) {
        continue;
      }
      String[] cells = line.split(" \\| ");
      String cls = cells[1];
      String said = cells[cells.length - 1].replaceFirst(" \\|$", "");
      rows++;
      if (said.startsWith("not SQL") || said.equals("no definition yet")) {
        assertTrue(!how.containsKey(cls), cls + " is listed by jobs list as " + how.get(cls) + " but the catalog says: "
            + said);
      } else {
        assertTrue(how.containsKey(cls) && said.startsWith(how.get(cls)), cls + ": the catalog says " + said
            + ", jobs list says " + how.get(cls));
      }
    }
    assertEquals(Catalog.shipped().entries().size(), rows, "one row per migration of the inventory");
  }

  @Test
  void everyShippedDefinitionHasACatalogCaseAndCitesGitlabsRuby() throws Exception {
    Set<String> cased = new HashSet<>();
    CatalogCase.every().forEach(c -> cased.add(c.text("job_class_name")));
    Path dir = Path.of("src/main/resources/bbm/jobs");
    List<String> files = Files.readAllLines(dir.resolve("index.txt")).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    assertTrue(files.size() >= 2);
    for (String file : files) {
      String cls = file.replaceFirst("\\.(yml|yaml|json)$", "");
      assertTrue(cased.contains(cls), file + " ships without a catalog case in src/test/resources/catalog");
      String text = Files.readString(dir.resolve(file));
      assertTrue(text.contains("lib/gitlab/background_migration/") || text.contains("doc/development/"),
          file + " does not cite the Ruby it was written from");
    }
    try (Stream<Path> all = Files.list(dir)) {
      List<String> unlisted = all.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yml"))
          .filter(n -> !files.contains(n)).toList();
      assertTrue(unlisted.isEmpty(), "definitions missing from index.txt, so bbm never loads them: " + unlisted);
    }
  }

  @Test
  void figuresCountRunnableNotSqlAndMissingPerVersionNewestFirst() {
    Catalog catalog = Catalog.parse(String.join("\n",
        "# header",
        "17.10\tFinalizeA\tBackfillApprovalMergeRequestRulesProjectId\tapproval_merge_request_rules\tid\t[]\tgitlab_main",
        "17.10\tFinalizeB\tEncryptEverything\tthings\tid\t[]\t",
        "17.9\tFinalizeC\tSomethingNew\tthings\tid\t[]\t",
        "17.9\tFinalizeD\tSomethingNew\tother_things\tid\t[]\t",
        "17.10\tFinalizeE\tCopyColumnUsingBackgroundMigrationJob\tevents\tid\t[]\t"),
        "EncryptEverything\tencrypts each row's token in Ruby\n");
    Coverage.Report r = Coverage.report(catalog, JobRegistry.load());

    assertEquals(List.of("17.10", "17.9"), r.versions().stream().map(Coverage.Version::milestone).toList());
    assertEquals(new Coverage.Version("17.10", 3, 2, 1, 0), r.versions().get(0));
    assertEquals(new Coverage.Version("17.9", 2, 0, 0, 2), r.versions().get(1));
    assertEquals(new Coverage.Version("all", 5, 2, 1, 2), r.total());
    assertEquals(50.0, r.total().sqlCoveragePercent(), 0.001);
    assertEquals("encrypts each row's token in Ruby", r.rows().stream()
        .filter(x -> x.entry().jobClass().equals("EncryptEverything")).findFirst().orElseThrow().reason());
  }
}
