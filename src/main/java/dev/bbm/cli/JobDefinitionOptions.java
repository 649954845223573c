package dev.bbm.cli;

import dev.bbm.domain.BbmException;
import dev.bbm.jobs.JobSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Where job definitions come from; shared by the commands that run jobs (finalize, retry). */
public final class JobDefinitionOptions {
  @Option(names = "--jobs-dir", paramLabel = "DIR",
      description = "read job definitions (CLASS.yml, CLASS.yaml or CLASS.json) from DIR, before"
          + " ~/.config/bbm/jobs and the built-in ones; repeatable, the first given wins")
  List<Path> jobsDirs = new ArrayList<>();

  JobSources toSources(Context context) {
    for (Path dir : jobsDirs) {
      if (!Files.isDirectory(dir)) {
        throw BbmException.usage("--jobs-dir " + dir + " is not a directory");
      }
    }
    return new JobSources(jobsDirs, context.userJobsDir());
  }
}
