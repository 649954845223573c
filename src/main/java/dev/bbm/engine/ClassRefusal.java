package dev.bbm.engine;

import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import dev.bbm.jobs.Lookup;

/**
 * The refusal of a job class bbm cannot run (SPEC §4): the class, where bbm looked and what it found
 * there, and the ways out: a job definition, GitLab's own rake task, or mark-finished.
 */
final class ClassRefusal {
  private ClassRefusal() {}

  static BbmException of(BatchedMigration m, Lookup lookup) {
    String id = m.displayId();
    StringBuilder s = new StringBuilder("bbm cannot execute job class ").append(m.jobClassName())
        .append(" of migration ").append(id).append("; nothing was changed. Where bbm looked:");
    lookup.looked().forEach(l -> s.append("\n  - ").append(l));
    s.append("\nWays out:")
        .append("\n  - write a job definition: bbm jobs new ").append(lookup.name()).append(' ').append(m.tableName())
        .append(" > ~/.config/bbm/jobs/").append(lookup.name()).append(".yml, fill in its set clause (the Ruby's")
        .append(" SQL), then finalize again")
        .append("\n  - let GitLab's own code run it under bbm: bbm finalize ").append(id).append(" --via-rake")
        .append("\n  - if its work was done another way: bbm mark-finished ").append(id);
    return new BbmException(ExitCode.USAGE, s.toString());
  }
}
