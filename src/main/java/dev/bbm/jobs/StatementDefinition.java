package dev.bbm.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bbm.domain.RowChange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code statement} of a job definition and its {@code values}: the whole SQL statement each
 * sub-batch runs, with {@code :name} parameters for the sub-batch's bounds, the job's range, the
 * job arguments and values computed once per job (docs/job-definitions.md).
 *
 * @param statements the statements each sub-batch runs in order, parameters turned into {@code ?}
 *     (for a cursor, {@code :sub_batch_start} and {@code :sub_batch_end} into row values {@code (?, ?)})
 * @param values each value's query by name, in the file's order
 * @param cursorWidth the number of cursor columns of a cursor-batched class, 0 for an integer range
 */
record StatementDefinition(List<OperatorSql.Template> statements, Map<String, OperatorSql.Template> values,
    int cursorWidth) {

  StatementDefinition {
    statements = List.copyOf(statements);
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /**
   * Reads and checks the statement and its values.
   *
   * @param valuesNode the definition's {@code values}, or null
   * @param arguments the job argument names
   * @param cursorWidth the number of cursor columns ({@code cursor: [a, b]}), 0 for none: then the
   *     sub-batch's bounds are cursors, and a cursor job has no integer range for :start_id/:end_id
   * Throws a usage BbmException with one sentence naming the file and the problem.
   */
  static StatementDefinition parse(String origin, List<String> texts, JsonNode valuesNode, List<String> arguments,
      int cursorWidth) {
    for (String a : arguments) {
      if (RowChange.Statement.BUILT_IN.contains(a)) {
        throw JobDefinition.invalid(origin, "names job argument " + a + ", which a statement definition binds"
            + " itself; give the argument another name");
      }
    }
    Map<String, OperatorSql.Template> values = values(origin, valuesNode, arguments, cursorWidth > 0);
    List<String> known = new ArrayList<>(cursorWidth > 0
        ? List.of(RowChange.Statement.SUB_BATCH_START, RowChange.Statement.SUB_BATCH_END)
        : RowChange.Statement.BUILT_IN);
    known.addAll(arguments);
    known.addAll(values.keySet());
    List<OperatorSql.Template> statements = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String which = texts.size() == 1 ? "its statement" : "its statement " + (i + 1);
      statements.add(statement(origin, texts.get(i), which, known, cursorWidth));
    }
    return new StatementDefinition(statements, values, cursorWidth);
  }

  /**
   * One statement, checked: a change, its parameters known, limited to the sub-batch's bounds; for a
   * cursor, with the bounds written as row values of {@code cursorWidth} parameters.
   */
  private static OperatorSql.Template statement(String origin, String text, String which, List<String> known,
      int cursorWidth) {
    OperatorSql.Template statement;
    try {
      statement = StatementSql.parseStatement(text);
    } catch (OperatorSql.Invalid e) {
      throw JobDefinition.invalid(origin, "has " + which.replaceFirst("^its ", "a ") + " that " + e.getMessage());
    }
    for (String p : statement.placeholders()) {
      if (!known.contains(p)) {
        throw JobDefinition.invalid(origin, "uses :" + p + " in " + which + ", which is no parameter it knows"
            + " (it knows :" + String.join(", :", known) + "; write :: for a cast)" + noRange(p, cursorWidth > 0));
      }
    }
    for (String bound : List.of(RowChange.Statement.SUB_BATCH_START, RowChange.Statement.SUB_BATCH_END)) {
      if (!statement.placeholders().contains(bound)) {
        throw JobDefinition.invalid(origin, "has " + which.replaceFirst("^its ", "a ") + " without :" + bound
            + "; each sub-batch's statement must be limited to the rows from :sub_batch_start to :sub_batch_end");
      }
    }
    if (cursorWidth == 0) {
      return statement;
    }
    Map<String, Integer> rows = Map.of(RowChange.Statement.SUB_BATCH_START, cursorWidth,
        RowChange.Statement.SUB_BATCH_END, cursorWidth);
    try {
      return StatementSql.parseStatement(text, rows);
    } catch (OperatorSql.Invalid e) {
      throw new IllegalStateException("a statement read once did not read again", e);
    }
  }

  /** Why :start_id and :end_id are unknown to a cursor definition; empty otherwise. */
  private static String noRange(String parameter, boolean cursor) {
    boolean range = parameter.equals(RowChange.Statement.START_ID) || parameter.equals(RowChange.Statement.END_ID);
    return cursor && range ? "; a job batched by cursor has min_cursor/max_cursor, no integer range" : "";
  }

  private static Map<String, OperatorSql.Template> values(String origin, JsonNode node, List<String> arguments,
      boolean cursor) {
    Map<String, OperatorSql.Template> out = new LinkedHashMap<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (!node.isObject()) {
      throw JobDefinition.invalid(origin, "has values " + node + ", which is not a mapping of names to SELECTs");
    }
    List<String> known = new ArrayList<>(cursor ? List.of()
        : List.of(RowChange.Statement.START_ID, RowChange.Statement.END_ID));
    known.addAll(arguments);
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      String name = e.getKey();
      if (!JobDefinition.validName(name)) {
        throw JobDefinition.invalid(origin, "has a value named \"" + name + "\", which is not a name (a letter or"
            + " '_', then letters, digits or '_')");
      }
      if (RowChange.Statement.BUILT_IN.contains(name) || arguments.contains(name)) {
        throw JobDefinition.invalid(origin, "has a value named " + name + ", which is already the name of "
            + (arguments.contains(name) ? "a job argument" : "a parameter bbm binds itself"));
      }
      if (!e.getValue().isTextual()) {
        throw JobDefinition.invalid(origin, "has value " + name + " " + e.getValue() + ", which is not a string"
            + " (quote the SELECT)");
      }
      OperatorSql.Template query;
      try {
        query = StatementSql.parseQuery(e.getValue().asText());
      } catch (OperatorSql.Invalid problem) {
        throw JobDefinition.invalid(origin, "has a value " + name + " that " + problem.getMessage());
      }
      for (String p : query.placeholders()) {
        if (!known.contains(p)) {
          throw JobDefinition.invalid(origin, "uses :" + p + " in value " + name + ", which is no parameter it"
              + " knows (" + (known.isEmpty() ? "a value of this definition knows none" : "a value knows :"
              + String.join(", :", known)) + "; write :: for a cast)" + noRange(p, cursor));
        }
      }
      out.put(name, query);
    }
    return out;
  }

  /** The change each sub-batch makes, with the migration's job arguments by name. */
  RowChange.Statement change(Map<String, Object> arguments) {
    List<RowChange.JobValue> jobValues = new ArrayList<>();
    values.forEach((name, q) -> jobValues.add(new RowChange.JobValue(name, q.jdbc(), q.placeholders())));
    List<RowChange.Step> steps = new ArrayList<>();
    statements.forEach(t -> steps.add(new RowChange.Step(t.jdbc(), t.placeholders())));
    return new RowChange.Statement(steps, arguments, jobValues, cursorWidth);
  }
}
