package dev.bbm.domain;

/** GitLab's background_migration_jobs states with their numeric codes (BackgroundMigrationJob's status enum). */
public enum LegacyJobStatus {
  PENDING(0),
  SUCCEEDED(1);

  private final int code;

  LegacyJobStatus(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
