package dev.bbm.jobs;

import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.Identifiers;
import dev.bbm.domain.Json;
import dev.bbm.domain.RowChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * GitLab's CopyColumnUsingBackgroundMigrationJob (reference §3.4): job arguments copy_from and
 * copy_to, each a column or a list of columns; every sub-batch sets to = from. Pairs naming a
 * column the table lacks are dropped, as GitLab does, but bbm says so.
 */
final class CopyColumnJob implements JobKind {
  static final String NAME = "CopyColumnUsingBackgroundMigrationJob";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int argumentCount() {
    return 2;
  }

  @Override
  public SubBatchWork work(JobInput input) {
    if (!(input.arguments() instanceof List<?> args) || args.size() != 2) {
      throw refuse("job arguments of " + NAME + " must be [copy_from, copy_to], got " + input.argumentsText());
    }
    return copies(input.tableName(), args.get(0), args.get(1), input.tableColumns());
  }

  /** The copy shared by the batched and the legacy form: to = from for each pair the table has. */
  static SubBatchWork copies(String tableName, Object fromNode, Object toNode, Set<String> tableColumns) {
    List<String> from = columns(fromNode, "copy_from");
    List<String> to = columns(toNode, "copy_to");
    if (from.size() != to.size()) {
      throw refuse("number of source and destination columns must match (copy_from has " + from.size()
          + ", copy_to has " + to.size() + ")");
    }
    List<RowChange.ColumnCopy> copies = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (int i = 0; i < from.size(); i++) {
      String source = from.get(i);
      String target = to.get(i);
      if (!tableColumns.contains(source) || !tableColumns.contains(target)) {
        warnings.add("table " + tableName + " has no column "
            + (!tableColumns.contains(source) ? source : target) + "; the copy " + source + " -> " + target
            + " is skipped, as GitLab skips it");
        continue;
      }
      copies.add(new RowChange.ColumnCopy(target, source));
    }
    return SubBatchWork.copies(copies, warnings);
  }

  private static List<String> columns(Object node, String what) {
    List<String> out = new ArrayList<>();
    if (node instanceof String name) {
      out.add(column(name, what));
    } else if (node instanceof List<?> names) {
      for (Object n : names) {
        if (!(n instanceof String name)) {
          throw refuse(what + " must list column names, got " + Json.write(n));
        }
        out.add(column(name, what));
      }
    } else {
      throw refuse(what + " must be a column name or a list of column names, got " + Json.write(node));
    }
    return out;
  }

  private static String column(String name, String what) {
    if (!Identifiers.isValid(name)) {
      throw refuse(what + " names \"" + name + "\", which is not a valid SQL identifier");
    }
    return name;
  }

  private static BbmException refuse(String sentence) {
    return new BbmException(ExitCode.USAGE, sentence);
  }
}
