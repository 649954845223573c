package dev.bbm.engine;

/**
 * How mark-finished records and guards itself.
 *
 * @param reason recorded as each changed job's transition-log message; null for the default
 * @param dryRun read and describe only
 */
public record MarkFinishedOptions(String reason, boolean dryRun) {
  /** What the transition logs say when the operator gave no --reason. */
  public static final String DEFAULT_REASON = "marked finished by bbm without running it";

  /** GitLab's exception_class column is where bbm marks "skipped" apart from "ran". */
  public static final String EXCEPTION_CLASS = "bbm.MarkedFinished";

  public MarkFinishedOptions {
    if (reason == null || reason.isBlank()) {
      reason = DEFAULT_REASON;
    }
  }
}
