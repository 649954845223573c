package dev.bbm.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.Identifiers;
import dev.bbm.domain.JobRange;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The legacy form of CopyColumnUsingBackgroundMigrationJob (reference §3.4):
 * perform(start_id, end_id, table, primary_key, copy_from, copy_to, sub_batch_size).
 */
final class LegacyCopyColumnJob implements LegacyJobClass {
  @Override
  public String name() {
    return CopyColumnJob.NAME;
  }

  @Override
  public Work plan(JsonNode a, Function<String, Optional<Set<String>>> tableColumns) {
    if (!a.isArray() || a.size() != 7) {
      throw refuse("arguments must be [start_id, end_id, table, primary_key, copy_from, copy_to, sub_batch_size],"
          + " got " + a);
    }
    long start = integer(a.get(0), "start_id");
    long end = integer(a.get(1), "end_id");
    if (end < start) {
      throw refuse("end_id " + end + " is below start_id " + start);
    }
    String table = text(a.get(2), "table");
    if (!Identifiers.isValidTable(table)) {
      throw refuse("table \"" + table + "\" is not a valid SQL identifier");
    }
    String key = text(a.get(3), "primary_key");
    if (!Identifiers.isValid(key)) {
      throw refuse("primary_key \"" + key + "\" is not a valid SQL identifier");
    }
    long sub = integer(a.get(6), "sub_batch_size");
    if (sub < 1 || sub > Integer.MAX_VALUE) {
      throw refuse("sub_batch_size must be a positive number, got " + sub);
    }
    Set<String> columns = tableColumns.apply(table)
        .orElseThrow(() -> refuse("table " + table + " does not exist in this database"));
    if (!columns.contains(key)) {
      throw refuse("table " + table + " has no column " + key);
    }
    JobPlan plan = CopyColumnJob.copyPlan(table, a.get(4), a.get(5), columns);
    return new Work(table, key, new JobRange(start, end), (int) sub, plan);
  }

  private static long integer(JsonNode n, String what) {
    if (n == null || !n.canConvertToLong() || !n.isIntegralNumber()) {
      throw refuse(what + " must be an integer, got " + n);
    }
    return n.asLong();
  }

  private static String text(JsonNode n, String what) {
    if (n == null || !n.isTextual()) {
      throw refuse(what + " must be a string, got " + n);
    }
    return n.asText();
  }

  private static BbmException refuse(String sentence) {
    return new BbmException(ExitCode.USAGE, sentence);
  }
}
