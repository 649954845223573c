package dev.bbm.jobs;

import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The job classes bbm can execute: built-ins plus implementations found through ServiceLoader. */
public final class JobRegistry {
  private final Map<String, JobClass> classes = new TreeMap<>();
  private final Map<String, LegacyJobClass> legacy = new TreeMap<>();

  private JobRegistry() {}

  public static JobRegistry load() {
    JobRegistry r = new JobRegistry();
    r.register(new CopyColumnJob());
    r.legacy.put(CopyColumnJob.NAME, new LegacyCopyColumnJob());
    for (LegacyJobClass extra : ServiceLoader.load(LegacyJobClass.class)) {
      r.legacy.putIfAbsent(extra.name(), extra);
    }
    for (JobClass extra : ServiceLoader.load(JobClass.class)) {
      r.register(extra);
    }
    return r;
  }

  private void register(JobClass job) {
    classes.putIfAbsent(job.name(), job);
  }

  /** Looks a class up by its stored name; a leading {@code ::} or module path is ignored. */
  public Optional<JobClass> find(String jobClassName) {
    String name = jobClassName;
    int sep = name.lastIndexOf("::");
    if (sep >= 0) {
      name = name.substring(sep + 2);
    }
    return Optional.ofNullable(classes.get(name));
  }

  /** A legacy job class by name; a leading {@code ::} or module path is ignored. */
  public Optional<LegacyJobClass> findLegacy(String className) {
    String name = className;
    int sep = name.lastIndexOf("::");
    if (sep >= 0) {
      name = name.substring(sep + 2);
    }
    return Optional.ofNullable(legacy.get(name));
  }

  public String knownLegacyNames() {
    return String.join(", ", legacy.keySet());
  }

  public String knownNames() {
    return String.join(", ", classes.keySet());
  }
}
