package dev.bbm.domain;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** GitLab's batched migration states with their numeric codes (reference §2.1). */
public enum MigrationStatus {
  PAUSED(0),
  ACTIVE(1),
  FINISHED(3),
  FAILED(4),
  FINALIZING(5),
  FINALIZED(6);

  private final int code;

  MigrationStatus(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  /** The name GitLab prints ({@code status_name}). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Finished or finalized: nothing left to run ({@code unfinished} scope excludes these). */
  public boolean isDone() {
    return this == FINISHED || this == FINALIZED;
  }

  public static MigrationStatus fromCode(int code) {
    for (MigrationStatus s : values()) {
      if (s.code == code) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown batched migration status code " + code);
  }

  public static boolean isKnownCode(int code) {
    for (MigrationStatus s : values()) {
      if (s.code == code) {
        return true;
      }
    }
    return false;
  }

  /** The state-machine events of GitLab's BatchedMigration, each with the states it may leave. */
  public enum Event {
    PAUSE(PAUSED, EnumSet.of(ACTIVE, PAUSED)),
    EXECUTE(ACTIVE, EnumSet.of(ACTIVE, PAUSED, FAILED)),
    FINISH(FINISHED, EnumSet.of(PAUSED, FINISHED, ACTIVE, FINALIZING)),
    FAILURE(FAILED, EnumSet.of(FAILED, FINALIZING, ACTIVE)),
    FINALIZE(FINALIZING, EnumSet.allOf(MigrationStatus.class)),
    CONFIRM_FINALIZE(FINALIZED, EnumSet.of(FINALIZED, FINISHED));

    private final MigrationStatus target;
    private final Set<MigrationStatus> from;

    Event(MigrationStatus target, Set<MigrationStatus> from) {
      this.target = target;
      this.from = from;
    }

    public MigrationStatus target() {
      return target;
    }

    public boolean allowedFrom(MigrationStatus status) {
      return from.contains(status);
    }

    /** The codes this event may leave, for compare-and-set updates. */
    public int[] fromCodes() {
      return from.stream().mapToInt(MigrationStatus::code).toArray();
    }
  }
}
