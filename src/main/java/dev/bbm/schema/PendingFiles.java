package dev.bbm.schema;

import dev.bbm.domain.BbmException;
import dev.bbm.jobs.JobKind;
import dev.bbm.jobs.JobRegistry;
import dev.bbm.store.BookkeepingTables;
import dev.bbm.store.Layout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What a run (or a dry run) of db migrate has to do, worked out before anything runs: the pending
 * files, each read and checked into its steps, so that a bad file stops db migrate with exit 2.
 */
final class PendingFiles {
  /**
   * The work of a run.
   *
   * @param files the pending files, in version order
   * @param skipped post-deployment files left down by SKIP_POST_DEPLOYMENT_MIGRATIONS
   * @param upToDate how many files are applied already
   * @param missingTables the bookkeeping tables to create first
   */
  record Pending(List<PendingFile> files, List<MigrationFile> skipped, int upToDate, List<String> missingTables) {}

  /** A pending file, read and checked: its steps in order, each directive's payload already validated. */
  record PendingFile(MigrationFile file, boolean transaction, List<Step> steps) {}

  private final SchemaVersionStore versions;
  private final Supplier<JobRegistry> registry;

  /** @param registry the job classes, loaded when a queue directive's argument count is checked */
  PendingFiles(SchemaVersionStore versions, Supplier<JobRegistry> registry) {
    this.versions = versions;
    this.registry = registry;
  }

  Pending compute(List<MigrationFile> files, Layout layout, MigrateOptions o) throws SQLException {
    Set<String> applied = layout.hasSchemaMigrations() ? versions.appliedVersions() : Set.of();
    List<MigrationFile> pending = new ArrayList<>();
    List<MigrationFile> skipped = new ArrayList<>();
    for (MigrationFile f : files) {
      if (applied.contains(f.version())) {
        continue;
      }
      if (f.postDeployment() && o.skipPostDeployment()) {
        skipped.add(f);
      } else {
        pending.add(f);
      }
    }
    List<PendingFile> prepared = new ArrayList<>();
    for (MigrationFile f : pending) {
      prepared.add(prepare(f));
    }
    return new Pending(prepared, skipped, files.size() - pending.size() - skipped.size(),
        BookkeepingTables.missing(layout));
  }

  private PendingFile prepare(MigrationFile f) throws SQLException {
    if (!f.isSql()) {
      throw BbmException.usage(f.path() + " is a Ruby migration, which bbm cannot run; run gitlab-rake db:migrate"
          + " (or rails db:migrate) for it, or move the .rb files out of the migration directories");
    }
    String text;
    try {
      text = Files.readString(f.path(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw BbmException.usage("cannot read migration file " + f.path() + ": " + e.getMessage());
    }
    MigrationScript script = MigrationScript.parse(f.path().toString(), text);
    List<Step> steps = new ArrayList<>();
    for (MigrationScript.Part part : script.parts()) {
      String where = f.path() + ":" + part.line();
      Step step = part.step(where);
      step.accept(new Checks(where, script.ddlTransaction()));
      steps.add(step);
    }
    return new PendingFile(f, script.ddlTransaction(), List.copyOf(steps));
  }

  /** The checks GitLab's helpers make before anything runs. */
  private final class Checks implements Step.Visitor<Void> {
    private final String where;
    private final boolean transaction;

    Checks(String where, boolean transaction) {
      this.where = where;
      this.transaction = transaction;
    }

    @Override
    public Void execute(MigrationScript.Sql statement) {
      return null;
    }

    /** GitLab's check of the job class's job_arguments_count, for classes bbm knows. */
    @Override
    public Void queue(MigrationDirective.Queue q) {
      Optional<JobKind> cls = registry.get().find(q.key().jobClassName());
      if (cls.isPresent() && cls.get().argumentCount() != q.jobArgumentCount()) {
        throw BbmException.usage(where + ": Wrong number of job arguments for " + q.key().jobClassName()
            + " (given " + q.jobArgumentCount() + ", expected " + cls.get().argumentCount() + ")");
      }
      return null;
    }

    @Override
    public Void ensure(MigrationDirective.Ensure ensure) {
      if (transaction) {
        throw BbmException.usage(where + ": The `" + MigrationScript.ENSURE + "` cannot be run inside a transaction."
            + " You can disable transactions by adding `-- bbm:" + MigrationScript.DISABLE_DDL_TRANSACTION
            + "` to the migration file.");
      }
      return null;
    }

    @Override
    public Void delete(MigrationDirective.Delete delete) {
      return null;
    }
  }
}
