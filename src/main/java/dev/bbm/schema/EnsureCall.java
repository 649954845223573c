package dev.bbm.schema;

import dev.bbm.domain.Identifiers;
import dev.bbm.domain.Json;
import dev.bbm.domain.Selection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code ensure_batched_background_migration_is_finished(...)} call of a GitLab migration file,
 * as {@link EnsureCallReader} read it without running Ruby: each keyword argument either read as a
 * literal or kept as the expression bbm cannot read, and the caveat of where the call sits (inside a
 * loop or a conditional), which decides whether db:migrate runs it at all.
 *
 * @param line the line of the file where the call starts
 * @param arguments the keyword arguments, by name, in the order written
 * @param unreadableCall an argument that makes the whole call unreadable ({@code **config}), or null
 * @param caveat where the call sits when db:migrate may run it differently or not at all, or null
 */
public record EnsureCall(int line, Map<String, Value> arguments, String unreadableCall, String caveat) {
  /** The keyword arguments GitLab's helper requires. */
  static final List<String> REQUIRED = List.of("job_class_name", "table_name", "column_name", "job_arguments");

  public EnsureCall {
    arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
  }

  /** An argument's value: read, or the expression that could not be. */
  public sealed interface Value permits Known, Unreadable {}

  /** A literal: String (strings and symbols), Long, Boolean, null, or a List of those. */
  public record Known(Object value) implements Value {}

  /** An expression bbm does not evaluate (a method call, an interpolation, a constant from elsewhere). */
  public record Unreadable(String expression) implements Value {}

  /** Why the configuration cannot be read, one clause per argument; empty when it can. */
  public List<String> problems() {
    List<String> out = new ArrayList<>();
    if (unreadableCall != null) {
      out.add(unreadableCall);
    }
    for (String key : REQUIRED) {
      Value v = arguments.get(key);
      if (v == null && unreadableCall == null) {
        out.add(key + " is missing");
      } else if (v instanceof Unreadable u) {
        out.add(key + ": " + u.expression());
      } else if (v instanceof Known k && !fits(key, k.value())) {
        out.add(key + ": " + Json.write(k.value()) + " is not a " + (key.equals("job_arguments") ? "list" : "name"));
      }
    }
    return out;
  }

  /** The configuration the call names, as finalize selects one; empty when {@link #problems()} is not. */
  public Optional<Selection.ByConfiguration> configuration() {
    if (!problems().isEmpty()) {
      return Optional.empty();
    }
    String cls = (String) known("job_class_name");
    return Optional.of(new Selection.ByConfiguration(cls.startsWith("::") ? cls.substring(2) : cls,
        (String) known("table_name"), (String) known("column_name"), Json.write(known("job_arguments"))));
  }

  /** GitLab's finalize: keyword, true when absent (or unreadable: GitLab's default is the likely one). */
  public boolean finalizes() {
    Value v = arguments.get("finalize");
    return !(v instanceof Known k) || !Boolean.FALSE.equals(k.value());
  }

  private Object known(String key) {
    return ((Known) arguments.get(key)).value();
  }

  private static boolean fits(String key, Object value) {
    if (key.equals("job_arguments")) {
      return value instanceof List;
    }
    if (!(value instanceof String s) || s.isEmpty()) {
      return false;
    }
    return key.equals("job_class_name") || Identifiers.isValid(s) || s.contains(".");
  }
}
