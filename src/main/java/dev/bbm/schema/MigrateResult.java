package dev.bbm.schema;

import dev.bbm.domain.ExitCode;
import java.time.Duration;
import java.util.List;

/**
 * What db migrate did (or, with --dry-run, would do).
 *
 * @param createdTables bookkeeping tables created first (or to be created, in a dry run)
 * @param applied files applied and recorded, in order
 * @param skippedPostDeployment post-deployment files left down by SKIP_POST_DEPLOYMENT_MIGRATIONS
 * @param upToDate files that were already up
 * @param plan the pending files and their steps, in a dry run; empty otherwise
 * @param failure the first error, or null
 */
public record MigrateResult(String database, String databaseName, boolean dryRun, List<String> createdTables,
    List<Applied> applied, List<MigrationFile> skippedPostDeployment, int upToDate, List<Planned> plan,
    Failure failure) {

  /** A file applied and recorded in schema_migrations. */
  public record Applied(MigrationFile file, Duration took) {}

  /** A pending file in a dry run: how it would run and its steps, in order. */
  public record Planned(MigrationFile file, boolean transaction, List<String> steps) {}

  /**
   * The error that stopped db migrate.
   *
   * @param file the file that failed (not recorded), or null when it stopped between files
   * @param message the whole message, starting with "An error has occurred, all later migrations canceled:"
   */
  public record Failure(MigrationFile file, ExitCode exitCode, String message) {}

  public ExitCode exitCode() {
    return failure == null ? ExitCode.OK : failure.exitCode();
  }
}
