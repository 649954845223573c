package dev.bbm.engine;

/** How one finalize worker stopped; the finalize outcome is decided from all of them. */
enum WorkerEnd {
  /** Asked to stop (Ctrl-C, an error in another worker) before the migration ended. */
  INTERRUPTED,
  /** The migration is finished. */
  FINISHED,
  /** The migration failed (a job failed for good, or GitLab's should_stop?). */
  FAILED,
  /** Someone else changed the migration's status while bbm worked on it. */
  CHANGED
}
