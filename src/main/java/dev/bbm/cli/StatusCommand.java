package dev.bbm.cli;

import dev.bbm.config.DatabaseTargets;
import dev.bbm.domain.BbmException;
import dev.bbm.domain.Durations;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.Selection;
import dev.bbm.engine.BatchEngine;
import dev.bbm.engine.MigrationDetail;
import dev.bbm.engine.StatusReport;
import dev.bbm.engine.Sleeper;
import dev.bbm.engine.StatusWatch;
import dev.bbm.output.ProgressStyle;
import dev.bbm.output.StatusRenderer;
import dev.bbm.output.Tty;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** bbm status: the unfinished migrations, all with --all, or one in detail. */
@Command(name = "status", sortOptions = false,
    header = "Show batched background migrations and what keeps them from finishing.",
    description = "Lists the unfinished batched background migrations (every one with --all), or one migration"
        + " in detail with its failed jobs and their last error. Exit 0 when nothing is unfinished, 3 when"
        + " something is, 4 when something failed. With --jobs, the one migration's every job and its"
        + " transition-log history. On a terminal the list fits its width (long arguments, class and table"
        + " names shortened with an ellipsis, each note on a line beneath its row); --wide, a pipe or a file"
        + " keep whole lines. JOBS counts the jobs done and failed apart from those left; ETA is \"-\" for a"
        + " migration that does not move. --watch redraws the list every --interval until nothing is"
        + " unfinished (exit 0) or Ctrl-C (the last list's exit code).",
    footerHeading = "%nExamples:%n",
    footer = {"  bbm status", "  bbm status --all --format rake", "  bbm status --wide", "  bbm status --watch",
        "  bbm status --watch --interval 30s | tee status.log", "  bbm status main_85",
        "  bbm status main_85 --jobs",
        "  bbm status --json | jq '.databases[].migrations[].id'"})
final class StatusCommand extends BaseCommand {
  private static final String WATCH_INTERVAL = "5s";
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

  @Mixin
  SelectionArgs selection = new SelectionArgs();

  @Mixin
  JobDefinitionOptions jobs = new JobDefinitionOptions();

  @Option(names = "--all", description = "include finished and finalized migrations")
  boolean all;

  @Option(names = "--jobs", description = "with an ID: every job of that migration with its range, status, attempts,"
      + " duration, rows and transition-log history (who: bbm or unknown), the audit trail")
  boolean showJobs;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default), rake (GitLab's status lines) or json")
  OutputFormat format;

  @Option(names = "--wide", description = "on a terminal too, keep each line whole (by default the list is fitted"
      + " to the terminal's width, long job arguments, notes and class names shortened with an ellipsis; a pipe or"
      + " a file always gets whole lines)")
  boolean wide;

  @Option(names = "--watch", description = "redraw the list every --interval until nothing is unfinished (then exit"
      + " 0) or Ctrl-C (then the exit code of the last list); piped or redirected, each list follows the last")
  boolean watch;

  @Option(names = "--interval", paramLabel = "DURATION", description = "with --watch: how often to read the tables"
      + " (default " + WATCH_INTERVAL + ")")
  String interval;

  /** Stops --watch after this many frames (tests; 0: no limit). */
  @Option(names = "--watch-count", hidden = true, defaultValue = "0")
  int watchCount;

  /** The layouts status can print. */
  enum OutputFormat { text, rake, json }

  @Override
  ExitCode execute() {
    if (outputOptions.json && format == OutputFormat.rake) {
      throw BbmException.usage("--json and --format rake ask for two different outputs; give one of them");
    }
    if (format == OutputFormat.json) {
      outputOptions.json = true;
    }
    jobs.toSources(context()); // a --gitlab-rails-root or --jobs-dir that is not there is exit 2 in every form
    StatusRenderer renderer = new StatusRenderer(output(), width(), ProgressStyle.utf8(context().env()));
    if (showJobs && selection.isEmpty()) {
      throw BbmException.usage("--jobs shows one migration's jobs: name it, as in bbm status main_85 --jobs");
    }
    Duration every = watchInterval();
    if (watch) {
      return watch(every);
    }
    if (!selection.isEmpty()) {
      MigrationDetail d = detail(selection.parse(context()));
      renderer.detail(d);
      return d.exitCode();
    }
    List<StatusReport> reports = new ArrayList<>();
    for (DatabaseTargets.Target t : readTargets()) {
      try (BatchEngine engine = engine(t)) {
        reports.add(engine.status(all));
      }
    }
    renderer.list(reports, format == OutputFormat.rake);
    return reports.stream().map(StatusReport::exitCode).reduce(ExitCode.OK, ExitCode::worst);
  }

  /** --watch's interval, after refusing what --watch does not go with (exit 2); null without --watch. */
  private Duration watchInterval() {
    if (!watch) {
      if (interval != null) {
        throw BbmException.usage("--interval is how often --watch redraws the list; give --watch too");
      }
      return null;
    }
    if (!selection.isEmpty()) {
      throw BbmException.usage("--watch redraws the list of migrations; to follow one migration, bbm wait with"
          + " its id shows its progress until it is finished");
    }
    if (outputOptions.json || format == OutputFormat.rake) {
      throw BbmException.usage("--watch redraws the text list; for JSON or GitLab's rake lines run bbm status"
          + " without --watch, as often as you like");
    }
    Duration every = Durations.parse(interval == null ? WATCH_INTERVAL : interval, "--interval");
    if (every.isZero()) {
      throw BbmException.usage("--interval must be longer than 0s");
    }
    return every;
  }

  /**
   * The list every interval, each database read on the one engine opened for the whole watch; its exit
   * code is the last list's (0 when it ended because nothing is unfinished).
   */
  private ExitCode watch(Duration every) {
    boolean terminal = stdoutIsTerminal();
    String shown = every.toMillis() < 1000 ? every.toMillis() + "ms" : Durations.format(every);
    String command = "Every " + shown + ": bbm status" + (all ? " --all" : "") + "   ";
    List<BatchEngine> engines = new ArrayList<>();
    try {
      for (DatabaseTargets.Target t : readTargets()) {
        engines.add(engine(t));
      }
      boolean[] first = {true};
      List<StatusReport> last = new StatusWatch(engines, all, every, watchCount,
          Sleeper.ticking(context().stopRequested())).run(reports -> {
            // the width asked again each frame: a resized terminal gets a list that fits it
            new StatusRenderer(output(), width(), ProgressStyle.utf8(context().env()))
                .watchFrame(command + LocalDateTime.now().format(CLOCK), reports, terminal, first[0]);
            first[0] = false;
          });
      return last.stream().map(StatusReport::exitCode).reduce(ExitCode.OK, ExitCode::worst);
    } finally {
      engines.forEach(BatchEngine::close);
    }
  }

  private boolean stdoutIsTerminal() {
    return context().terminal() && Tty.stdoutIsTerminal(true);
  }

  /** The width the list is fitted into: the terminal's on standard output, or 0 (whole lines) for --wide or a pipe. */
  private int width() {
    return wide || !stdoutIsTerminal() ? 0 : Tty.stdoutWidth();
  }

  /**
   * One migration: in the database its id or --database names; a configuration on a GitLab with
   * several databases is looked for in each, and must be found in one.
   */
  private MigrationDetail detail(Selection sel) {
    if (sel instanceof Selection.ById || connection.database != null || !targets().several()) {
      DatabaseTargets.Target t = writeTarget(sel);
      try (BatchEngine engine = engine(t, jobs)) {
        return engine.status(localize(sel, t), showJobs);
      }
    }
    List<MigrationDetail> found = new ArrayList<>();
    BbmException near = null;
    for (DatabaseTargets.Target t : targets().all()) {
      try (BatchEngine engine = engine(t, jobs)) {
        found.add(engine.status(sel, showJobs));
      } catch (BbmException e) {
        if (e.exitCode() != ExitCode.NOT_FOUND) {
          throw e;
        }
        near = near == null && e.getMessage().contains("; did you mean ") ? e : near;
      }
    }
    if (found.isEmpty() && near != null) {
      throw near;
    }
    if (found.isEmpty()) {
      throw new BbmException(ExitCode.NOT_FOUND, "no batched background migration matches " + sel + " in databases "
          + targets().labels());
    }
    if (found.size() > 1) {
      throw BbmException.usage("the configuration matches migrations in several databases ("
          + String.join(", ", found.stream().map(d -> d.summary().migration().displayId()).toList())
          + "); select one by its id or name the database with --database");
    }
    return found.get(0);
  }
}
