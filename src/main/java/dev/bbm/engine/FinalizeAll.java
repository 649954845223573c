package dev.bbm.engine;

import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.Selection;
import java.util.ArrayList;
import java.util.List;

/**
 * Finalizes several migrations, one after another, each exactly as a single finalize runs it:
 * {@code finalize --all}, several selections in one command, and (later) the migrations
 * {@code check} predicts the next db:migrate needs, passed in as selections. Everything is resolved
 * before anything runs; a class bbm cannot run is skipped with the reason; Ctrl-C stops inside the
 * current migration, as a single finalize, and starts no further one.
 */
public final class FinalizeAll {
  private FinalizeAll() {}

  /**
   * One database's share: its engine, and the selections to finalize there in that order (null:
   * every unfinished migration, in GitLab's order).
   */
  public record Part(BatchEngine engine, List<Selection> selections) {}

  /** What the command hears: each finalize's progress, and each migration as it begins and ends. */
  public interface Listener extends ProgressListener {
    /** Migration {@code index} (from 1) of {@code total} begins. */
    default void beginning(BatchedMigration migration, int index, int total) {}

    /** A migration ended (finished, failed, skipped, ...), before the next begins. */
    default void migrationEnded(FinalizeAllResult.Entry entry) {}
  }

  /** A migration taken from a database, and that database's engine. */
  private record Queued(BatchEngine engine, BatchedMigration migration) {}

  /**
   * Resolves every part (a selection that matches nothing or is ambiguous throws before anything
   * runs), then finalizes the migrations in order with {@code options}.
   */
  public static FinalizeAllResult run(List<Part> parts, FinalizeOptions options, Listener listener) {
    List<Queued> queue = new ArrayList<>();
    for (Part p : parts) {
      p.engine().queue(p.selections()).forEach(m -> queue.add(new Queued(p.engine(), m)));
    }
    List<FinalizeAllResult.Entry> entries = new ArrayList<>();
    boolean stop = false;
    for (int i = 0; i < queue.size(); i++) {
      Queued q = queue.get(i);
      if (stop || q.engine().stopRequested()) {
        stop = true;
        entries.add(FinalizeAllResult.Entry.notStarted(q.migration()));
        continue;
      }
      listener.beginning(q.migration(), i + 1, queue.size());
      FinalizeAllResult.Entry e = q.engine().finalizeQueued(q.migration(), options, listener);
      entries.add(e);
      listener.migrationEnded(e);
      stop = endsTheSeries(e);
    }
    return new FinalizeAllResult(entries);
  }

  /**
   * An interruption, a lost connection or a refused connection stops the series: the next migration
   * would meet the same.
   */
  private static boolean endsTheSeries(FinalizeAllResult.Entry e) {
    return e.outcome() == FinalizeAllResult.Outcome.INTERRUPTED
        || e.outcome() == FinalizeAllResult.Outcome.ERROR
            && (e.exitCode() == ExitCode.UNFINISHED || e.exitCode() == ExitCode.CANNOT_CONNECT);
  }
}
