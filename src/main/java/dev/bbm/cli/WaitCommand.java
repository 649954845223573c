package dev.bbm.cli;

import dev.bbm.config.DatabaseTargets;
import dev.bbm.domain.BbmException;
import dev.bbm.domain.Durations;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.Selection;
import dev.bbm.engine.BatchEngine;
import dev.bbm.engine.WaitResult;
import dev.bbm.output.WaitRenderer;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** bbm wait: for upgrades that let Sidekiq do the work, waits (reading only) until migrations are finished. */
@Command(name = "wait", sortOptions = false,
    header = "Wait, reading only, until Sidekiq has finished a migration (or all of them).",
    description = "Changes nothing: reads the bookkeeping tables every few seconds, showing progress and an ETA,"
        + " until every selected migration is finished or finalized (exit 0), one is failed (exit 4, with its failed"
        + " jobs' last errors), --timeout passes or Ctrl-C (exit 3, saying what is still unfinished and how far).",
    footerHeading = "%nExamples:%n",
    footer = {
        "  bbm wait main_85",
        "  bbm wait --all --timeout 2h          # after upgrading, while Sidekiq works",
        "  bbm wait main_85 --interval 30s --json"})
final class WaitCommand extends BaseCommand {
  @Mixin
  SelectionArgs selection = new SelectionArgs();

  @Option(names = "--all", description = "every unfinished migration of the database(s) when the wait begins")
  boolean all;

  @Option(names = "--timeout", paramLabel = "DURATION", description = "give up after this long (exit 3);"
      + " default: wait for ever")
  String timeout;

  @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "5s",
      description = "how often to read the tables (default ${DEFAULT-VALUE})")
  String interval = "5s";

  @Option(names = "--strict", description = "exit 6 when no migration matches (default: a warning and exit 0, as"
      + " finalize)")
  boolean strict;

  @Mixin
  ProgressOptions progress = new ProgressOptions();

  @Override
  ProgressOptions progressOptions() {
    return progress;
  }

  @Override
  ExitCode execute() {
    if (all == !selection.isEmpty()) {
      throw BbmException.usage(all ? "give a migration or --all, not both"
          : "wait needs a migration (an id such as main_85, or CLASS,TABLE,COLUMN,JSON) or --all");
    }
    Duration limit = timeout == null ? null : Durations.parse(timeout, "--timeout");
    Duration every = Durations.parse(interval, "--interval");
    if (every.isZero()) {
      throw BbmException.usage("--interval must be longer than 0s");
    }
    WaitRenderer renderer = new WaitRenderer(output());
    WaitResult r = all ? waitAll(limit, every, renderer) : waitOne(limit, every, renderer);
    renderer.result(r);
    return r.exitCode(strict);
  }

  private WaitResult waitOne(Duration limit, Duration every, WaitRenderer renderer) {
    Selection sel = selection.parse(context());
    DatabaseTargets.Target target = writeTarget(sel);
    try (BatchEngine engine = engine(target)) {
      return engine.await(localize(sel, target), limit, every, renderer);
    }
  }

  /** Each database in turn, sharing the timeout; the first that does not finish ends the wait. */
  private WaitResult waitAll(Duration limit, Duration every, WaitRenderer renderer) {
    List<DatabaseTargets.Target> targets = readTargets();
    WaitResult r = null;
    for (DatabaseTargets.Target target : targets) {
      Duration left = limit == null || r == null ? limit : limit.minus(r.waited());
      if (left != null && left.isNegative()) {
        left = Duration.ZERO;
      }
      try (BatchEngine engine = engine(target)) {
        WaitResult next = engine.await(null, left, every, renderer);
        r = r == null ? next : r.then(next);
      }
      if (r.outcome() != WaitResult.Outcome.FINISHED) {
        break;
      }
    }
    return r;
  }
}
