package dev.bbm.domain;

/** Which batched migration a command acts on: by id, or by GitLab's configuration key. */
public sealed interface Selection permits Selection.ById, Selection.ByConfiguration {

  /**
   * A migration id, {@code main_85} or {@code 85}.
   *
   * @param database the database label ({@code main}, {@code ci}), or null for a bare id
   */
  record ById(String database, long id) implements Selection {
    @Override
    public String toString() {
      return database == null ? Long.toString(id) : database + "_" + id;
    }
  }

  /**
   * GitLab's configuration key. The job class has no leading {@code ::}; the table may carry a
   * schema prefix; the job arguments are compact JSON text (a JSON array), compared as jsonb.
   */
  record ByConfiguration(String jobClassName, String tableName, String columnName, String jobArgumentsJson)
      implements Selection {
    @Override
    public String toString() {
      return jobClassName + "," + tableName + "," + columnName + "," + jobArgumentsJson;
    }
  }
}
