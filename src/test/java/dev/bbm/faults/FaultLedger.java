package dev.bbm.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the fault suite did, counted as it goes: cases run, faults injected, rows checked and
 * anything lost (rows left uncopied, key ranges missing or run twice, bookkeeping or data changed
 * by a refused command), per numbered item of the suite. One JVM runs the whole suite (surefire's
 * single fork), so plain static counters are enough; {@link FaultSummaryListener} prints them at
 * the end and writes them to {@code target/faults-summary.txt}.
 */
public final class FaultLedger {
  /** The numbered items, in order; the suite's classes name theirs when they count. */
  static final Map<Integer, String> ITEMS = Map.ofEntries(
      Map.entry(1, "kill -9 of finalize at random moments, then a rerun"),
      Map.entry(2, "connection killed by the server, server restarted mid-finalize"),
      Map.entry(3, "lock contention with lock_timeout"),
      Map.entry(4, "statement timeouts: shrink, split, success"),
      Map.entry(5, "bookkeeping rows that lie"),
      Map.entry(6, "concurrency: finalizers, mark-finished, db migrate, steal"),
      Map.entry(7, "properties: selection parser and job-range arithmetic"),
      Map.entry(8, "transition logs missing, read-only, a database in recovery"),
      Map.entry(9, "runner liveness seen by other roles"),
      Map.entry(10, "a Sidekiq worker in flight at fence time"),
      Map.entry(11, "PgBouncer in transaction pooling mode"),
      Map.entry(12, "gaps in job coverage"),
      Map.entry(13, "bookkeeping tables on the search path"),
      Map.entry(14, "--fast on sparse keys"));

  private static final Map<Integer, long[]> BY_ITEM = new TreeMap<>();
  private static String seedNote;

  private FaultLedger() {}

  private static synchronized long[] item(int item) {
    return BY_ITEM.computeIfAbsent(item, k -> new long[4]);
  }

  /** One case of an item ran (with or without a fault of its own). */
  static synchronized void caseRun(int item) {
    item(item)[0]++;
  }

  /** Faults injected into a case: a kill, a terminated backend, a held lock, a lying row, a racing process. */
  static synchronized void faults(int item, long n) {
    item(item)[1] += n;
  }

  /** Rows (or generated values) whose outcome a case checked. */
  static synchronized void rowsChecked(int item, long n) {
    item(item)[2] += n;
  }

  /** Anything lost: rows left uncopied, ranges missing or overlapping, a change a refusal should have prevented. */
  static synchronized void lost(int item, long n) {
    item(item)[3] += n;
  }

  /** The seed of the random choices, printed in the summary so a failing run can be repeated. */
  static synchronized void seed(String note) {
    seedNote = note;
  }

  static synchronized long total(int column) {
    return BY_ITEM.values().stream().mapToLong(v -> v[column]).sum();
  }

  static synchronized boolean anything() {
    return total(0) > 0;
  }

  static synchronized String summary() {
    StringBuilder b = new StringBuilder("bbm fault suite: ").append(total(0)).append(" cases run, ")
        .append(total(1)).append(" faults injected, ").append(total(2)).append(" rows checked, ")
        .append(total(3)).append(" lost\n");
    for (Map.Entry<Integer, long[]> e : BY_ITEM.entrySet()) {
      long[] v = e.getValue();
      b.append(String.format("  %d. %-62s %4d cases %5d faults %9d rows %d lost%n", e.getKey(),
          ITEMS.getOrDefault(e.getKey(), "?"), v[0], v[1], v[2], v[3]));
    }
    if (seedNote != null) {
      b.append("  ").append(seedNote).append('\n');
    }
    return b.toString();
  }

  /** Writes the summary to target/faults-summary.txt (surefire runs tests in the project directory). */
  static synchronized Path write() {
    Path target = Path.of(System.getProperty("basedir", "."), "target");
    try {
      Files.createDirectories(target);
      Path file = target.resolve("faults-summary.txt");
      Files.writeString(file, summary(), StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
