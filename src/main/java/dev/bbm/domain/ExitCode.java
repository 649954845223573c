package dev.bbm.domain;

/** The process exit codes of SPEC §7; stable, scripts branch on them. */
public enum ExitCode {
  OK(0, "success; for status/check: nothing unfinished"),
  FAILURE(1, "unexpected failure (a bug, or a database error not covered below)"),
  USAGE(2, "usage: bad option, malformed selection or JSON, missing --yes, refused input"),
  UNFINISHED(3, "unfinished: work remains (a migration unfinished, a schema migration down), or finalize stopped"
      + " before the end"),
  FAILED(4, "failed: a migration is failed, or finalize could not complete because jobs failed"),
  BUSY(5, "busy: another process holds the lock for that migration or for db migrate, or a job is running elsewhere"),
  NOT_FOUND(6, "not found: no migration matches (for finalize: an id, a near miss, one of several selections, or --strict)"),
  CANNOT_CONNECT(7, "cannot connect to or authenticate with the database, or read GitLab's database.yml; or a write"
      + " through PgBouncer in transaction pooling mode");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  public int code() {
    return code;
  }

  public String meaning() {
    return meaning;
  }

  /** The worse of two outcomes, for commands that look at several things (failed beats unfinished). */
  public ExitCode worst(ExitCode other) {
    return severity() >= other.severity() ? this : other;
  }

  private int severity() {
    switch (this) {
      case OK: return 0;
      case UNFINISHED: return 1;
      case FAILED: return 2;
      default: return 3;
    }
  }
}
