package dev.bbm.jobs;

import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.Identifiers;
import dev.bbm.domain.RowChange;
import dev.bbm.domain.SqlFragment;
import java.util.ArrayList;
import java.util.List;

/**
 * GitLab's BackfillDesiredShardingKeyJob (lib/gitlab/background_migration/
 * backfill_desired_sharding_key_job.rb), the parent of about a quarter of the batched migrations
 * GitLab queues: job arguments backfill_column, backfill_via_table, backfill_via_column and
 * backfill_via_foreign_key; scope_to the rows whose backfill column is NULL; each sub-batch runs
 * {@code UPDATE t SET backfill_column = via.via_column FROM via WHERE via.id = t.foreign_key AND
 * t.id IN (the sub-batch's ids)}. Its partition variant (BackfillDesiredShardingKeyPartitionJob,
 * backfill_desired_sharding_key_partition_job.rb) takes a fifth argument, partition_column, and
 * joins on it too. Thin subclasses resolve to them (bbm/catalog/ancestry.tsv).
 */
final class BackfillDesiredShardingKeyJob implements JobKind {
  static final String NAME = "BackfillDesiredShardingKeyJob";
  static final String PARTITION_NAME = "BackfillDesiredShardingKeyPartitionJob";
  private static final List<String> ARGUMENTS =
      List.of("backfill_column", "backfill_via_table", "backfill_via_column", "backfill_via_foreign_key");
  private static final List<String> PARTITION_ARGUMENTS =
      List.of("backfill_column", "backfill_via_table", "backfill_via_column", "backfill_via_foreign_key",
          "partition_column");

  private final String name;
  private final List<String> arguments;

  private BackfillDesiredShardingKeyJob(String name, List<String> arguments) {
    this.name = name;
    this.arguments = arguments;
  }

  /** GitLab's BackfillDesiredShardingKeyJob. */
  static BackfillDesiredShardingKeyJob plain() {
    return new BackfillDesiredShardingKeyJob(NAME, ARGUMENTS);
  }

  /** GitLab's BackfillDesiredShardingKeyPartitionJob. */
  static BackfillDesiredShardingKeyJob partitioned() {
    return new BackfillDesiredShardingKeyJob(PARTITION_NAME, PARTITION_ARGUMENTS);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int argumentCount() {
    return arguments.size();
  }

  @Override
  public SubBatchWork work(JobInput input) {
    if (!(input.arguments() instanceof List<?> args) || args.size() != arguments.size()) {
      throw refuse("job arguments of " + name + " must be [" + String.join(", ", arguments) + "], got "
          + input.argumentsText());
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < arguments.size(); i++) {
      if (!(args.get(i) instanceof String name)) {
        throw refuse(arguments.get(i) + " of " + name + " must be a name, got " + input.argumentsText());
      }
      boolean valid = i == 1 ? Identifiers.isValidTable(name) : Identifiers.isValid(name);
      if (!valid) {
        throw refuse(arguments.get(i) + " of " + name + " names \"" + name + "\", which is not a valid SQL identifier");
      }
      names.add(name);
    }
    String partition = names.size() > 4 ? names.get(4) : null;
    List<String> needed = new ArrayList<>(List.of(names.get(0), names.get(3), "id"));
    if (partition != null) {
      needed.add(partition);
    }
    for (String column : needed) {
      if (!input.tableColumns().contains(column)) {
        throw refuse(name + " needs column " + column + " of table " + input.tableName() + ", which it does not have");
      }
    }
    RowChange change = new RowChange.UpdateFrom(names.get(0), names.get(1), names.get(2), names.get(3), partition);
    SqlFragment scope = SqlFragment.of(Identifiers.quote(names.get(0)) + " IS NULL");
    return new SubBatchWork(change, scope, null, List.of(), name + " (" + names.get(0) + " from " + names.get(1)
        + "." + names.get(2) + " by " + names.get(3) + (partition == null ? "" : " and " + partition) + ")");
  }

  private static BbmException refuse(String sentence) {
    return new BbmException(ExitCode.USAGE, sentence);
  }
}
