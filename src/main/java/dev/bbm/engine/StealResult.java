package dev.bbm.engine;

import dev.bbm.domain.ExitCode;
import java.util.List;

/** What bbm steal did with a class's pending legacy jobs. */
public record StealResult(String className, int pendingFound, List<Ran> ran, int skipped, boolean dryRun) {

  /** One job run: its source (tracked row id), arguments, rows updated, and the error if it failed. */
  public record Ran(String source, String argumentsJson, boolean succeeded, long rows, String error) {}

  public long failed() {
    return ran.stream().filter(r -> !r.succeeded()).count();
  }

  /** 0 when every job ran, 4 when one failed (it stays pending). */
  public ExitCode exitCode() {
    return failed() > 0 ? ExitCode.FAILED : ExitCode.OK;
  }
}
