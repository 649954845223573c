package dev.bbm.jobs;

import dev.bbm.domain.JobRange;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A legacy (Sidekiq BackgroundMigrationWorker) job class bbm can run: its arguments are the
 * tracked row's {@code arguments}, and they name the table, the range and the work. The work of
 * each sub-batch is the same {@link SubBatchWork} batched kinds give, run by the same statement.
 */
public interface LegacyJobClass {
  /** What one legacy job does: a range of a table's batch column, in sub-batches. */
  record Work(String table, String batchColumn, JobRange range, int subBatchSize, SubBatchWork work) {}

  String name();

  /**
   * Plans one job from its parsed arguments, or throws {@link dev.bbm.domain.BbmException} when
   * they cannot be run. {@code tableColumns} gives a table's columns, empty when it does not exist.
   */
  Work plan(Object arguments, Function<String, Optional<Set<String>>> tableColumns);
}
