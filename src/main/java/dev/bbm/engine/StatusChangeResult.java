package dev.bbm.engine;

import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.MigrationStatus;
import java.util.List;

/**
 * What pause or resume did: the migration before and after (the same row on a dry run) and the
 * statement that changes it.
 */
public record StatusChangeResult(Action action, boolean dryRun, BatchedMigration before, BatchedMigration after,
    List<String> sql) {

  /** GitLab 18's rake pause and resume: the one state each may leave, the event, its refusal. */
  public enum Action {
    PAUSE("pause", MigrationStatus.ACTIVE, MigrationStatus.Event.PAUSE,
        "You can pause only `active` background migrations."),
    RESUME("resume", MigrationStatus.PAUSED, MigrationStatus.Event.EXECUTE,
        "You can resume only `paused` background migrations.");

    private final String verb;
    private final MigrationStatus from;
    private final MigrationStatus.Event event;
    private final String refusal;

    Action(String verb, MigrationStatus from, MigrationStatus.Event event, String refusal) {
      this.verb = verb;
      this.from = from;
      this.event = event;
      this.refusal = refusal;
    }

    public String verb() {
      return verb;
    }

    /** The only state the action may leave (GitLab's rake checks it before the event). */
    public MigrationStatus from() {
      return from;
    }

    public MigrationStatus.Event event() {
      return event;
    }

    public MigrationStatus to() {
      return event.target();
    }

    /** GitLab's exact message when the migration is in another state. */
    public String refusal() {
      return refusal;
    }
  }

  public ExitCode exitCode() {
    return ExitCode.OK;
  }
}
