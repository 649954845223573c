package dev.bbm.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bbm.domain.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** The man pages: clean for groff, complete for the tree, escaped where troff would misread text. */
class ManPageTest {
  @Test
  void committedPagesHaveNoGroffWarnings() throws Exception {
    assumeTrue(Processes.available("groff"), "groff is not installed");
    List<Path> pages;
    try (Stream<Path> s = Files.list(Path.of("man"))) {
      pages = s.filter(p -> p.toString().endsWith(".1")).sorted().collect(Collectors.toList());
    }
    assertFalse(pages.isEmpty(), "man/ has no pages; run mvn package");
    for (Path page : pages) {
      assertGroffClean(page);
    }
  }

  @Test
  void testTreePagesHaveNoGroffWarnings(@TempDir Path tmp) throws Exception {
    assumeTrue(Processes.available("groff"), "groff is not installed");
    for (Map.Entry<String, String> page : ManPageWriter.pages(TestTree.create(), "1.0").entrySet()) {
      assertGroffClean(Files.writeString(tmp.resolve(page.getKey()), page.getValue()));
    }
  }

  @Test
  void everyCommandOptionAndParameterIsDocumented() {
    assertComplete(CommandTree.bbm());
    assertComplete(TestTree.create());
  }

  @Test
  void rootPageHasEveryEnvironmentVariableAndExitCode() {
    String root = ManPageWriter.pages(CommandTree.bbm(), "1.0").get("bbm.1");
    for (String v : List.of("BBM_DATABASE_URL", "DATABASE_URL", "PGHOST", "PGPORT", "PGUSER", "PGPASSWORD",
        "PGDATABASE", "PGSSLMODE", "PGAPPNAME", "PGPASSFILE", "NO_COLOR")) {
      assertTrue(root.contains("\n\\fB" + v + "\\fR\n"), v);
    }
    for (ExitCode c : ExitCode.values()) {
      assertTrue(root.contains("\n\\fB" + c.code() + "\\fR\n" + Troff.escape(c.meaning()) + "\n"), c.name());
    }
    for (String section : List.of("NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "OPTIONS", "ENVIRONMENT",
        "EXIT STATUS", "EXAMPLES", "SEE ALSO")) {
      assertTrue(root.contains("\n.SH " + section + "\n"), section);
    }
  }

  @Test
  void hiddenCommandsHaveNoPageAndNoMention() {
    Map<String, String> pages = ManPageWriter.pages(CommandTree.bbm(), "1.0");
    for (Map.Entry<String, String> page : pages.entrySet()) {
      assertFalse(page.getKey().contains("complete") || page.getValue().contains("__complete")
          || page.getValue().contains("migration\\-ids"), page.getKey() + " shows bbm __complete");
    }
  }

  @Test
  void nestedAndColonNamesGetTheirOwnPages() {
    Map<String, String> pages = ManPageWriter.pages(TestTree.create(), "1.0");
    assertEquals(List.of("bbm.1", "bbm-db.1", "bbm-db-migrate.1", "bbm-db-migrate-status.1"),
        new ArrayList<>(pages.keySet()));
    String status = pages.get("bbm-db-migrate-status.1");
    assertTrue(status.contains(".TH BBM\\-DB\\-MIGRATE\\-STATUS 1 \"\" \"bbm 1.0\" \"bbm Manual\"\n"), status);
    assertTrue(status.contains("\n.SH NAME\nbbm\\-db\\-migrate\\-status \\- Show the schema migrations\n"), status);
    assertTrue(status.contains("\n\\fBbbm db migrate:status\\fR [\\fIOPTIONS\\fR] [\\fIDATABASE\\fR...]\n"), status);
    String root = pages.get("bbm.1");
    assertTrue(root.contains("\n\\fBdb migrate:status\\fR, \\fBdb migrate\\-status\\fR\n"), root);
    assertTrue(root.contains("\\fBbbm\\-db\\-migrate\\-status\\fR(1)"), root);
  }

  @Test
  void textIsEscaped() {
    Map<String, String> pages = ManPageWriter.pages(TestTree.create(), "1.0");
    String migrate = pages.get("bbm-db-migrate.1");
    assertTrue(migrate.contains("\n\\fB\\-\\-dry\\-run\\fR\nprint the SQL, a backslash \\e and 50% of 'it'\n"), migrate);
    assertTrue(migrate.contains("\n\\fB\\-t\\fR, \\fB\\-\\-target\\fR=\\fIVERSION\\fR\n"), migrate);
    assertTrue(migrate.contains("\n\\fB\\-\\-mode\\fR[=\\fIMODE\\fR]\none of fast, safe\n"), migrate);
    String db = pages.get("bbm-db.1");
    assertTrue(db.contains("\n.PP\nManage bbm's own schema.\n.PP\n\\&.A second paragraph"), db);
    String root = pages.get("bbm.1");
    assertTrue(root.contains("\n\\&.starts with a dot\n\\&'starts with a quote\n"), root);
  }

  @Test
  void escapeHandlesSpecialCharacters() {
    assertEquals("a\\eb \\-\\-x \\[u00E9]\\[u2014]", Troff.escape("a\\b --x \u00e9\u2014"));
    assertEquals("\\&.TH", Troff.line(".TH"));
    assertEquals("\\&'x", Troff.line("  'x"));
    assertEquals("x.y", Troff.line("x.y"));
  }

  private static void assertComplete(CommandLine tree) {
    Map<String, String> pages = ManPageWriter.pages(tree, "1.0");
    String root = pages.get(CommandTree.pageName(tree.getCommandSpec()) + ".1");
    for (CommandLine cl : CommandTree.walk(tree)) {
      CommandSpec spec = cl.getCommandSpec();
      String name = CommandTree.pageName(spec) + ".1";
      String page = pages.get(name);
      assertTrue(page != null, "no page " + name);
      if (spec.parent() != null) {
        String path = String.join(" ", CommandTree.path(spec));
        assertTrue(root.contains("\\fB" + Troff.escape(path) + "\\fR"), "bbm.1 does not list " + path);
        assertTrue(root.contains("\\fB" + Troff.escape(CommandTree.pageName(spec)) + "\\fR(1)"),
            "bbm.1 does not refer to " + name);
      }
      for (OptionSpec o : spec.options()) {
        if (o.hidden()) {
          assertTrue(!page.contains("\\fB" + Troff.escape(o.longestName()) + "\\fR"), name + " shows hidden " + o.longestName());
          continue;
        }
        for (String n : o.names()) {
          assertTrue(page.contains("\\fB" + Troff.escape(n) + "\\fR"), name + " lacks " + n);
        }
        if (o.arity().max() > 0) {
          assertTrue(page.contains("\\fI" + Troff.escape(o.paramLabel()) + "\\fR"), name + " lacks " + o.paramLabel());
        }
      }
      for (PositionalParamSpec p : spec.positionalParameters()) {
        assertTrue(page.contains("\\fI" + Troff.escape(p.paramLabel()) + "\\fR"), name + " lacks " + p.paramLabel());
      }
    }
  }

  private static void assertGroffClean(Path page) throws Exception {
    Processes.Result r = Processes.run(List.of("groff", "-man", "-ww", "-z", page.toString()));
    assertEquals(0, r.exit(), page + ": " + r.err());
    assertEquals("", r.out() + r.err(), page + " has groff warnings");
  }
}
