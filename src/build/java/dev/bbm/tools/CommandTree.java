package dev.bbm.tools;

import dev.bbm.cli.Cli;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.IllegalFormatException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** The command tree as the generators see it: visible commands once each, and their texts as plain strings. */
final class CommandTree {
  private CommandTree() {}

  /** The real bbm tree; building it opens no database connection. */
  static CommandLine bbm() {
    PrintWriter sink = new PrintWriter(Writer.nullWriter());
    return Cli.create(sink, sink, Map.of(), InputStream.nullInputStream(), () -> false, false);
  }

  /** The visible subcommands in declaration order, once each although picocli maps every alias too. */
  static List<CommandLine> subcommands(CommandLine cl) {
    Set<CommandLine> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<CommandLine> result = new ArrayList<>();
    for (CommandLine sub : cl.getSubcommands().values()) {
      if (!sub.getCommandSpec().usageMessage().hidden() && seen.add(sub)) {
        result.add(sub);
      }
    }
    return result;
  }

  /** This command and every visible command below it, depth first. */
  static List<CommandLine> walk(CommandLine cl) {
    List<CommandLine> result = new ArrayList<>();
    result.add(cl);
    for (CommandLine sub : subcommands(cl)) {
      result.addAll(walk(sub));
    }
    return result;
  }

  static List<OptionSpec> options(CommandSpec spec) {
    List<OptionSpec> result = new ArrayList<>();
    for (OptionSpec o : spec.options()) {
      if (!o.hidden()) {
        result.add(o);
      }
    }
    return result;
  }

  static List<PositionalParamSpec> positionals(CommandSpec spec) {
    List<PositionalParamSpec> result = new ArrayList<>();
    for (PositionalParamSpec p : spec.positionalParameters()) {
      if (!p.hidden()) {
        result.add(p);
      }
    }
    return result;
  }

  /** The names a command is typed as below its parent: its name, then its aliases. */
  static List<String> names(CommandSpec spec) {
    List<String> result = new ArrayList<>();
    result.add(spec.name());
    for (String alias : spec.aliases()) {
      if (!result.contains(alias)) {
        result.add(alias);
      }
    }
    return result;
  }

  /** The words after the root that select this command, e.g. [db, migrate:status]. */
  static List<String> path(CommandSpec spec) {
    List<String> result = new ArrayList<>();
    for (CommandSpec s = spec; s.parent() != null; s = s.parent()) {
      result.add(0, s.name());
    }
    return result;
  }

  /** The man page name: bbm-db-migrate-status for "bbm db migrate:status". */
  static String pageName(CommandSpec spec) {
    return spec.qualifiedName("-").replace(':', '-');
  }

  /** Lines as picocli's help prints them (format specifiers applied, @|markup|@ removed), split at %n. */
  static List<String> lines(String[] source) {
    List<String> result = new ArrayList<>();
    for (String line : source) {
      String formatted;
      try {
        formatted = String.format(Locale.ROOT, line);
      } catch (IllegalFormatException e) {
        formatted = line;
      }
      for (String part : Ansi.OFF.string(formatted).split("\r?\n", -1)) {
        result.add(part);
      }
    }
    return result;
  }

  /** The lines of a wrapped paragraph joined into one. */
  static String paragraph(String[] source) {
    StringBuilder sb = new StringBuilder();
    for (String line : lines(source)) {
      String s = line.strip();
      if (!s.isEmpty()) {
        sb.append(sb.length() == 0 ? "" : " ").append(s);
      }
    }
    return sb.toString();
  }

  /**
   * One line about a command: its header when it has one, else the first sentence of its description;
   * without the closing full stop, which the man page's "See bbm-x(1)." and NAME line do not want.
   */
  static String summary(CommandSpec spec) {
    String header = paragraph(spec.usageMessage().header());
    String first = header;
    if (first.isEmpty()) {
      String description = paragraph(spec.usageMessage().description());
      int end = description.indexOf(". ");
      first = end < 0 ? description : description.substring(0, end + 1);
    }
    return first.endsWith(".") && !first.endsWith("...") ? first.substring(0, first.length() - 1) : first;
  }
}
