package dev.bbm.engine;

import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import dev.bbm.jobs.Lookup;
import java.util.List;

/**
 * The refusal of a job class bbm cannot run (SPEC §4): the class, where bbm looked and what it found
 * there, and the ways out: a job definition, GitLab's own rake task, or mark-finished.
 */
final class ClassRefusal {
  private ClassRefusal() {}

  static BbmException of(BatchedMigration m, Lookup lookup) {
    StringBuilder s = new StringBuilder(sentence(m)).append(". Where bbm looked:");
    lookup.looked().forEach(l -> s.append("\n  - ").append(l));
    s.append("\nWays out:");
    waysOut(m, lookup).forEach(w -> s.append("\n  - ").append(w));
    return new BbmException(ExitCode.USAGE, s.toString());
  }

  /** The refusal in one sentence, without where bbm looked: what finalize of several prints for a skip. */
  static String sentence(BatchedMigration m) {
    return "bbm cannot execute job class " + m.jobClassName() + " of migration " + m.displayId()
        + "; nothing was changed";
  }

  /** The ways out, one command or step each. */
  static List<String> waysOut(BatchedMigration m, Lookup lookup) {
    return List.of(
        "write a job definition: bbm jobs new " + lookup.name() + " " + m.tableName() + " > ~/.config/bbm/jobs/"
            + lookup.name() + ".yml, fill in its set clause (the Ruby's SQL), then finalize again",
        "let GitLab's own code run it under bbm: " + viaRake(m, TypedOptions.NONE),
        "if its work was done another way: " + markFinished(m, TypedOptions.NONE));
  }

  /**
   * The command that finishes a migration of a class bbm cannot run, whatever its status (GitLab's
   * finalize resets the blocked jobs' attempts and takes a failed migration too): GitLab's rake under bbm.
   */
  static String viaRake(BatchedMigration m, TypedOptions typed) {
    return "bbm finalize " + m.displayId() + " --via-rake" + typed.forConnection();
  }

  /** The other way out, when the migration's work was done another way. */
  static String markFinished(BatchedMigration m, TypedOptions typed) {
    return "bbm mark-finished " + m.displayId() + typed.forConnection();
  }
}
