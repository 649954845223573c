package dev.bbm.engine;

import dev.bbm.domain.ExitCode;
import dev.bbm.domain.MigrationStatus;
import java.util.List;

/**
 * The answer of bbm status for one database.
 *
 * @param schema the PostgreSQL schema GitLab's bookkeeping tables resolve to on the search_path
 */
public record StatusReport(String database, String layout, String schema, boolean includesDone, List<MigrationSummary> migrations) {
  /** 0 when nothing is unfinished, 3 when something is, 4 when something failed. */
  public ExitCode exitCode() {
    ExitCode code = ExitCode.OK;
    for (MigrationSummary s : migrations) {
      MigrationStatus st = s.migration().status();
      if (st == MigrationStatus.FAILED) {
        code = code.worst(ExitCode.FAILED);
      } else if (!st.isDone()) {
        code = code.worst(ExitCode.UNFINISHED);
      }
    }
    return code;
  }
}
