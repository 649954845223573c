package dev.bbm.schema;

import dev.bbm.schema.RubyTokens.Kind;
import dev.bbm.schema.RubyTokens.Token;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the {@code ensure_batched_background_migration_is_finished} calls of a GitLab migration
 * file (Ruby) and reads their literal arguments, executing nothing: strings without interpolation,
 * symbols, integers, nil, true, false, arrays, {@code %w[]}/{@code %i[]} lists, and constants the
 * file assigns such a literal. Anything else is kept as the expression bbm cannot read. Calls in
 * {@code down} are left out (db:migrate runs {@code up}); calls inside a loop, a conditional, a
 * block, after a conditional return or in a helper method carry that as a caveat.
 */
public final class EnsureCallReader {
  /** GitLab's migration helper. */
  public static final String METHOD = "ensure_batched_background_migration_is_finished";

  /**
   * What a file holds.
   *
   * @param gitlabSchema the schema of {@code restrict_gitlab_migration gitlab_schema: :x}, or null
   * @param calls the calls in file order
   */
  public record Result(String gitlabSchema, List<EnsureCall> calls) {}

  /** An open {@code def}, {@code do}, conditional or brace; {@code guard} is a conditional return seen in it. */
  private static final class Frame {
    final String kind;
    final String name;
    final int line;
    String guard;

    Frame(String kind, String name, int line) {
      this.kind = kind;
      this.name = name;
      this.line = line;
    }
  }

  private static final Set<String> CONDITIONALS = Set.of("if", "unless", "while", "until", "case", "for");
  private final String src;
  private final String[] lines;
  private final List<Token> tokens;
  private final Map<String, List<Token>> constants = new HashMap<>();
  private final Map<String, EnsureCall.Value> resolved = new HashMap<>();
  private final Set<String> resolving = new HashSet<>();
  private final Deque<Frame> stack = new ArrayDeque<>();

  private EnsureCallReader(String text) {
    this.src = text.startsWith("\uFEFF") ? text.substring(1) : text;
    this.lines = src.split("\n", -1);
    this.tokens = RubyTokens.of(src);
  }

  /** Reads one file's text. */
  public static Result read(String text) {
    return new EnsureCallReader(text).read();
  }

  private Result read() {
    String schema = null;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.kind() == Kind.CONSTANT && at(i + 1).text().equals("=") && statementStart(i)) {
        constants.putIfAbsent(t.text(), statement(i + 2));
      }
      if (t.is("restrict_gitlab_migration") && at(i + 1).kind() == Kind.LABEL
          && at(i + 2).kind() == Kind.SYMBOL) {
        schema = (String) at(i + 2).value();
      }
    }
    List<EnsureCall> calls = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.kind() == Kind.NAME && t.text().equals(METHOD) && !at(i - 1).is("def") && !at(i - 1).is(".")) {
        EnsureCall call = call(i);
        if (call != null) {
          calls.add(call);
        }
      } else if (t.kind() == Kind.NAME || t.kind() == Kind.PUNCT) {
        structure(i);
      }
    }
    return new Result(schema, List.copyOf(calls));
  }

  /** Keeps the stack of open defs, blocks and conditionals as the walk passes token {@code i}. */
  private void structure(int i) {
    Token t = tokens.get(i);
    Token prev = at(i - 1);
    switch (t.text()) {
      case "def" -> stack.push(new Frame("def", defName(i), t.line()));
      case "class", "module" -> stack.push(new Frame("other", null, t.line()));
      case "begin" -> {
        if (statementStart(i) || prev.is("=")) {
          stack.push(new Frame("other", null, t.line()));
        }
      }
      case "do" -> {
        Frame top = stack.peek();
        boolean loopDo = top != null && top.line == t.line() && Set.of("while", "until", "for").contains(top.kind);
        if (!loopDo) {
          stack.push(new Frame("block", null, t.line()));
        }
      }
      case "end" -> {
        if (!prev.is(".") && !stack.isEmpty()) {
          stack.pop();
        }
      }
      case "{" -> stack.push(new Frame(prev.kind() == Kind.NAME || prev.is(")") || prev.is("->") ? "block" : "hash",
          null, t.line()));
      case "}" -> {
        if (!stack.isEmpty() && (stack.peek().kind.equals("block") || stack.peek().kind.equals("hash"))) {
          stack.pop();
        }
      }
      case "return", "next", "break" -> guard(i);
      default -> {
        if (t.kind() == Kind.NAME && CONDITIONALS.contains(t.text()) && (statementStart(i) || prev.is("="))) {
          stack.push(new Frame(t.text(), null, t.line()));
        }
      }
    }
  }

  /** A {@code return if ...} (or unless) marks the frame it is in: calls after it may not run. */
  private void guard(int i) {
    for (int j = i + 1; j < tokens.size() && tokens.get(j).kind() != Kind.NEWLINE; j++) {
      if ((tokens.get(j).is("if") || tokens.get(j).is("unless")) && !stack.isEmpty() && stack.peek().guard == null) {
        stack.peek().guard = "after `" + lineText(tokens.get(i).line()) + "` (line " + tokens.get(i).line() + ")";
        return;
      }
    }
  }

  private String defName(int i) {
    if (at(i + 1).is("self") && at(i + 2).is(".")) {
      return at(i + 3).text();
    }
    return at(i + 1).text();
  }

  /** The call starting at token {@code i}, or null when it sits in {@code down}. */
  private EnsureCall call(int i) {
    String caveat = caveat();
    if (caveat != null && caveat.equals("down")) {
      return null;
    }
    Token name = tokens.get(i);
    List<Token> args;
    String modifier;
    if (at(i + 1).is("(") && at(i + 1).start() == name.end()) {
      int end = closing(i + 1);
      args = tokens.subList(i + 2, Math.max(i + 2, end));
      modifier = modifier(end + 1);
    } else {
      int end = statementEnd(i + 1);
      int cut = i + 1;
      while (cut < end && !tokens.get(cut).is("if") && !tokens.get(cut).is("unless")) {
        cut++;
      }
      args = tokens.subList(i + 1, cut);
      modifier = modifier(cut);
    }
    if (modifier != null && caveat == null) {
      caveat = modifier;
    }
    Map<String, EnsureCall.Value> values = new LinkedHashMap<>();
    String unreadable = null;
    for (List<Token> arg : split(args)) {
      Token first = arg.get(0);
      if (first.kind() == Kind.LABEL && arg.size() > 1) {
        values.put((String) first.value(), value(arg.subList(1, arg.size())));
      } else if (unreadable == null) {
        unreadable = "cannot read the argument " + text(arg);
      }
    }
    return new EnsureCall(name.line(), values, unreadable, caveat);
  }

  /** The caveat of the current position; "down" for a call in down. */
  private String caveat() {
    String guard = null;
    String inner = null;
    for (Frame f : stack) {
      if (f.kind.equals("def")) {
        if (f.name.equals("down")) {
          return "down";
        }
        if (inner == null && !f.name.equals("up") && !f.name.equals("change")) {
          inner = "inside `def " + f.name + "` (line " + f.line + "), which up may or may not call";
        }
      } else if (inner == null && !f.kind.equals("other") && !f.kind.equals("hash")) {
        inner = "inside `" + lineText(f.line) + "` (line " + f.line + ")";
      }
      if (guard == null) {
        guard = f.guard;
      }
    }
    return inner != null ? inner : guard;
  }

  /** A modifier {@code if}/{@code unless} after the call on its last line. */
  private String modifier(int from) {
    for (int j = from; j < tokens.size() && tokens.get(j).kind() != Kind.NEWLINE; j++) {
      if (tokens.get(j).is("if") || tokens.get(j).is("unless") || tokens.get(j).is("while")) {
        return "followed by `" + text(tokens.subList(j, statementEnd(j))) + "`";
      }
    }
    return null;
  }

  /** Arguments split at top-level commas, line ends dropped. */
  private static List<List<Token>> split(List<Token> args) {
    List<List<Token>> out = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    int depth = 0;
    for (Token t : args) {
      if (t.kind() == Kind.NEWLINE) {
        continue;
      }
      depth += t.is("(") || t.is("[") || t.is("{") ? 1 : t.is(")") || t.is("]") || t.is("}") ? -1 : 0;
      if (depth == 0 && t.is(",")) {
        out.add(current);
        current = new ArrayList<>();
      } else {
        current.add(t);
      }
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    out.removeIf(List::isEmpty);
    return out;
  }

  /** A value's tokens read as a literal, or the expression as written. */
  private EnsureCall.Value value(List<Token> toks) {
    List<Token> code = toks.stream().filter(t -> t.kind() != Kind.NEWLINE).toList();
    RubyLiteralTokens p = new RubyLiteralTokens(code, this::constant);
    Object v = p.read();
    if (p.failed() || code.isEmpty()) {
      return new EnsureCall.Unreadable(text(code) + (p.reason() == null ? "" : " (" + p.reason() + ")"));
    }
    return new EnsureCall.Known(v);
  }

  /** A constant the file assigns, read (once); an unreadable one when it is not a literal or not assigned here. */
  private EnsureCall.Value constant(String name) {
    EnsureCall.Value done = resolved.get(name);
    if (done != null) {
      return done;
    }
    List<Token> toks = constants.get(name);
    if (toks == null || !resolving.add(name)) {
      return new EnsureCall.Unreadable(name + " is not assigned in this file");
    }
    EnsureCall.Value v = value(toks);
    resolving.remove(name);
    if (v instanceof EnsureCall.Unreadable) {
      v = new EnsureCall.Unreadable(name + " is " + text(toks) + ", not a literal");
    }
    resolved.put(name, v);
    return v;
  }

  /** The tokens of the statement starting at {@code from}: up to a line end outside brackets. */
  private List<Token> statement(int from) {
    return tokens.subList(Math.min(from, tokens.size()), statementEnd(from));
  }

  private int statementEnd(int from) {
    int depth = 0;
    int j = from;
    for (; j < tokens.size(); j++) {
      Token t = tokens.get(j);
      depth += t.is("(") || t.is("[") || t.is("{") ? 1 : t.is(")") || t.is("]") || t.is("}") ? -1 : 0;
      boolean continued = j > from && tokens.get(j - 1).is(",");
      if (depth < 0 || depth == 0 && (t.is(";") || t.kind() == Kind.NEWLINE && !continued)) {
        break;
      }
    }
    return j;
  }

  /** The index of the bracket closing the one at {@code open}. */
  private int closing(int open) {
    int depth = 0;
    for (int j = open; j < tokens.size(); j++) {
      Token t = tokens.get(j);
      depth += t.is("(") || t.is("[") || t.is("{") ? 1 : t.is(")") || t.is("]") || t.is("}") ? -1 : 0;
      if (depth == 0) {
        return j;
      }
    }
    return tokens.size();
  }

  private boolean statementStart(int i) {
    Token prev = at(i - 1);
    return i == 0 || prev.kind() == Kind.NEWLINE || prev.is(";");
  }

  private Token at(int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i) : new Token(Kind.NEWLINE, "", null, false, 0, 0, 0);
  }

  private String lineText(int line) {
    return line >= 1 && line <= lines.length ? lines[line - 1].strip() : "";
  }

  /** The source of some tokens, its blanks collapsed. */
  private String text(List<Token> toks) {
    if (toks.isEmpty()) {
      return "";
    }
    return src.substring(toks.get(0).start(), toks.get(toks.size() - 1).end()).replaceAll("\\s+", " ").strip();
  }
}
