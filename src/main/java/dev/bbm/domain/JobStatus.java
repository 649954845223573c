package dev.bbm.domain;

import java.util.Locale;

/** GitLab's batched job states with their numeric codes (reference §2.2); any state may go to any. */
public enum JobStatus {
  PENDING(0),
  RUNNING(1),
  FAILED(2),
  SUCCEEDED(3);

  /** GitLab's MAX_ATTEMPTS: a failed job with this many attempts is no longer retried. */
  public static final int MAX_ATTEMPTS = 3;

  private final int code;

  JobStatus(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Pending or running: GitLab's {@code active} scope. */
  public boolean isActive() {
    return this == PENDING || this == RUNNING;
  }

  public static JobStatus fromCode(int code) {
    for (JobStatus s : values()) {
      if (s.code == code) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown batched job status code " + code);
  }
}
