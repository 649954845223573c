package dev.bbm.engine;

import dev.bbm.domain.ExitCode;
import java.util.List;
import java.util.Map;

/**
 * The pre-upgrade answer for one database.
 *
 * @param legacyPending pending legacy jobs per class, or null when the table does not exist
 * @param schemaDown versions of migration files not applied, or null when no files were found
 * @param migrationFiles how many migration files were compared, and where from
 * @param downRead whether the down migrations are the Rails root's that the blocker scan read: then they are
 *                 db:migrate's next work, not unfinished work, unless a call in them blocks
 * @param blockers the ensure_batched_background_migration_is_finished calls of pending files in GitLab's code
 * @param nextCommands what to run, in order
 */
public record CheckReport(String database, StatusReport batched, Map<String, Long> legacyPending,
    List<String> schemaDown, String migrationFiles, boolean downRead, Blocker.Report blockers, List<String> nextCommands) {

  public ExitCode exitCode() {
    ExitCode code = batched.exitCode();
    boolean legacy = legacyPending != null && !legacyPending.isEmpty();
    boolean down = schemaDown != null && !schemaDown.isEmpty() && !downRead;
    return legacy || down || blockers.blocks() ? code.worst(ExitCode.UNFINISHED) : code;
  }
}
