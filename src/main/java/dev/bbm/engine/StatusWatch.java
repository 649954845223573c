package dev.bbm.engine;

import dev.bbm.domain.ExitCode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * bbm status --watch: reads the status of each database every interval, each on the one engine (and
 * connection) it was given for the whole watch, and hands every frame on, until nothing is unfinished,
 * a number of frames is reached, or Ctrl-C.
 */
public final class StatusWatch {
  private final List<BatchEngine> engines;
  private final boolean includeDone;
  private final Duration interval;
  private final int maxFrames;
  private final Sleeper sleeper;

  /**
   * @param maxFrames stop after this many frames; 0 or less: no limit
   */
  public StatusWatch(List<BatchEngine> engines, boolean includeDone, Duration interval, int maxFrames,
      Sleeper sleeper) {
    this.engines = List.copyOf(engines);
    this.includeDone = includeDone;
    this.interval = interval;
    this.maxFrames = maxFrames;
    this.sleeper = sleeper;
  }

  /** Frames until the end; returns the last one (its exit code is the watch's). */
  public List<StatusReport> run(Consumer<List<StatusReport>> frame) {
    int frames = 0;
    while (true) {
      List<StatusReport> reports = new ArrayList<>();
      for (BatchEngine e : engines) {
        reports.add(e.status(includeDone));
      }
      frame.accept(reports);
      frames++;
      boolean finished = reports.stream().allMatch(r -> r.exitCode() == ExitCode.OK);
      if (finished || (maxFrames > 0 && frames >= maxFrames) || sleeper.sleep(interval)) {
        return reports;
      }
    }
  }
}
