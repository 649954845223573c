package dev.bbm.tools;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The man pages read as prose: no doubled full stop where a header's own full stop meets the page's
 * ". See bbm-x(1)", no "null", no doubled spaces, and every option and command item has a text.
 */
class ManPageTextTest {
  private static final Pattern DOUBLE_STOP = Pattern.compile("(?<!\\.)\\.\\.(?!\\.)");
  private static final Pattern DOUBLE_SPACE = Pattern.compile("\\S  +\\S");
  private static final Pattern NULL = Pattern.compile("\\bnull\\b");

  @Test
  void bbmPagesHaveNoDoubledStopsNullsOrEmptyItems() {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> page : ManPageWriter.pages(CommandTree.bbm(), "1.0").entrySet()) {
      problems.addAll(defects(page.getKey(), page.getValue()));
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void aHeaderEndingInAFullStopIsListedWithOne() {
    Map<String, String> pages = ManPageWriter.pages(new CommandLine(new Root()), "1.0");
    String root = pages.get("bbm.1");
    assertTrue(root.contains("\nApply the pending migrations, in version order. See \\fBbbm\\-apply\\fR(1).\n"), root);
    assertTrue(root.contains("\nWait for a while... See \\fBbbm\\-wait\\fR(1).\n"), root);
    assertTrue(pages.get("bbm-apply.1").contains("\nbbm\\-apply \\- Apply the pending migrations, in version order\n"),
        pages.get("bbm-apply.1"));
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> page : pages.entrySet()) {
      problems.addAll(defects(page.getKey(), page.getValue()));
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void theChecksSeeEachDefect() {
    String page = ".SH COMMANDS\n.TP\n\\fBx\\fR\nDo it.. See \\fBbbm\\-x\\fR(1).\n.TP\n\\fB\\-\\-y\\fR\n.TP\n"
        + "\\fB\\-\\-z\\fR\ndefault null.  Then . . . more\n.SH EXAMPLES\n.nf\nbbm x   # aligned\n.fi\n";
    List<String> problems = defects("x.1", page);
    assertTrue(problems.stream().anyMatch(p -> p.contains("doubled full stop")), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.contains("no text")), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.contains("null")), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.contains("doubled space")), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.contains("\". .\"")), problems.toString());
    assertFalse(problems.stream().anyMatch(p -> p.contains("aligned")), "examples may align comments: " + problems);
  }

  /** What reads wrong in one page's source; examples (no-fill blocks) may align their comments. */
  static List<String> defects(String name, String page) {
    List<String> problems = new ArrayList<>();
    List<String> lines = page.lines().toList();
    boolean noFill = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String where = name + ":" + (i + 1) + ": [" + line + "]";
      if (line.startsWith(".nf")) {
        noFill = true;
      } else if (line.startsWith(".fi")) {
        noFill = false;
      }
      if (line.equals(".TP") && (i + 2 >= lines.size() || lines.get(i + 2).isBlank()
          || lines.get(i + 2).startsWith("."))) {
        problems.add("an item with no text: " + name + ":" + (i + 2) + ": [" + lines.get(i + 1) + "]");
      }
      if (line.startsWith(".\\\"") || line.startsWith(".") && !line.startsWith(".\\&")) {
        continue; // a comment or a request
      }
      if (DOUBLE_STOP.matcher(line).find()) {
        problems.add("a doubled full stop: " + where);
      }
      if (line.contains(". .")) {
        problems.add("\". .\": " + where);
      }
      if (NULL.matcher(line).find()) {
        problems.add("null: " + where);
      }
      if (!noFill && DOUBLE_SPACE.matcher(line).find()) {
        problems.add("a doubled space: " + where);
      }
    }
    return problems;
  }

  @Command(name = "bbm", subcommands = {Apply.class, Wait.class}, header = "A test tree.")
  static final class Root {}

  @Command(name = "apply", header = "Apply the pending migrations, in version order.")
  static final class Apply {}

  @Command(name = "wait", header = "Wait for a while...")
  static final class Wait {}
}
