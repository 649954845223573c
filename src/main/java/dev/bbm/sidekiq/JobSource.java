package dev.bbm.sidekiq;

/** Where in Sidekiq's Redis a job was found; exists so output and steal order can name each source. */
public enum JobSource {
  /** The {@code schedule} sorted set: jobs queued with perform_in/perform_at, not yet due. */
  SCHEDULE,
  /** A {@code queue:<name>} list: jobs waiting for a Sidekiq thread. */
  QUEUE,
  /** The {@code retry} sorted set: failed jobs waiting for their next attempt. */
  RETRY,
  /** The {@code dead} sorted set: jobs that ran out of retries. */
  DEAD
}
