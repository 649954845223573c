package dev.bbm.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/**
 * Every command's --help at 80 columns: no example line is wrapped by picocli, so an example pasted
 * from a narrow terminal still runs (a quoted argument split over two lines would not).
 */
class HelpWidthTest {
  private static final int WIDTH = 80;

  @Test
  void noExampleLineIsWrappedAtEightyColumns() {
    List<String> problems = new ArrayList<>();
    int examples = 0;
    for (CommandLine cl : everyCommand()) {
      List<String> section = examplesSection(cl, WIDTH);
      List<String> unwrapped = examplesSection(cl, 1000);
      if (!section.equals(unwrapped)) {
        problems.add(cl.getCommandSpec().qualifiedName() + ": picocli wraps an example at " + WIDTH + " columns: "
            + section);
      }
      for (String line : section) {
        String where = cl.getCommandSpec().qualifiedName() + ": [" + line + "]";
        if (line.length() > WIDTH) {
          problems.add("longer than " + WIDTH + " columns: " + where);
        }
        String text = withoutComment(line.strip());
        if (text.startsWith("bbm ")) {
          examples++;
        }
        if (!text.startsWith("bbm ") || text.endsWith(" \\")) {
          continue;
        }
        if (text.chars().filter(c -> c == '\'').count() % 2 != 0) {
          problems.add("a quoted argument spans a line break: " + where);
        }
      }
      problems.addAll(continuations(cl, section));
    }
    assertTrue(examples >= 20, "found only " + examples + " example lines; is the Examples section still found?");
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  /**
   * A line ending in " \" continues the command on an indented next line; one ending in a bare "\"
   * continues a word, so its next line must start at the margin (indentation would split the word).
   * Joined as the shell joins them, every command has balanced single quotes.
   */
  private static List<String> continuations(CommandLine cl, List<String> section) {
    List<String> problems = new ArrayList<>();
    String name = cl.getCommandSpec().qualifiedName();
    StringBuilder command = new StringBuilder();
    for (int i = 0; i < section.size(); i++) {
      String line = section.get(i);
      String next = i + 1 < section.size() ? section.get(i + 1) : "";
      if (line.endsWith(" \\") && !next.startsWith("    ")) {
        problems.add(name + ": a continuation without an indented next line: [" + line + "]");
      } else if (line.endsWith("\\") && !line.endsWith(" \\") && (next.isEmpty() || next.startsWith(" "))) {
        problems.add(name + ": a word continues on an indented line (the shell would split it): [" + line + "]");
      }
      String code = withoutComment(line);
      command.append(code.endsWith("\\") ? code.substring(0, code.length() - 1) : code);
      if (!line.endsWith("\\")) {
        if (command.chars().filter(c -> c == '\'').count() % 2 != 0) {
          problems.add(name + ": unbalanced single quotes in the example [" + command + "]");
        }
        command.setLength(0);
      }
    }
    return problems;
  }

  /** The line up to a shell comment (" # ..."), whose apostrophes are no quotes. */
  private static String withoutComment(String line) {
    int hash = line.indexOf(" # ");
    return hash < 0 ? line : line.substring(0, hash).stripTrailing();
  }

  @Test
  void theSectionFinderSeesAWrappedExample() {
    CommandLine cl = new CommandLine(new Sample());
    List<String> section = examplesSection(cl, WIDTH);
    assertFalse(section.isEmpty(), "no Examples section found");
    assertTrue(section.stream().anyMatch(l -> l.strip().startsWith("bbm ")
        && l.chars().filter(c -> c == '\'').count() % 2 != 0), "picocli no longer wraps: " + section);
  }

  /** A command whose example picocli must wrap at 80 columns: what the real ones must never be. */
  @CommandLine.Command(name = "sample", footerHeading = "%nExamples:%n", footer = {
      "  bbm finalize CopyColumnUsingBackgroundMigrationJob,events,id,'[[\"id\"]\\, [\"id_convert_to_bigint\"]]'"})
  static final class Sample {}

  /** The lines after "Examples:" (the footer, the last section), rendered at {@code width} columns without colour. */
  static List<String> examplesSection(CommandLine cl, int width) {
    cl.setUsageHelpAutoWidth(false);
    cl.setUsageHelpWidth(width);
    cl.setColorScheme(CommandLine.Help.defaultColorScheme(Ansi.OFF));
    List<String> lines = cl.getUsageMessage(Ansi.OFF).lines().toList();
    List<String> section = new ArrayList<>();
    boolean in = false;
    for (String line : lines) {
      if (line.equals("Examples:")) {
        in = true;
      } else if (in && !line.isEmpty()) {
        section.add(line);
      }
    }
    return section;
  }

  /** The root and every subcommand, hidden ones too, each once (picocli maps every alias as well). */
  static List<CommandLine> everyCommand() {
    PrintWriter sink = new PrintWriter(Writer.nullWriter());
    CommandLine root = Cli.create(sink, sink, Map.of(), InputStream.nullInputStream(), () -> false, false);
    Set<CommandLine> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<CommandLine> all = new ArrayList<>();
    walk(root, seen, all);
    return all;
  }

  private static void walk(CommandLine cl, Set<CommandLine> seen, List<CommandLine> all) {
    if (!seen.add(cl)) {
      return;
    }
    all.add(cl);
    for (CommandLine sub : cl.getSubcommands().values()) {
      walk(sub, seen, all);
    }
  }
}
