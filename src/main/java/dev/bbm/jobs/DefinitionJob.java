package dev.bbm.jobs;

import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.Identifiers;
import dev.bbm.domain.Json;
import dev.bbm.domain.SqlFragment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A job class from a job definition file: every sub-batch runs the definition's SET clause on the
 * rows that match its scope, or its whole statement over the sub-batch's bounds, with the
 * migration's job arguments bound to the placeholders.
 */
final class DefinitionJob implements JobKind {
  private final JobDefinition definition;

  DefinitionJob(JobDefinition definition) {
    this.definition = definition;
  }

  JobDefinition definition() {
    return definition;
  }

  @Override
  public String name() {
    return definition.name();
  }

  @Override
  public int argumentCount() {
    return definition.argumentNames().size();
  }

  @Override
  public List<String> cursorColumns() {
    return definition.cursorColumns();
  }

  @Override
  public boolean needsOneDatabase() {
    return definition.oneDatabase();
  }

  @Override
  public SubBatchWork work(JobInput input) {
    List<String> names = definition.argumentNames();
    Object arguments = input.arguments();
    if (!(arguments instanceof List<?> jobArguments) || jobArguments.size() != names.size()) {
      throw refuse("job definition " + definition.origin() + " takes " + names.size() + " job argument"
          + (names.size() == 1 ? "" : "s") + (names.isEmpty() ? "" : " (" + String.join(", ", names) + ")")
          + " but the migration has " + (arguments instanceof List<?> l ? l.size() + ": " : "")
          + input.argumentsText());
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      values.put(names.get(i), value(jobArguments.get(i)));
    }
    SqlFragment scope = null;
    if (definition.scope() != null) {
      List<Object> scopeValues = new ArrayList<>();
      definition.scope().placeholders().forEach(p -> scopeValues.add(values.get(p)));
      scope = new SqlFragment(definition.scope().jdbc(), scopeValues);
    }
    if (definition.statement() != null) {
      return SubBatchWork.statement(definition.statement().change(values), scope, definition.batching(),
          definition.describe());
    }
    List<String> targets = new ArrayList<>();
    List<Object> setValues = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    for (OperatorSql.Assignment a : definition.set()) {
      if (!input.tableColumns().contains(a.target())) {
        throw refuse("job definition " + definition.origin() + " sets column " + a.target() + ", which table "
            + input.tableName() + " does not have");
      }
      targets.add(a.target());
      String expression = a.expression().jdbc();
      // parentheses keep the expression one expression; DEFAULT is the one SET value they would break
      String value = expression.equalsIgnoreCase("DEFAULT") ? expression : "(" + expression + ")";
      parts.add(Identifiers.quote(a.target()) + " = " + value);
      a.expression().placeholders().forEach(p -> setValues.add(values.get(p)));
    }
    SqlFragment set = new SqlFragment(String.join(", ", parts), setValues);
    return SubBatchWork.sql(targets, set, scope, definition.batching(), definition.describe());
  }

  /** A job argument as a bound value: numbers, booleans, strings, null; arrays and objects as JSON text. */
  private static Object value(Object n) {
    if (n instanceof List<?> || n instanceof Map<?, ?>) {
      return Json.write(n);
    }
    if (n instanceof Integer i) {
      return i.longValue();
    }
    return n;
  }

  private static BbmException refuse(String sentence) {
    return new BbmException(ExitCode.USAGE, sentence);
  }
}
