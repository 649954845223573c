package dev.bbm.engine;

import dev.bbm.jobs.JobRegistry;
import dev.bbm.jobs.JobSources;
import dev.bbm.jobs.KnownClass;
import java.util.List;

/** bbm jobs list: the job classes bbm can run and how, read without a database. */
public final class JobCatalog {
  private JobCatalog() {}

  /** Every class bbm can run with these definition sources; a broken definition is exit 2. */
  public static List<KnownClass> list(JobSources sources) {
    return JobRegistry.load(sources).known();
  }
}
