package dev.bbm.tools;

import dev.bbm.domain.ExitCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Range;

/** Renders one command of the tree as a man(7) page; the root page also lists commands and environment. */
final class ManPage {
  private final CommandLine command;
  private final CommandSpec spec;
  private final String version;
  private final StringBuilder out = new StringBuilder();

  private ManPage(CommandLine command, String version) {
    this.command = command;
    this.spec = command.getCommandSpec();
    this.version = version;
  }

  /** The page source, LF line ends, the same bytes for the same tree and version. */
  static String render(CommandLine command, String version) {
    return new ManPage(command, version).render();
  }

  private String render() {
    boolean root = spec.parent() == null;
    String page = CommandTree.pageName(spec);
    request(".\\\" " + page + "(1), generated from the picocli command tree by dev.bbm.tools.ManPageWriter.");
    request(".\\\" Do not edit: change the command and run mvn package.");
    request(".TH " + Troff.escape(page.toUpperCase(Locale.ROOT)) + " 1 \"\" \""
        + Troff.escape(("bbm " + version).replace("\"", "")) + "\" \"bbm Manual\"");
    section("NAME");
    text(Troff.escape(page) + " \\- " + Troff.escape(CommandTree.summary(spec)));
    section("SYNOPSIS");
    text(synopsis());
    if (!CommandTree.paragraph(spec.usageMessage().description()).isEmpty()) {
      section("DESCRIPTION");
      paragraphs(spec.usageMessage().description());
    }
    if (!CommandTree.subcommands(command).isEmpty()) {
      commands();
    }
    options();
    if (root) {
      environment();
    }
    exitStatus();
    examples();
    seeAlso(root);
    return out.toString();
  }

  private String synopsis() {
    StringBuilder sb = new StringBuilder(Troff.bold(spec.qualifiedName(" ")));
    if (!CommandTree.options(spec).isEmpty()) {
      sb.append(" [").append(Troff.italic("OPTIONS")).append(']');
    }
    for (PositionalParamSpec p : CommandTree.positionals(spec)) {
      String label = Troff.italic(p.paramLabel()) + (isMulti(p.arity()) ? "..." : "");
      sb.append(' ').append(p.arity().min() == 0 ? "[" + label + "]" : label);
    }
    if (!CommandTree.subcommands(command).isEmpty()) {
      sb.append(' ').append(Troff.italic("COMMAND"));
    }
    return sb.toString();
  }

  private void commands() {
    section("COMMANDS");
    List<String> base = CommandTree.path(spec);
    for (CommandLine sub : CommandTree.walk(command)) {
      CommandSpec s = sub.getCommandSpec();
      if (s == spec) {
        continue;
      }
      List<String> path = CommandTree.path(s);
      String prefix = String.join(" ", path.subList(base.size(), path.size() - 1));
      List<String> tags = new ArrayList<>();
      for (String name : CommandTree.names(s)) {
        tags.add(Troff.bold(prefix.isEmpty() ? name : prefix + " " + name));
      }
      String summary = CommandTree.summary(s);
      boolean ended = summary.endsWith(".") || summary.endsWith("?") || summary.endsWith("!");
      item(String.join(", ", tags), Troff.escape(summary) + (ended ? " " : ". ") + "See " + pageReference(s) + ".");
    }
  }

  private void options() {
    List<PositionalParamSpec> positionals = CommandTree.positionals(spec);
    List<OptionSpec> options = CommandTree.options(spec);
    if (positionals.isEmpty() && options.isEmpty()) {
      return;
    }
    section("OPTIONS");
    for (PositionalParamSpec p : positionals) {
      item(Troff.italic(p.paramLabel()) + (isMulti(p.arity()) ? "..." : ""), description(p));
    }
    for (OptionSpec o : options) {
      List<String> names = new ArrayList<>();
      for (String name : o.names()) {
        names.add(Troff.bold(name));
      }
      item(String.join(", ", names) + parameter(o), description(o));
    }
  }

  private static String parameter(OptionSpec o) {
    Range arity = o.arity();
    if (arity.max() == 0) {
      return "";
    }
    String label = "=" + Troff.italic(o.paramLabel()) + (isMulti(arity) ? "..." : "");
    return arity.min() == 0 ? "[" + label + "]" : label;
  }

  private static boolean isMulti(Range arity) {
    return arity.isVariable() || arity.max() > 1;
  }

  private static String description(ArgSpec arg) {
    String text = CommandTree.paragraph(arg.description());
    return text.isEmpty() ? "" : Troff.escape(text);
  }

  private void environment() {
    section("ENVIRONMENT");
    for (EnvironmentDocs.Variable v : EnvironmentDocs.VARIABLES) {
      item(Troff.bold(v.name()), Troff.escape(v.description()));
    }
  }

  private void exitStatus() {
    section("EXIT STATUS");
    for (ExitCode c : ExitCode.values()) {
      item(Troff.bold(Integer.toString(c.code())), Troff.escape(c.meaning()));
    }
  }

  private void examples() {
    List<String> lines = new ArrayList<>();
    for (String line : CommandTree.lines(spec.usageMessage().footer())) {
      if (!line.isBlank()) {
        // the help's two-space margin goes; a continuation line keeps the rest of its indentation
        lines.add((line.startsWith("  ") ? line.substring(2) : line).stripTrailing());
      }
    }
    if (lines.isEmpty()) {
      return;
    }
    section("EXAMPLES");
    request(".RS 4");
    request(".nf");
    for (String line : lines) {
      String rest = line.stripLeading();
      int indent = line.length() - rest.length();
      String escaped = Troff.line(Troff.escape(rest));
      // no-fill mode keeps blanks; \& first, so that they do not start the input line
      request(indent == 0 ? escaped : "\\&" + " ".repeat(indent) + escaped);
    }
    request(".fi");
    request(".RE");
  }

  private void seeAlso(boolean root) {
    List<String> refs = new ArrayList<>();
    if (!root) {
      refs.add("\\fBbbm\\fR(1)");
      CommandSpec parent = spec.parent();
      if (parent.parent() != null) {
        refs.add(pageReference(parent));
      }
    }
    for (CommandLine sub : CommandTree.walk(command)) {
      if (sub.getCommandSpec() != spec) {
        refs.add(pageReference(sub.getCommandSpec()));
      }
    }
    if (root) {
      refs.add("\\fBpsql\\fR(1)");
    }
    section("SEE ALSO");
    text(String.join(", ", refs));
  }

  private static String pageReference(CommandSpec s) {
    return Troff.bold(CommandTree.pageName(s)) + "(1)";
  }

  private void paragraphs(String[] source) {
    StringBuilder paragraph = new StringBuilder();
    for (String line : CommandTree.lines(source)) {
      String s = line.strip();
      if (s.isEmpty()) {
        flush(paragraph);
      } else {
        paragraph.append(paragraph.length() == 0 ? "" : " ").append(s);
      }
    }
    flush(paragraph);
  }

  private void flush(StringBuilder paragraph) {
    if (paragraph.length() > 0) {
      request(".PP");
      text(Troff.escape(paragraph.toString()));
      paragraph.setLength(0);
    }
  }

  private void item(String tag, String body) {
    request(".TP");
    text(tag);
    if (!body.isEmpty()) {
      text(body);
    }
  }

  private void section(String name) {
    request(".SH " + name);
  }

  private void request(String line) {
    out.append(line).append('\n');
  }

  private void text(String escaped) {
    out.append(Troff.line(escaped)).append('\n');
  }
}
