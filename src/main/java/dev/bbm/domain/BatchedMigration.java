package dev.bbm.domain;

import java.time.OffsetDateTime;

/** One row of batched_background_migrations, as bbm reads it. */
public record BatchedMigration(
    long id,
    String database,
    String jobClassName,
    String batchClassName,
    String tableName,
    String columnName,
    JobArguments jobArguments,
    Long minValue,
    Long maxValue,
    boolean cursorBased,
    int batchSize,
    int subBatchSize,
    Integer maxBatchSize,
    int interval,
    int pauseMs,
    MigrationStatus status,
    Long totalTupleCount,
    String gitlabSchema,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    OffsetDateTime startedAt,
    OffsetDateTime finishedAt,
    OffsetDateTime onHoldUntil) {

  /** The job arguments as compact JSON text. */
  public String jobArgumentsJson() {
    return jobArguments.json();
  }

  /** GitLab 18's composite id, {@code main_85}. */
  public String displayId() {
    return database + "_" + id;
  }

  /** The rake form an operator can paste: class,table,column,json. */
  public String configurationText() {
    return jobClassName + "," + tableName + "," + columnName + "," + jobArgumentsJson();
  }

  /** The finalize command to paste into a shell, with the commas inside the JSON escaped. */
  public String finalizeCommand() {
    return "bbm finalize " + jobClassName + "," + tableName + "," + columnName
        + ",'" + jobArgumentsJson().replace("'", "'\\''").replace(",", "\\,") + "'";
  }

  public BatchedMigration withStatus(MigrationStatus newStatus) {
    return new BatchedMigration(id, database, jobClassName, batchClassName, tableName, columnName,
        jobArguments, minValue, maxValue, cursorBased, batchSize, subBatchSize, maxBatchSize, interval,
        pauseMs, newStatus, totalTupleCount, gitlabSchema, createdAt, updatedAt, startedAt, finishedAt,
        onHoldUntil);
  }
}
