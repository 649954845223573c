package dev.bbm.cli;

import dev.bbm.domain.BbmException;
import dev.bbm.jobs.JobSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Where job classes come from (definitions, GitLab's source); shared by the commands that run or show jobs. */
public final class JobDefinitionOptions {
  @Option(names = "--jobs-dir", paramLabel = "DIR",
      description = "read job definitions (CLASS.yml, CLASS.yaml or CLASS.json) from DIR, before"
          + " ~/.config/bbm/jobs and the built-in ones; repeatable, the first given wins")
  List<Path> jobsDirs = new ArrayList<>();

  @Option(names = "--gitlab-rails-root", paramLabel = "DIR",
      description = "GitLab's Rails root, whose class declarations (lib/gitlab/background_migration, read, never"
          + " run) map a thin subclass to the class bbm runs; default $BBM_GITLAB_RAILS_ROOT, else"
          + " /opt/gitlab/embedded/service/gitlab-rails or /home/git/gitlab when present")
  Path railsRoot;

  JobSources toSources(Context context) {
    for (Path dir : jobsDirs) {
      if (!Files.isDirectory(dir)) {
        throw BbmException.usage("--jobs-dir " + dir + " is not a directory");
      }
    }
    return context.jobSources(jobsDirs, railsRoot);
  }

  /** The options as typed, as words a printed finalize command carries so that it finds the same classes. */
  List<String> typed() {
    List<String> words = new ArrayList<>();
    jobsDirs.forEach(d -> {
      words.add("--jobs-dir");
      words.add(d.toString());
    });
    if (railsRoot != null) {
      words.add("--gitlab-rails-root");
      words.add(railsRoot.toString());
    }
    return words;
  }
}
