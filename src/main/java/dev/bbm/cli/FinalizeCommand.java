package dev.bbm.cli;

import dev.bbm.config.DatabaseTargets;
import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.Selection;
import dev.bbm.engine.BatchEngine;
import dev.bbm.engine.FinalizeAll;
import dev.bbm.engine.FinalizeAllResult;
import dev.bbm.engine.FinalizeOptions;
import dev.bbm.engine.FinalizeResult;
import dev.bbm.engine.RakeCommand;
import dev.bbm.output.FinalizeAllRenderer;
import dev.bbm.output.FinalizeRenderer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/** bbm finalize: runs the remaining batches of one migration inline until it is finished. */
@Command(name = "finalize", sortOptions = false,
    header = "Run a migration's remaining batches inline until it is finished.",
    description = "Does what gitlab-rake gitlab:background_migrations:finalize does, without Rails: fences the"
        + " migration against Sidekiq, runs pending, stale and new jobs with GitLab's batching and retry rules,"
        + " and marks it finished. Progress goes to stderr; an interrupted run resumes where it stopped."
        + " Several migrations (ids or CLASS,TABLE,COLUMN,JSON, one word each) or --all run one after another,"
        + " all resolved first, each as a single finalize, with a summary table at the end; the exit code is the"
        + " worst of them, and Ctrl-C stops the current one and starts no other.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  bbm finalize CopyColumnUsingBackgroundMigrationJob,events,id,\\",
        "'[[\"id\"]\\, [\"id_convert_to_bigint\"]]'",
        "  bbm finalize main_85",
        "  bbm finalize main_85 --fast --parallel 2",
        "  bbm finalize --all --fast            # every unfinished one, then a summary",
        "  bbm finalize --blocking              # what the next db:migrate stops on",
        "  bbm finalize main_85 main_87 main_90",
        "  bbm finalize main_85 --fast --join   # helps a run on another host",
        "  bbm finalize main_85 --via-rake      # GitLab's rake runs it, bbm watches",
        "  bbm finalize CopyColumnUsingBackgroundMigrationJob events id \\",
        "    '[[\"id\"],[\"id_convert_to_bigint\"]]' --dry-run"})
final class FinalizeCommand extends BaseCommand {
  @Mixin
  SelectionArgs selection = new SelectionArgs();

  @Mixin
  PacingOptions pacing = new PacingOptions();

  @Mixin
  JobDefinitionOptions jobs = new JobDefinitionOptions();

  @Mixin
  ProgressOptions progress = new ProgressOptions();

  @Mixin
  RedisOptions redis = new RedisOptions();

  @Override
  ProgressOptions progressOptions() {
    return progress;
  }

  @Option(names = "--strict", description = "exit 6 when no migration matches (default: a warning and exit 0, as GitLab)")
  boolean strict;

  @Option(names = "--dry-run", description = "print what would be done, including SQL, and change nothing")
  boolean dryRun;

  @Option(names = "--join", description = "work on a migration another bbm (on this host or another) is finalizing:"
      + " take ranges from the same queue, without its lock; with the same options it shares the work")
  boolean join;

  @Option(names = "--via-rake", description = "have GitLab's own rake task (gitlab:background_migrations:finalize)"
      + " run the migration, for a class bbm cannot run; bbm prints the command, shows progress from the job table"
      + " and maps the outcome to its exit codes")
  boolean viaRake;

  @Option(names = "--rake-command", paramLabel = "CMD", description = "with --via-rake, the command that runs"
      + " GitLab's rake, split into words as sh would (default: $" + RakeCommand.VARIABLE + ", else "
      + RakeCommand.DEFAULT + " on PATH); a source install: 'sudo -u git -H bundle exec rake RAILS_ENV=production'")
  String rakeCommand;

  @Option(names = "--all", description = "finalize every unfinished migration (active, paused, failed) of the"
      + " database(s), in GitLab's order (per database, by id), one after another; classes bbm cannot run are"
      + " skipped with the reason; a summary table at the end")
  boolean all;

  @Option(names = "--blocking", description = "finalize the migrations the next gitlab-rake db:migrate would stop on"
      + " (what bbm check names from GitLab's pending migration files; needs GitLab's Rails root, see"
      + " --gitlab-rails-root), in the order db:migrate runs them; a summary table at the end")
  boolean blocking;

  @Override
  ExitCode execute() {
    if ((all || blocking) && !selection.isEmpty() || all && blocking) {
      throw BbmException.usage(all && blocking ? "give --all or --blocking, not both"
          : "give migrations or " + (all ? "--all" : "--blocking") + ", not both");
    }
    if (blocking) {
      return several(null);
    }
    List<Selection> several = all ? null : requireSelections();
    if (all || several.size() > 1) {
      return several(several);
    }
    Selection sel = several.get(0);
    if (viaRake) {
      return viaRake(sel);
    }
    if (rakeCommand != null) {
      throw BbmException.usage("--rake-command only applies with --via-rake");
    }
    FinalizeOptions options = options();
    var target = writeTarget(sel);
    sel = localize(sel, target);
    FinalizeRenderer renderer = new FinalizeRenderer(output());
    try (BatchEngine engine = engine(target, jobs)) {
      FinalizeResult r = engine.finalize(sel, options, renderer);
      renderer.result(r);
      return r.exitCode(strict);
    }
  }

  /** --via-rake: the same selection and outcomes, GitLab's rake doing the work. */
  private ExitCode viaRake(Selection sel) {
    refuseOwnRunnerOptions();
    var target = writeTarget(sel);
    sel = localize(sel, target);
    String text = rakeCommand != null ? rakeCommand : context().env().get(RakeCommand.VARIABLE);
    RakeCommand command = RakeCommand.of(text, rakeDatabase(target));
    FinalizeRenderer renderer = new FinalizeRenderer(output());
    try (BatchEngine engine = engine(target, jobs)) {
      FinalizeResult r = engine.finalizeViaRake(sel, command, dryRun, context().env(), renderer);
      renderer.result(r);
      return r.exitCode(strict);
    }
  }

  /**
   * The database in the rake task's name ({@code finalize:ci[...]}), or null for the plain task.
   * GitLab defines {@code finalize:<db>} only when database.yml has several databases, and there
   * its plain task refuses ("Please specify the database"); so the name is given when bbm's own
   * configuration has several (or the database is not main), never for a single-database GitLab.
   */
  private String rakeDatabase(DatabaseTargets.Target target) {
    boolean several = targets().several() || !target.aliases().isEmpty()
        || !DatabaseTargets.DEFAULT_LABEL.equals(target.label());
    return several ? target.label() : null;
  }

  /** The options of bbm's own runner (pacing, parallelism, job definitions, --join) mean nothing with --via-rake. */
  private void refuseOwnRunnerOptions() {
    List<OptionSpec> own = new ArrayList<>();
    own.addAll(spec.mixins().get("pacing").options());
    own.addAll(spec.mixins().get("jobs").options());
    own.add(spec.findOption("--join"));
    List<String> typed = spec.commandLine().getParseResult().matchedOptions().stream()
        .filter(o -> own.stream().anyMatch(x -> x.longestName().equals(o.longestName())))
        .map(OptionSpec::longestName).distinct().toList();
    if (!typed.isEmpty()) {
      throw BbmException.usage(String.join(", ", typed) + (typed.size() == 1 ? " belongs" : " belong")
          + " to bbm's own runner and cannot be used with --via-rake, where GitLab's rake runs the jobs at its own pace");
    }
  }

  private List<Selection> requireSelections() {
    if (selection.isEmpty()) {
      throw BbmException.usage("finalize needs a migration: an id such as main_85, or CLASS,TABLE,COLUMN,JSON"
          + " as GitLab's upgrade notes print it; or --all");
    }
    return selection.parseSeveral(context());
  }

  /**
   * --all or several selections: each database's share resolved before anything runs, then each
   * migration finalized in turn with the same options; {@code selections} null means --all.
   */
  private ExitCode several(List<Selection> selections) {
    if (viaRake || join) {
      throw BbmException.usage((viaRake ? "--via-rake" : "--join") + " works on one migration; name it alone");
    }
    if (rakeCommand != null) {
      throw BbmException.usage("--rake-command only applies with --via-rake");
    }
    FinalizeOptions options = options();
    FinalizeAllRenderer renderer = new FinalizeAllRenderer(output());
    List<BatchEngine> engines = new ArrayList<>();
    try {
      List<FinalizeAll.Part> parts = new ArrayList<>();
      if (selections == null) {
        for (DatabaseTargets.Target target : readTargets()) {
          BatchEngine engine = open(engines, target);
          parts.add(new FinalizeAll.Part(engine, blocking ? engine.blocking() : null));
        }
      } else {
        Map<String, List<Selection>> byDatabase = new LinkedHashMap<>();
        Map<String, DatabaseTargets.Target> targets = new LinkedHashMap<>();
        for (Selection sel : selections) {
          DatabaseTargets.Target target = writeTarget(sel);
          targets.putIfAbsent(target.label(), target);
          byDatabase.computeIfAbsent(target.label(), k -> new ArrayList<>()).add(localize(sel, target));
        }
        byDatabase.forEach((label, sels) -> parts.add(new FinalizeAll.Part(open(engines, targets.get(label)), sels)));
      }
      FinalizeAllResult r = FinalizeAll.run(parts, options, renderer);
      renderer.result(r);
      return r.exitCode();
    } finally {
      engines.forEach(BatchEngine::close);
    }
  }

  private BatchEngine open(List<BatchEngine> engines, DatabaseTargets.Target target) {
    BatchEngine e = engine(target, jobs);
    engines.add(e);
    return e;
  }

  private FinalizeOptions options() {
    return pacing.toOptions(strict, dryRun, join).withSidekiq(pacing.sidekiqGrace(context()),
        redis.resolveSharedState(context(), output(), connection).orElse(null));
  }
}
