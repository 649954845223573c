package dev.bbm.jobs;

import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.Identifiers;
import dev.bbm.domain.RowChange;
import dev.bbm.domain.TableShape;
import java.util.List;

/**
 * GitLab's BackfillPartitionedTable (lib/gitlab/background_migration/backfill_partitioned_table.rb
 * with PartitioningMigrationHelpers::BulkCopy): job argument partitioned_table; each sub-batch copies
 * its rows, every column of the batch table, into the partitioned table, and a row whose primary key
 * is there already is left as it is (ON CONFLICT DO NOTHING). GitLab's job raises when the
 * destination is missing or not partitioned; bbm refuses those before anything runs.
 */
final class BackfillPartitionedTableJob implements JobKind {
  static final String NAME = "BackfillPartitionedTable";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int argumentCount() {
    return 1;
  }

  @Override
  public SubBatchWork work(JobInput input) {
    if (!(input.arguments() instanceof List<?> args) || args.size() != 1 || !(args.get(0) instanceof String table)) {
      throw refuse("job arguments of " + NAME + " must be [partitioned_table], got " + input.argumentsText());
    }
    if (!Identifiers.isValidTable(table)) {
      throw refuse("partitioned_table of " + NAME + " names \"" + table + "\", which is not a valid SQL identifier");
    }
    TableShape destination = input.table(table).orElseThrow(() -> refuse("partitioned table " + table
        + " does not exist (was the migration that created it rolled back?); " + NAME + " copies into it"));
    if (!destination.partitioned()) {
      throw refuse("table " + table + " is not partitioned; " + NAME + " copies into a partitioned table only");
    }
    if (destination.primaryKey().isEmpty()) {
      throw refuse("partitioned table " + table + " has no primary key, which " + NAME + " needs for ON CONFLICT");
    }
    TableShape source = input.table(input.tableName()).orElseThrow(() -> refuse("table " + input.tableName()
        + " does not exist"));
    RowChange change = new RowChange.InsertInto(table, source.columns(), destination.primaryKey());
    return new SubBatchWork(change, null, null, List.of(), NAME + " (into " + table + ")");
  }

  private static BbmException refuse(String sentence) {
    return new BbmException(ExitCode.USAGE, sentence);
  }
}
