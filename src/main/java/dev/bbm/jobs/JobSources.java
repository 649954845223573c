package dev.bbm.jobs;

import java.nio.file.Path;
import java.util.List;

/**
 * Where job definition files are looked for, highest precedence first: the directories given
 * with --jobs-dir (in the order given), then the user's directory (~/.config/bbm/jobs). The
 * definitions shipped inside bbm come last.
 *
 * @param jobsDirs directories that must exist
 * @param userDir a directory read only when it exists, or null
 */
public record JobSources(List<Path> jobsDirs, Path userDir) {
  public JobSources {
    jobsDirs = List.copyOf(jobsDirs);
  }

  /** Only what ships inside bbm. */
  public static JobSources builtInOnly() {
    return new JobSources(List.of(), null);
  }
}
