package dev.bbm.engine;

import dev.bbm.domain.BbmException;
import dev.bbm.domain.ColumnInfo;
import dev.bbm.domain.Identifiers;
import dev.bbm.jobs.GitlabSource;
import dev.bbm.jobs.JobRegistry;
import dev.bbm.jobs.JobSources;
import dev.bbm.jobs.Lookup;
import dev.bbm.store.Database;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;

/**
 * bbm jobs new: what a job definition skeleton for a class needs: the table's columns as the
 * catalogue has them, GitLab's file of the class when its source is on this machine, and how bbm
 * already runs the class, if it does.
 *
 * @param gitlabFile GitLab's file declaring the class, or null
 * @param runsToday how bbm runs the class today (a sentence), or null when it cannot
 */
public record JobSkeleton(String className, String table, String batchColumn, List<ColumnInfo> columns,
    String gitlabFile, String runsToday) {
  public JobSkeleton {
    columns = List.copyOf(columns);
  }

  /** Checks the names before anything connects, then reads the table. */
  static JobSkeleton read(Database db, JobSources sources, String className, String table, String batchColumn)
      throws SQLException {
    if (!GitlabSource.isConstant(className)) {
      throw BbmException.usage(className + " is not a Ruby constant (a class name such as BackfillIssuesProjectId),"
          + " so it cannot be a job class");
    }
    if (!Identifiers.isValidTable(table)) {
      throw BbmException.usage("table \"" + table + "\" is not a valid SQL identifier");
    }
    if (!Identifiers.isValid(batchColumn)) {
      throw BbmException.usage("--batch-column \"" + batchColumn + "\" is not a valid SQL identifier");
    }
    Lookup lookup = JobRegistry.load(sources).lookup(className);
    List<ColumnInfo> columns = db.stores().catalog().columns(db.session(), table);
    if (columns.isEmpty()) {
      throw BbmException.usage("table " + table + " does not exist in database " + db.label());
    }
    if (columns.stream().noneMatch(c -> c.name().equals(batchColumn))) {
      throw BbmException.usage("table " + table + " has no column " + batchColumn + " to batch over; name it with"
          + " --batch-column");
    }
    return new JobSkeleton(className, table, batchColumn, columns, gitlabFile(sources, className),
        lookup.found() ? lookup.resolution().sentence() : null);
  }

  private static String gitlabFile(JobSources sources, String className) {
    GitlabSource source = sources.gitlabSource();
    if (source == null) {
      return null;
    }
    try {
      return source.read(className).map(d -> d.file().toString()).orElse(null);
    } catch (IOException e) {
      return null;
    }
  }
}
