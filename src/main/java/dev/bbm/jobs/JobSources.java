package dev.bbm.jobs;

import java.nio.file.Path;
import java.util.List;

/**
 * Where job classes are looked for, highest precedence first: the directories given with
 * --jobs-dir (in the order given), then the user's directory (~/.config/bbm/jobs); the definitions
 * shipped inside bbm come after bbm's own classes; then GitLab's source on this machine, then the
 * shipped index of thin subclasses.
 *
 * @param jobsDirs directories that must exist
 * @param userDir a directory read only when it exists, or null
 * @param railsRoot GitLab's Rails root whose class declarations are read, or null when there is none
 * @param railsRootsTried where a Rails root was looked for when none was found (for the refusal), or empty
 */
public record JobSources(List<Path> jobsDirs, Path userDir, Path railsRoot, List<Path> railsRootsTried) {
  public JobSources {
    jobsDirs = List.copyOf(jobsDirs);
    railsRootsTried = List.copyOf(railsRootsTried);
  }

  /** Definitions only, no GitLab source. */
  public JobSources(List<Path> jobsDirs, Path userDir) {
    this(jobsDirs, userDir, null, List.of());
  }

  /** Only what ships inside bbm. */
  public static JobSources builtInOnly() {
    return new JobSources(List.of(), null);
  }

  /** GitLab's source, when a Rails root is known. */
  public GitlabSource gitlabSource() {
    return railsRoot == null ? null : new GitlabSource(railsRoot);
  }
}
