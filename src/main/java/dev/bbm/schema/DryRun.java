package dev.bbm.schema;

import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.MigrationStatus;
import dev.bbm.domain.Selection;
import dev.bbm.schema.PendingFiles.Pending;
import dev.bbm.schema.PendingFiles.PendingFile;
import dev.bbm.store.Database;
import dev.bbm.store.Layout;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * db migrate --dry-run: each pending file's plan, its steps described against the batched
 * background migrations as they are now (or as an earlier file of the run would queue them), and
 * nothing changed.
 */
final class DryRun {
  private final Database db;
  private final SchemaVersionStore versions;
  private final MigrationLookup lookup;

  DryRun(Database db, SchemaVersionStore versions, MigrationLookup lookup) {
    this.db = db;
    this.versions = versions;
    this.lookup = lookup;
  }

  MigrateResult plan(Pending work, Layout layout) throws SQLException {
    List<MigrateResult.Planned> plan = new ArrayList<>();
    Map<Selection.ByConfiguration, String> queued = new HashMap<>();
    for (PendingFile p : work.files()) {
      Describe describe = new Describe(layout, queued, p.file().version());
      List<String> steps = new ArrayList<>();
      for (Step step : p.steps()) {
        steps.add(step.accept(describe));
      }
      steps.add(SchemaVersionStore.recordStatement(p.file().version()));
      plan.add(new MigrateResult.Planned(p.file(), p.transaction(), steps));
    }
    return new MigrateResult(db.label(), versions.databaseName(), true, work.missingTables(), List.of(),
        work.skipped(), work.upToDate(), plan, null);
  }

  /**
   * A directive's configuration as the plan sees it.
   *
   * @param head the directive as written, {@code -- bbm:NAME CONFIGURATION}
   * @param current the migration of the configuration as it is now
   * @param queuedBy the version of an earlier pending file of this run that queues it, or null
   */
  private record Seen(String head, Optional<BatchedMigration> current, String queuedBy) {
    String now() {
      return current.map(m -> m.displayId() + " is " + m.status().label()).orElse("no such migration yet");
    }

    /** Nothing has it now, and an earlier file of this run queues it. */
    boolean queuedEarlier() {
      return current.isEmpty() && queuedBy != null;
    }

    String byEarlierFile(String would) {
      return head + ": queued by " + queuedBy + " earlier in this run; would " + would;
    }
  }

  /** One step of the plan, for the file of {@code version}. */
  private final class Describe implements Step.Visitor<String> {
    private final Layout layout;
    private final Map<Selection.ByConfiguration, String> queued;
    private final String version;

    /** @param queued configuration to the version of the pending file that queues it */
    Describe(Layout layout, Map<Selection.ByConfiguration, String> queued, String version) {
      this.layout = layout;
      this.queued = queued;
      this.version = version;
    }

    private Seen seen(MigrationDirective d, String gitlabSchema) throws SQLException {
      Optional<BatchedMigration> current = layout.hasMigrations() ? lookup.find(d.key(), gitlabSchema)
          : Optional.empty();
      return new Seen("-- bbm:" + d.name() + " " + d.configuration(), current, queued.get(d.key()));
    }

    @Override
    public String execute(MigrationScript.Sql statement) {
      return statement.text() + ";";
    }

    @Override
    public String queue(MigrationDirective.Queue q) throws SQLException {
      Seen s = seen(q, null);
      String line = s.head() + ": " + (s.current().isPresent() ? s.now() + "; GitLab's helper leaves it as it is"
          : "would queue it (batch_size " + q.batchSize() + ", sub_batch_size " + q.subBatchSize() + ", pause_ms "
              + q.pauseMs() + ", interval " + q.jobIntervalSeconds() + "s, " + q.key().columnName() + " from "
              + q.batchMinValue() + " to " + (q.batchMaxValue() == null ? "MAX(" + q.key().columnName() + ")"
              : q.batchMaxValue()) + ", gitlab_schema " + q.gitlabSchema() + ")");
      queued.putIfAbsent(q.key(), version);
      return line;
    }

    @Override
    public String delete(MigrationDirective.Delete d) throws SQLException {
      Seen s = seen(d, d.gitlabSchema());
      if (s.queuedEarlier()) {
        return s.byEarlierFile("delete it with its jobs");
      }
      return s.head() + ": " + (s.current().isPresent() ? s.now() + "; would delete it with its jobs"
          : s.now() + "; nothing to delete");
    }

    @Override
    public String ensure(MigrationDirective.Ensure e) throws SQLException {
      Seen s = seen(e, e.gitlabSchema());
      if (s.queuedEarlier()) {
        return s.byEarlierFile(e.finalizeInline() ? "finalize it inline, then confirm it as finalized"
            : "stop db migrate unless the table is empty (finalize: false)");
      }
      if (s.current().isEmpty()) {
        return s.head() + ": " + s.now() + "; GitLab warns and goes on";
      }
      MigrationStatus status = s.current().get().status();
      if (status == MigrationStatus.FINALIZED) {
        return s.head() + ": " + s.now() + "; nothing to do";
      }
      if (status == MigrationStatus.FINISHED) {
        return s.head() + ": " + s.now() + "; would confirm it as finalized";
      }
      return s.head() + ": " + s.now() + (e.finalizeInline()
          ? "; would finalize it inline, then confirm it as finalized" : "; would stop db migrate (finalize: false)");
    }
  }
}
