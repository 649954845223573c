package dev.bbm.engine;

import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.MigrationStatus;
import dev.bbm.domain.ShellWords;
import dev.bbm.jobs.JobSources;
import dev.bbm.schema.MigrationFile;
import dev.bbm.schema.MigrationFiles;
import dev.bbm.schema.SchemaVersionStore;
import dev.bbm.store.Database;
import dev.bbm.store.LegacyJobStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** bbm check: everything that must be finished before a GitLab upgrade, and what to run next. */
final class Checker {
  private final Database db;
  private final JobSources sources;
  private final TypedOptions typed;

  Checker(Database db, JobSources sources, TypedOptions typed) {
    this.db = db;
    this.sources = sources;
    this.typed = typed;
  }

  CheckReport check(List<Path> migrationDirs) throws SQLException {
    StatusReport batched = new StatusReader(db).list(false);
    BlockerScan scan = new BlockerScan(db, sources, typed);
    Blocker.Report blockers = scan.scan(BlockerScan.byId(batched));
    var layout = db.layout();
    Map<String, Long> legacy = layout.hasLegacyJobs() ? db.stores().legacyJobs().pendingByClass(db.session()) : null;
    List<String> down = null;
    String files = "no migration files found (give --migrations-dir)";
    Set<String> versions = new TreeSet<>();
    Set<String> sqlVersions = new TreeSet<>();
    for (MigrationFile f : MigrationFiles.anyMigrations(migrationDirs)) {
      versions.add(f.version());
      if (f.isSql()) {
        sqlVersions.add(f.version());
      }
    }
    List<Path> found = migrationDirs.stream().filter(Files::isDirectory).toList();
    if (!found.isEmpty() && layout.hasSchemaMigrations()) {
      Set<String> applied = new SchemaVersionStore(db).appliedVersions();
      down = versions.stream().filter(v -> !applied.contains(v)).toList();
      files = versions.size() + " migration file(s) in " + found;
    } else if (!found.isEmpty()) {
      down = List.copyOf(versions);
      files = versions.size() + " migration file(s) in " + found + ", and no schema_migrations table";
    }
    boolean read = blockers.railsRoot() != null && sqlVersions.isEmpty()
        && migrationDirs.equals(BlockerScan.migrationDirs(Path.of(blockers.railsRoot())));
    return new CheckReport(db.label(), batched, legacy, down, files, read, blockers,
        next(batched, blockers, scan, legacy, down, sqlVersions, found));
  }

  /** The commands, in order: those that unblock db:migrate first (in the order it runs the files), then the rest. */
  private List<String> next(StatusReport batched, Blocker.Report blockers, BlockerScan scan, Map<String, Long> legacy,
      List<String> down, Set<String> sqlVersions, List<Path> dirs) throws SQLException {
    List<String> out = new ArrayList<>();
    Set<Long> unblocked = new HashSet<>();
    for (Blocker b : blockers.calls()) {
      if (b.verdict() == Blocker.Verdict.BLOCKS && unblocked.add(b.migration().id())) {
        out.add(b.command() + "   # db:migrate stops at " + b.file() + " until it is finished");
      }
    }
    for (MigrationSummary s : batched.migrations()) {
      BatchedMigration m = s.migration();
      if (!unblocked.contains(m.id())) {
        out.addAll(finishing(m, scan.runnable(m)));
      }
    }
    if (legacy != null) {
      legacy.forEach((cls, n) -> out.add("# " + n + " pending legacy job(s) of " + cls
          + ": finish them (Gitlab::BackgroundMigration.steal('" + cls + "') in a Rails console)"));
    }
    if (down != null && !down.isEmpty()) {
      long sql = down.stream().filter(sqlVersions::contains).count();
      if (sql < down.size()) {
        out.add("sudo gitlab-rake db:migrate   # " + (down.size() - sql) + " schema migration(s) are down");
      }
      if (sql > 0) {
        StringBuilder cmd = new StringBuilder("bbm db migrate");
        dirs.forEach(d -> cmd.append(" --migrations-dir ").append(ShellWords.quote(d.toString())));
        cmd.append(typed.forConnection());
        out.add(cmd + "   # " + sql + " SQL schema migration(s) are down");
      }
    }
    return out;
  }

  /** The commands for one unfinished migration no pending file blocks on, never one bbm would refuse. */
  private List<String> finishing(BatchedMigration m, boolean runnable) {
    boolean failed = m.status() == MigrationStatus.FAILED;
    List<String> out = new ArrayList<>();
    if (failed) {
      out.add("bbm status " + m.displayId() + typed.forConnection() + "            # read why it failed");
    }
    if (!runnable) {
      out.add(BlockerScan.command(m, false, typed) + "   # bbm cannot run " + m.jobClassName() + " itself"
          + (failed ? "; GitLab's rake gives the failed jobs new attempts" : "") + "; if its work was done another"
          + " way: " + ClassRefusal.markFinished(m, typed));
    } else if (failed) {
      out.add(BlockerScan.command(m, true, typed) + "  # then run it again");
    } else {
      out.add(m.finalizeCommand() + typed.forRunner());
    }
    return out;
  }
}
