package dev.bbm.engine;

import dev.bbm.domain.BatchedMigration;
import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What a finalize of several migrations did ({@code finalize --all}, several selections): one entry per
 * migration in the order they were taken, and the exit code, the worst of the parts.
 */
public record FinalizeAllResult(List<Entry> entries) {

  /** How one migration of several ended. */
  public enum Outcome {
    FINISHED, ALREADY_DONE, DRY_RUN, FAILED, SKIPPED, ERROR, INTERRUPTED, NOT_STARTED;

    /** The word of the summary and of --json ({@code not_started}). */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One migration: how it ended, why (a skip's or an error's sentence, null otherwise), the ways out of
   * a skip, its exit code, and the finalize result when finalize ran (null for a skip or not started).
   */
  public record Entry(BatchedMigration migration, Outcome outcome, String reason, List<String> waysOut,
      ExitCode exitCode, Duration elapsed, FinalizeResult result) {

    static Entry of(FinalizeResult r, BatchedMigration asQueued) {
      Outcome o = switch (r.outcome()) {
        case FINISHED -> Outcome.FINISHED;
        case FAILED -> Outcome.FAILED;
        case INTERRUPTED -> Outcome.INTERRUPTED;
        case DRY_RUN -> Outcome.DRY_RUN;
        case ALREADY_DONE -> Outcome.ALREADY_DONE;
        // deleted between the queue and its turn: nothing of it can run
        case NOT_FOUND -> Outcome.SKIPPED;
      };
      ExitCode code = o == Outcome.SKIPPED ? ExitCode.NOT_FOUND : r.exitCode(false);
      String reason = o == Outcome.SKIPPED || o == Outcome.FAILED || o == Outcome.INTERRUPTED ? r.message() : null;
      return new Entry(r.migration() != null ? r.migration() : asQueued, o, reason, List.of(), code, r.elapsed(), r);
    }

    /** A class bbm cannot run: the refusal's sentence and its ways out, exit 2 as a single finalize. */
    static Entry cannotRun(BatchedMigration m, String sentence, List<String> waysOut) {
      return new Entry(m, Outcome.SKIPPED, sentence, waysOut, ExitCode.USAGE, Duration.ZERO, null);
    }

    /**
     * A refusal or an error finalize ended with: a refusal before anything changed (usage, busy, not
     * found) is a skip; anything else an error.
     */
    static Entry refused(BatchedMigration m, BbmException e, Duration elapsed) {
      ExitCode code = e.exitCode();
      boolean skip = code == ExitCode.USAGE || code == ExitCode.BUSY || code == ExitCode.NOT_FOUND;
      return new Entry(m, skip ? Outcome.SKIPPED : Outcome.ERROR, e.getMessage(), List.of(), code, elapsed, null);
    }

    static Entry notStarted(BatchedMigration m) {
      return new Entry(m, Outcome.NOT_STARTED, "not started: bbm was asked to stop before it", List.of(),
          ExitCode.UNFINISHED, Duration.ZERO, null);
    }

    public int jobsRun() {
      return result == null ? 0 : result.jobsRun();
    }

    /** The first line of the reason, for the summary table; null when there is none. */
    public String shortReason() {
      if (reason == null) {
        return null;
      }
      int end = reason.indexOf('\n');
      return end < 0 ? reason : reason.substring(0, end);
    }
  }

  /** The worst exit code of the parts (failed beats unfinished; a refusal's code beats both). */
  public ExitCode exitCode() {
    ExitCode worst = ExitCode.OK;
    for (Entry e : entries) {
      worst = worst.worst(e.exitCode());
    }
    return worst;
  }

  public long count(Outcome outcome) {
    return entries.stream().filter(e -> e.outcome() == outcome).count();
  }

  /** One sentence: how many migrations and how each group ended ("3 migrations: 1 finished, 1 skipped, ..."). */
  public String summary() {
    StringBuilder s = new StringBuilder().append(entries.size()).append(entries.size() == 1 ? " migration" : " migrations");
    String sep = ": ";
    for (Outcome o : Outcome.values()) {
      long n = count(o);
      if (n > 0) {
        s.append(sep).append(n).append(' ').append(o.label().replace('_', ' '));
        sep = ", ";
      }
    }
    return entries.isEmpty() ? "no unfinished batched background migration; nothing to do" : s.toString();
  }
}
