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
 * t.id IN (the sub-batch's ids)}. Its thin subclasses resolve to it (bbm/catalog/ancestry.tsv).
 */
final class BackfillDesiredShardingKeyJob implements JobKind {
  static final String NAME = "BackfillDesiredShardingKeyJob";
  private static final List<String> ARGUMENTS =
      List.of("backfill_column", "backfill_via_table", "backfill_via_column", "backfill_via_foreign_key");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int argumentCount() {
    return ARGUMENTS.size();
  }

  @Override
  public SubBatchWork work(JobInput input) {
    if (!(input.arguments() instanceof List<?> args) || args.size() != ARGUMENTS.size()) {
      throw refuse("job arguments of " + NAME + " must be [" + String.join(", ", ARGUMENTS) + "], got "
          + input.argumentsText());
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < ARGUMENTS.size(); i++) {
      if (!(args.get(i) instanceof String name)) {
        throw refuse(ARGUMENTS.get(i) + " of " + NAME + " must be a name, got " + input.argumentsText());
      }
      boolean valid = i == 1 ? Identifiers.isValidTable(name) : Identifiers.isValid(name);
      if (!valid) {
        throw refuse(ARGUMENTS.get(i) + " of " + NAME + " names \"" + name + "\", which is not a valid SQL identifier");
      }
      names.add(name);
    }
    for (String column : List.of(names.get(0), names.get(3), "id")) {
      if (!input.tableColumns().contains(column)) {
        throw refuse(NAME + " needs column " + column + " of table " + input.tableName() + ", which it does not have");
      }
    }
    RowChange change = new RowChange.UpdateFrom(names.get(0), names.get(1), names.get(2), names.get(3));
    SqlFragment scope = SqlFragment.of(Identifiers.quote(names.get(0)) + " IS NULL");
    return new SubBatchWork(change, scope, null, List.of(), NAME + " (" + names.get(0) + " from " + names.get(1)
        + "." + names.get(2) + " by " + names.get(3) + ")");
  }

  private static BbmException refuse(String sentence) {
    return new BbmException(ExitCode.USAGE, sentence);
  }
}
