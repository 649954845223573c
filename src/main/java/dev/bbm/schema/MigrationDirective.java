package dev.bbm.schema;

import dev.bbm.domain.BbmException;
import dev.bbm.domain.Durations;
import dev.bbm.domain.Identifiers;
import dev.bbm.domain.Json;
import dev.bbm.domain.Messages;
import dev.bbm.domain.RubyInspect;
import dev.bbm.domain.Selection;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The directives of a schema migration file with their JSON payloads read, defaulted and validated
 * as GitLab's migration helpers do (reference §8), before anything runs.
 */
public sealed interface MigrationDirective extends Step
    permits MigrationDirective.Queue, MigrationDirective.Ensure, MigrationDirective.Delete {

  /** GitLab's BATCH_MIN_DELAY: a migration's job interval is raised to at least 2 minutes. */
  int MIN_JOB_INTERVAL_SECONDS = 120;
  /** GitLab's default gitlab_schema for a migration that does not restrict itself. */
  String DEFAULT_GITLAB_SCHEMA = "gitlab_main";
  /** GitLab's BatchedJob::MINIMUM_PAUSE_MS. */
  int MINIMUM_PAUSE_MS = 100;

  /** The configuration the directive names. */
  Selection.ByConfiguration key();

  /** The directive's name, as written after {@code -- bbm:}. */
  String name();

  /** GitLab's configuration hash text, for messages. */
  default String configuration() {
    Selection.ByConfiguration k = key();
    return RubyInspect.configuration(k.jobClassName(), k.tableName(), k.columnName(), k.jobArgumentsJson());
  }

  @Override
  default String announcement() {
    return name() + "(" + configuration() + ")";
  }

  /**
   * queue_batched_background_migration: a new batched migration, active (or finished at once when
   * the table is empty).
   *
   * @param jobIntervalSeconds the interval after GitLab's 2-minute floor
   * @param batchMaxValue null means MAX(column) at queue time
   * @param maxBatchSize null when not given
   * @param jobArgumentCount how many job arguments were given, for GitLab's count check
   */
  record Queue(Selection.ByConfiguration key, int jobArgumentCount, int jobIntervalSeconds, long batchMinValue,
      Long batchMaxValue, String batchClassName, int batchSize, int subBatchSize, int pauseMs, Integer maxBatchSize,
      String gitlabSchema) implements MigrationDirective {
    @Override
    public String name() {
      return MigrationScript.QUEUE;
    }

    @Override
    public <R> R accept(Step.Visitor<R> visitor) throws SQLException {
      return visitor.queue(this);
    }
  }

  /**
   * ensure_batched_background_migration_is_finished.
   *
   * @param finalizeInline run bbm's finalize inline when it is not finished (default true, as GitLab)
   * @param gitlabSchema null matches the configuration in any gitlab_schema
   */
  record Ensure(Selection.ByConfiguration key, boolean finalizeInline, String gitlabSchema) implements MigrationDirective {
    @Override
    public String name() {
      return MigrationScript.ENSURE;
    }

    @Override
    public <R> R accept(Step.Visitor<R> visitor) throws SQLException {
      return visitor.ensure(this);
    }
  }

  /**
   * delete_batched_background_migration: the matching migrations go, with their jobs and transition
   * logs (ON DELETE CASCADE).
   *
   * @param gitlabSchema null matches the configuration in any gitlab_schema
   */
  record Delete(Selection.ByConfiguration key, String gitlabSchema) implements MigrationDirective {
    @Override
    public String name() {
      return MigrationScript.DELETE;
    }

    @Override
    public <R> R accept(Step.Visitor<R> visitor) throws SQLException {
      return visitor.delete(this);
    }
  }

  /**
   * Reads a directive's payload; any problem is a usage error that starts with {@code where} and
   * names the key.
   *
   * @param where the file and line, as messages name it
   */
  static MigrationDirective parse(String where, MigrationScript.Directive d) {
    return new Payload(where + ": " + d.name(), d.payload()).read(d.name());
  }

  /** A payload object being read, key by key. */
  final class Payload {
    private static final Pattern CLASS_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(::[A-Za-z_][A-Za-z0-9_]*)*");
    private static final int CLASS_NAME_MAX = 100;
    private static final int SMALLINT_MAX = 32767;
    private final String where;
    private final String text;
    private Map<String, Object> object;

    Payload(String where, String text) {
      this.where = where;
      this.text = text;
    }

    MigrationDirective read(String name) {
      if (text.isEmpty()) {
        throw fail("the JSON payload is missing; write it after the directive, e.g. -- bbm:" + name
            + " {\"job_class_name\": ..., \"table_name\": ..., ...}");
      }
      Object parsed;
      try {
        parsed = Json.parse("the payload", text);
      } catch (BbmException e) {
        throw fail(e.getMessage());
      }
      if (!(parsed instanceof Map)) {
        throw fail("the payload is " + Json.describeType(parsed) + ", expected a JSON object");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> map = (Map<String, Object>) parsed;
      object = map;
      switch (name) {
        case MigrationScript.QUEUE:
          return queue();
        case MigrationScript.ENSURE:
          allowOnly("job_class_name", "table_name", "column_name", "job_arguments", "finalize",
              "skip_early_finalization_validation", "gitlab_schema");
          bool("skip_early_finalization_validation", false);
          return new Ensure(key(true), bool("finalize", true), schema(null));
        case MigrationScript.DELETE:
          allowOnly("job_class_name", "table_name", "column_name", "job_arguments", "gitlab_schema");
          return new Delete(key(true), schema(null));
        default:
          throw new IllegalArgumentException("not a payload directive: " + name);
      }
    }

    private Queue queue() {
      allowOnly("job_class_name", "table_name", "column_name", "job_arguments", "job_interval", "batch_min_value",
          "batch_max_value", "batch_class_name", "batch_size", "pause_ms", "max_batch_size", "sub_batch_size",
          "gitlab_schema");
      Selection.ByConfiguration key = key(false);
      if (!object.containsKey("job_interval")) {
        throw fail("job_interval is missing; GitLab requires it (seconds between jobs, at least "
            + MIN_JOB_INTERVAL_SECONDS + ")");
      }
      long interval = Math.max(interval(), MIN_JOB_INTERVAL_SECONDS);
      if (interval > SMALLINT_MAX) {
        throw fail("job_interval " + interval + " is longer than the interval column holds (" + SMALLINT_MAX
            + " seconds)");
      }
      long min = integer("batch_min_value", 1L, 1, Long.MAX_VALUE);
      Long max = object.get("batch_max_value") == null ? null : integer("batch_max_value", null, min, Long.MAX_VALUE);
      String batchClass = className("batch_class_name", "PrimaryKeyBatchingStrategy");
      int batchSize = (int) integer("batch_size", 1000L, 1, Integer.MAX_VALUE);
      int subBatchSize = (int) integer("sub_batch_size", 100L, 1, Integer.MAX_VALUE);
      if (subBatchSize > batchSize) {
        throw fail("sub_batch_size " + subBatchSize + " is larger than batch_size " + batchSize
            + "; a sub-batch must fit in its batch");
      }
      int pauseMs = (int) integer("pause_ms", 100L, MINIMUM_PAUSE_MS, Integer.MAX_VALUE);
      Integer maxBatchSize = object.get("max_batch_size") == null ? null
          : (int) integer("max_batch_size", null, batchSize, Integer.MAX_VALUE);
      int count = ((List<?>) Json.parse("job arguments", key.jobArgumentsJson())).size();
      return new Queue(key, count, (int) interval, min, max, batchClass, batchSize, subBatchSize, pauseMs,
          maxBatchSize, schema(DEFAULT_GITLAB_SCHEMA));
    }

    private Selection.ByConfiguration key(boolean argumentsRequired) {
      String cls = className("job_class_name", null);
      String table = Identifiers.requireTable(where + ": table_name", string("table_name", null));
      String column = Identifiers.requireColumn(where + ": column_name", string("column_name", null));
      Object args = object.get("job_arguments");
      if (args == null && argumentsRequired && !object.containsKey("job_arguments")) {
        throw fail("job_arguments is missing; give the migration's job arguments, [] when it has none");
      }
      if (args == null) {
        args = List.of();
      }
      if (!(args instanceof List)) {
        throw fail("job_arguments is " + Json.describeType(args) + ", expected a JSON array");
      }
      return new Selection.ByConfiguration(cls, table, column, Json.write(args));
    }

    private long interval() {
      Object v = object.get("job_interval");
      if (v instanceof String s) {
        try {
          return Durations.parse(s, "job_interval").toSeconds();
        } catch (BbmException e) {
          throw fail(e.getMessage());
        }
      }
      return integer("job_interval", null, 1, Long.MAX_VALUE);
    }

    private String className(String key, String fallback) {
      String name = string(key, fallback);
      if (name.startsWith("::")) {
        name = name.substring(2);
      }
      if (!CLASS_NAME.matcher(name).matches()) {
        throw fail(key + " " + Messages.quote(name) + " is not a Ruby class name");
      }
      if (name.length() > CLASS_NAME_MAX) {
        throw fail(key + " is " + name.length() + " characters long and GitLab allows at most " + CLASS_NAME_MAX);
      }
      return name;
    }

    private String schema(String fallback) {
      if (object.get("gitlab_schema") == null) {
        return fallback;
      }
      String s = string("gitlab_schema", null);
      if (!Identifiers.isValid(s)) {
        throw fail("gitlab_schema " + Messages.quote(s) + " is not a schema name such as gitlab_main or gitlab_ci");
      }
      return s;
    }

    private String string(String key, String fallback) {
      Object v = object.get(key);
      if (v == null) {
        if (fallback != null) {
          return fallback;
        }
        throw fail(key + " is missing");
      }
      if (!(v instanceof String s)) {
        throw fail(key + " is " + Json.describeType(v) + ", expected a string");
      }
      if (s.isEmpty()) {
        throw fail(key + " is empty");
      }
      return s;
    }

    private long integer(String key, Long fallback, long min, long max) {
      Object v = object.get(key);
      if (v == null) {
        if (fallback != null) {
          return fallback;
        }
        throw fail(key + " is missing");
      }
      if (!(v instanceof Long n)) {
        String shown = v instanceof BigDecimal d ? d.toString() : Json.describeType(v);
        throw fail(key + " must be a whole number, got " + shown);
      }
      if (n < min || n > max) {
        throw fail(key + " must be " + (max == Long.MAX_VALUE || max == Integer.MAX_VALUE ? "at least " + min
            : "between " + min + " and " + max) + ", got " + n);
      }
      return n;
    }

    private boolean bool(String key, boolean fallback) {
      Object v = object.get(key);
      if (v == null) {
        return fallback;
      }
      if (!(v instanceof Boolean b)) {
        throw fail(key + " is " + Json.describeType(v) + ", expected true or false");
      }
      return b;
    }

    private void allowOnly(String... keys) {
      Set<String> known = new LinkedHashSet<>(List.of(keys));
      List<String> unknown = new ArrayList<>();
      for (String k : object.keySet()) {
        if (!known.contains(k)) {
          unknown.add(k);
        }
      }
      if (!unknown.isEmpty()) {
        throw fail("unknown key " + Messages.quote(unknown.get(0)) + "; the keys are " + String.join(", ", known));
      }
    }

    private BbmException fail(String problem) {
      return BbmException.usage(where + ": " + problem);
    }
  }
}
