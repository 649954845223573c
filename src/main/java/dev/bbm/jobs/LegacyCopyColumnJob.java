package dev.bbm.jobs;

import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.Identifiers;
import dev.bbm.domain.JobRange;
import dev.bbm.domain.Json;
import java.util.List;
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
  public Work plan(Object arguments, Function<String, Optional<Set<String>>> tableColumns) {
    if (!(arguments instanceof List<?> a) || a.size() != 7) {
      throw refuse("arguments must be [start_id, end_id, table, primary_key, copy_from, copy_to, sub_batch_size],"
          + " got " + Json.write(arguments));
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
    SubBatchWork work = CopyColumnJob.copies(table, a.get(4), a.get(5), columns);
    return new Work(table, key, new JobRange(start, end), (int) sub, work);
  }

  private static long integer(Object n, String what) {
    if (!(n instanceof Long || n instanceof Integer)) {
      throw refuse(what + " must be an integer, got " + Json.write(n));
    }
    return ((Number) n).longValue();
  }

  private static String text(Object n, String what) {
    if (!(n instanceof String s)) {
      throw refuse(what + " must be a string, got " + Json.write(n));
    }
    return s;
  }

  private static BbmException refuse(String sentence) {
    return new BbmException(ExitCode.USAGE, sentence);
  }
}
