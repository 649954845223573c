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
    String id = m.displayId();
    return List.of(
        "write a job definition: bbm jobs new " + lookup.name() + " " + m.tableName() + " > ~/.config/bbm/jobs/"
            + lookup.name() + ".yml, fill in its set clause (the Ruby's SQL), then finalize again",
        "let GitLab's own code run it under bbm: bbm finalize " + id + " --via-rake",
        "if its work was done another way: bbm mark-finished " + id);
  }
}
