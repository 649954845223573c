package dev.bbm.engine;

import dev.bbm.domain.BbmException;
import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.MigrationStatus;
import dev.bbm.domain.Selection;
import dev.bbm.jobs.GitlabSource;
import dev.bbm.jobs.JobRegistry;
import dev.bbm.jobs.JobSources;
import dev.bbm.jobs.Lookup;
import dev.bbm.schema.EnsureCall;
import dev.bbm.schema.EnsureCallReader;
import dev.bbm.schema.MigrationFile;
import dev.bbm.schema.MigrationFiles;
import dev.bbm.schema.SchemaVersionStore;
import dev.bbm.store.Database;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * bbm check's look ahead: the pending migration files of GitLab's code on this machine (versions
 * not in schema_migrations, in the order db:migrate runs them), their
 * ensure_batched_background_migration_is_finished calls, the batched migration each names (matched
 * as finalize matches a configuration) and whether the next db:migrate stops there.
 */
final class BlockerScan {
  /** GitLab's migration directories under the Rails root, FOSS and EE. */
  static final List<String> MIGRATION_DIRS = List.of("db/migrate", "db/post_migrate", "ee/db/migrate",
      "ee/db/post_migrate");
  private static final long MAX_BYTES = 1 << 20;
  private final Database db;
  private final JobSources sources;
  private final TypedOptions typed;
  private JobRegistry registry;

  /** The migrations the pending files' blocking calls name, as selections by id, in file order. */
  static List<Selection> blocking(Database db, JobSources sources) throws SQLException {
    if (sources.railsRoot() == null) {
      throw BbmException.usage("--blocking reads the pending migrations of GitLab's code, which was not found"
          + " (looked for " + lookedFor(sources) + "); name its Rails root with --gitlab-rails-root DIR");
    }
    StatusReport batched = new StatusReader(db).list(false);
    Blocker.Report report = new BlockerScan(db, sources, TypedOptions.NONE).scan(byId(batched));
    List<Selection> out = new ArrayList<>();
    for (Blocker b : report.calls()) {
      if (b.verdict() == Blocker.Verdict.BLOCKS && b.migration() != null && !out.contains(b.migration())) {
        out.add(b.migration());
      }
    }
    return out;
  }

  BlockerScan(Database db, JobSources sources, TypedOptions typed) {
    this.db = db;
    this.sources = sources;
    this.typed = typed;
  }

  /** The directories of a Rails root that hold migrations (those that exist or not). */
  static List<Path> migrationDirs(Path root) {
    return MIGRATION_DIRS.stream().map(root::resolve).toList();
  }

  /** @param unfinished the unfinished migrations' summaries, for their progress */
  Blocker.Report scan(Map<Long, MigrationSummary> unfinished) throws SQLException {
    Path root = sources.railsRoot();
    if (root == null) {
      return new Blocker.Report(null, "not checked: GitLab's code was not found (looked for " + lookedFor(sources)
          + "); name it with --gitlab-rails-root DIR", List.of());
    }
    Set<String> applied = db.layout().hasSchemaMigrations() ? new SchemaVersionStore(db).appliedVersions() : Set.of();
    List<MigrationFile> pending = MigrationFiles.anyMigrations(migrationDirs(root)).stream()
        .filter(f -> "rb".equals(f.extension()) && !applied.contains(f.version())).toList();
    List<Blocker> calls = new ArrayList<>();
    for (MigrationFile f : pending) {
      String text = read(f.path());
      if (text == null || !text.contains(EnsureCallReader.METHOD)) {
        continue;
      }
      EnsureCallReader.Result r = EnsureCallReader.read(text);
      if (r.gitlabSchema() != null && !db.scope().includes(r.gitlabSchema())) {
        continue;
      }
      for (EnsureCall call : r.calls()) {
        calls.add(judge(f.version() + "_" + f.name(), call, r.gitlabSchema(), unfinished, calls));
      }
    }
    return new Blocker.Report(root.toString(), pending.size() + " pending migration file(s) in " + root + " read, "
        + calls.size() + " call(s) of " + EnsureCallReader.METHOD, calls);
  }

  /** Where bbm looked for GitLab's code: the Rails roots it tried, by the directory that marks one. */
  private static String lookedFor(JobSources sources) {
    return sources.railsRootsTried().stream().map(p -> p + "/" + GitlabSource.MIGRATIONS_DIR)
        .collect(Collectors.joining(" and "));
  }

  private static String read(Path file) {
    try {
      return Files.size(file) > MAX_BYTES ? null : Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
  }

  private Blocker judge(String file, EnsureCall call, String schema, Map<Long, MigrationSummary> unfinished,
      List<Blocker> before) throws SQLException {
    String where = file + " (line " + call.line() + ")";
    String caveat = call.caveat() == null ? "" : " (note: the call is " + call.caveat()
        + ", so db:migrate may run it differently or not at all)";
    if (call.configuration().isEmpty()) {
      return new Blocker(file, call.line(), Blocker.Verdict.UNREADABLE, null, null, null, null, null,
          call.finalizes(), call.caveat(), call.problems(), null, where + ": cannot be read: "
          + String.join("; ", call.problems()) + "; bbm cannot tell whether it blocks, so read the file" + caveat + ".");
    }
    Selection.ByConfiguration key = call.configuration().get();
    String configuration = key.jobClassName() + "," + key.tableName() + "," + key.columnName() + ","
        + key.jobArgumentsJson();
    BatchedMigration m = find(key, schema);
    if (m == null) {
      return new Blocker(file, call.line(), Blocker.Verdict.NOT_FOUND, configuration, null, null, null, null,
          call.finalizes(), call.caveat(), List.of(), null, where + ": no batched background migration matches "
          + configuration + "; GitLab only warns (\"Could not find batched background migration for the given"
          + " configuration\"), so it does not block" + caveat + ".");
    }
    String named = m.displayId() + " (" + m.jobClassName() + ", " + m.tableName() + ", " + m.columnName() + ")";
    if (m.status().isDone()) {
      return new Blocker(file, call.line(), Blocker.Verdict.PASSES, configuration, key(m), m.status().label(),
          100.0, null, call.finalizes(), call.caveat(), List.of(), null, where + ": " + named + " is "
          + m.status().label() + "; the call passes" + caveat + ".");
    }
    MigrationSummary s = unfinished.get(m.id());
    Double progress = s == null ? null : s.progress();
    boolean runnable = runnable(m);
    String command = command(m, runnable, typed);
    boolean first = before.stream().noneMatch(b -> b.verdict() == Blocker.Verdict.BLOCKS);
    String state = m.status().label() + (progress == null ? "" : " at " + (long) Math.floor(progress) + " %");
    String sentence = (first ? "The next `gitlab-rake db:migrate` will stop at " : "After that, it will stop at ")
        + file + " because " + named + " is " + state + (call.finalizes() ? "" : " (the call has finalize: false,"
        + " so db:migrate only checks)") + "; " + (runnable ? "run: " + command : "bbm cannot run " + m.jobClassName()
        + " itself, so run: " + command + " (or, if its work was done another way: "
        + ClassRefusal.markFinished(m, typed) + ")") + caveat;
    return new Blocker(file, call.line(), Blocker.Verdict.BLOCKS, configuration, key(m), m.status().label(),
        progress, runnable, call.finalizes(), call.caveat(), List.of(), command, sentence);
  }

  private static Selection.ById key(BatchedMigration m) {
    return new Selection.ById(m.database(), m.id());
  }

  /**
   * What finishes an unfinished migration, for check to recommend: bbm's own finalize (retry
   * --finalize when failed), or for a class bbm cannot run GitLab's rake under bbm, never a command
   * bbm would refuse.
   */
  static String command(BatchedMigration m, boolean runnable, TypedOptions typed) {
    if (!runnable) {
      return ClassRefusal.viaRake(m, typed);
    }
    if (m.status() == MigrationStatus.FAILED) {
      return "bbm retry " + m.displayId() + " --finalize" + typed.forRunner();
    }
    return "bbm finalize " + m.displayId() + typed.forRunner();
  }

  /** As GitLab's find_for_configuration: the first match, the file's gitlab_schema first when it names one. */
  private BatchedMigration find(Selection.ByConfiguration key, String schema) throws SQLException {
    List<BatchedMigration> found = db.stores().migrations().findByConfiguration(db.session(), key);
    return found.stream().filter(m -> schema != null && schema.equals(m.gitlabSchema())).findFirst()
        .orElse(found.isEmpty() ? null : found.get(0));
  }

  /**
   * Whether bbm can run the migration's class here: the lookup finalize makes (its own, definitions, thin
   * subclasses), and for a one_database class a database where GitLab has not write-locked another's
   * tables (where finalize refuses it: Preflight.lockedOut).
   */
  boolean runnable(BatchedMigration m) throws SQLException {
    if (registry == null) {
      registry = JobRegistry.load(sources);
    }
    Lookup lookup = registry.lookup(m.jobClassName());
    return lookup.found() && Preflight.lockedOut(lookup.kind(), db).isEmpty();
  }

  /** The summaries by migration id. */
  static Map<Long, MigrationSummary> byId(StatusReport batched) {
    return batched.migrations().stream().collect(Collectors.toMap(s -> s.migration().id(), Function.identity(),
        (a, b) -> a));
  }
}
