package dev.bbm.store;

/** The stores of one database, built once ({@link Database#stores()}) without running a statement. */
public final class Stores {
  private final MigrationStore migrations;
  private final JobRows jobRows = new JobRows();
  private final JobClaims claims = new JobClaims();
  private final JobRepairs repairs = new JobRepairs();
  private final JobStatistics statistics = new JobStatistics();
  private final JobCoverage coverage = new JobCoverage();
  private final TransitionLogStore transitionLogs;
  private final LegacyJobStore legacyJobs = new LegacyJobStore();
  private final Catalog catalog = new Catalog();
  private final JobHistory history = new JobHistory();

  Stores(Database db) {
    this.migrations = new MigrationStore(db);
    this.transitionLogs = new TransitionLogStore(db);
  }

  /** Rows of batched_background_migrations. */
  public MigrationStore migrations() {
    return migrations;
  }

  /** Job rows read and mapped. */
  public JobRows jobRows() {
    return jobRows;
  }

  /** The claim queue of finalize's workers. */
  public JobClaims claims() {
    return claims;
  }

  /** Repairs of job rows after failures, and mark-finished's update. */
  public JobRepairs repairs() {
    return repairs;
  }

  /** Aggregates over jobs. */
  public JobStatistics statistics() {
    return statistics;
  }

  /** How the jobs' ranges cover the keys. */
  public JobCoverage coverage() {
    return coverage;
  }

  /** The audit rows of job status changes. */
  public TransitionLogStore transitionLogs() {
    return transitionLogs;
  }

  /** GitLab's tracking table of legacy background migrations. */
  public LegacyJobStore legacyJobs() {
    return legacyJobs;
  }

  /** One migration's jobs with their transition logs, for status --jobs. */
  public JobHistory history() {
    return history;
  }

  /** Tables and columns from pg_catalog. */
  public Catalog catalog() {
    return catalog;
  }
}
