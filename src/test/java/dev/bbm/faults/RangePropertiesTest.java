package dev.bbm.faults;

import dev.bbm.domain.FailureRules;
import dev.bbm.domain.JobRange;
import dev.bbm.domain.JobStatus;
import dev.bbm.store.LooseIndexScanBatching;
import dev.bbm.store.PrimaryKeyBatching;
import dev.bbm.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Item 7, job-range arithmetic under jqwik: GitLab's clamping (JobRange.clamp), its after-failure
 * rules (FailureRules: the sub-batch only shrinks, never below 1 nor 65 % under the migration's,
 * and a split only on the last attempt of a job larger than one sub-batch), and the batching
 * strategies on a real table (Batching: generated sets of ids and batch sizes give ranges that are
 * contiguous over the ids, never overlap, cover exactly the ids from min to max, hold at most
 * batch-size ids, stay clamped to max, and split in two halves that partition a range's ids).
 */
@Tag("faults")
class RangePropertiesTest {
  private static final int ITEM = 7;
  private static TestDatabase db;
  private static Connection c;

  @BeforeContainer
  static void table() throws SQLException {
    db = TestDatabase.createEmpty();
    c = db.connect();
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE ids (id bigint PRIMARY KEY)");
      s.execute("CREATE TABLE vals (v bigint NOT NULL)");
      s.execute("CREATE INDEX ON vals (v)");
    }
  }

  @AfterContainer
  static void drop() throws SQLException {
    c.close();
    db.close();
  }

  @BeforeProperty
  void count() {
    FaultLedger.caseRun(ITEM);
  }

  @Property(tries = 2000)
  void clampNeverGoesPastMaxAndKeepsTheStart(@ForAll @LongRange(min = -1_000, max = 1_000) long nextMin,
      @ForAll @IntRange(min = 0, max = 2_000) int width, @ForAll @LongRange(min = -1_000, max = 1_000) long max) {
    FaultLedger.rowsChecked(ITEM, 1);
    JobRange r = JobRange.clamp(nextMin, nextMin + width, max);
    if (nextMin > max) {
      check(r == null, "a range past max: " + r);
      return;
    }
    check(r != null && r.min() == nextMin && r.max() == Math.min(nextMin + width, max) && r.max() <= max
        && r.width() >= 1, "clamp(" + nextMin + ", " + (nextMin + width) + ", " + max + ") = " + r);
  }

  @Property(tries = 2000)
  void subBatchOnlyShrinksThenStops(@ForAll @IntRange(min = 1, max = 100_000) int migrationSub,
      @ForAll @IntRange(min = 1, max = 200_000) int batch) {
    FaultLedger.rowsChecked(ITEM, 1);
    int sub = Math.min(migrationSub, batch);
    int steps = 0;
    for (int attempts = 1; attempts <= JobStatus.MAX_ATTEMPTS + 1; attempts++) {
      Integer next = FailureRules.reducedSubBatchSize(attempts, batch, sub, migrationSub);
      if (next == null) {
        break;
      }
      check(attempts < JobStatus.MAX_ATTEMPTS, "reduced on attempt " + attempts);
      check(next >= 1 && next <= sub && next <= batch, sub + " -> " + next + " (batch " + batch + ")");
      check(next < sub || sub == 1, "no progress: " + sub + " -> " + next);
      check((migrationSub - next) * 100.0 / migrationSub <= 65.0 + 1e-9, "dropped more than 65 %: " + migrationSub
          + " -> " + next);
      sub = next;
      steps++;
    }
    check(steps < JobStatus.MAX_ATTEMPTS, steps + " reductions");
    boolean split = FailureRules.canSplit(JobStatus.MAX_ATTEMPTS, batch, sub);
    check(split == (batch > 1 && batch > sub), "split of batch " + batch + " sub-batch " + sub + ": " + split);
    check(!FailureRules.canSplit(JobStatus.MAX_ATTEMPTS - 1, batch, sub), "split before the last attempt");
  }

  @Provide
  Arbitrary<TreeSet<Long>> idSets() {
    return Arbitraries.longs().between(1, 5_000).set().ofMinSize(0).ofMaxSize(150).map(TreeSet::new);
  }

  @Property(tries = 250)
  void primaryKeyBatchesCoverTheIdsExactlyOnce(@ForAll("idSets") TreeSet<Long> ids,
      @ForAll @IntRange(min = 1, max = 40) int batchSize, @ForAll @LongRange(min = 1, max = 3_000) long min,
      @ForAll @IntRange(min = 0, max = 5_000) int span) throws SQLException {
    long max = min + span;
    fill("ids", ids);
    List<JobRange> ranges = walk(false, min, max, batchSize);
    Set<Long> expected = ids.subSet(min, true, max, true);
    checkRanges(ranges, expected, ids, batchSize, max, false);
    // a job of these ranges split as split_and_retry! splits it: two halves that partition its ids
    for (JobRange r : ranges) {
      Set<Long> in = ids.subSet(r.min(), true, r.max(), true);
      if (in.size() < 2) {
        continue;
      }
      int half = in.size() / 2;
      long mid = PrimaryKeyBatching.nextBatch(c, "\"ids\"", "\"id\"", r.min(), half).orElseThrow().max();
      check(mid >= r.min() && mid < r.max() && ids.subSet(r.min(), true, mid, true).size() == half,
          "split of " + r + " at " + mid);
    }
  }

  @Property(tries = 150)
  void looseIndexScanBatchesCountDistinctValues(@ForAll("values") List<Long> values,
      @ForAll @IntRange(min = 1, max = 20) int batchSize, @ForAll @LongRange(min = 1, max = 200) long min,
      @ForAll @IntRange(min = 0, max = 400) int span) throws SQLException {
    long max = min + span;
    fill("vals", values);
    TreeSet<Long> distinct = new TreeSet<>(values);
    List<JobRange> ranges = walk(true, min, max, batchSize);
    checkRanges(ranges, distinct.subSet(min, true, max, true), distinct, batchSize, max, true);
  }

  @Provide
  Arbitrary<List<Long>> values() {
    return Arbitraries.longs().between(1, 400).list().ofMaxSize(200);
  }

  /** Walks the table as finalize creates jobs: next range from the last max + 1, clamped to max. */
  private static List<JobRange> walk(boolean distinct, long min, long max, int batchSize) throws SQLException {
    List<JobRange> out = new ArrayList<>();
    long next = min;
    while (next <= max && out.size() <= 10_000) {
      Optional<JobRange> b = distinct ? LooseIndexScanBatching.nextDistinctBatch(c, "\"vals\"", "\"v\"", next, batchSize)
          : PrimaryKeyBatching.nextBatch(c, "\"ids\"", "\"id\"", next, batchSize);
      if (b.isEmpty()) {
        break;
      }
      JobRange r = JobRange.clamp(b.get().min(), b.get().max(), max);
      if (r == null) {
        break;
      }
      out.add(r);
      next = r.max() + 1;
    }
    return out;
  }

  private static void checkRanges(List<JobRange> ranges, Set<Long> expected, TreeSet<Long> all, int batchSize,
      long max, boolean distinct) {
    FaultLedger.rowsChecked(ITEM, Math.max(1, expected.size()));
    Set<Long> covered = new TreeSet<>();
    JobRange previous = null;
    for (JobRange r : ranges) {
      check(r.max() <= max, r + " goes past max " + max);
      check(all.contains(r.min()), r + " does not start at a value of the table");
      if (previous != null) {
        check(r.min() > previous.max(), previous + " and " + r + " overlap or go backwards");
        check(all.subSet(previous.max(), false, r.min(), false).isEmpty(), "values between " + previous + " and "
            + r + " are in no range");
      }
      Set<Long> in = all.subSet(r.min(), true, r.max(), true);
      check(in.size() <= batchSize, r + " holds " + in.size() + " values, more than the batch size " + batchSize);
      for (Long v : in) {
        check(covered.add(v), v + " is in two ranges");
      }
      previous = r;
    }
    if (!covered.equals(expected)) {
      FaultLedger.lost(ITEM, Math.max(1, Math.abs(covered.size() - expected.size())));
      throw new AssertionError((distinct ? "distinct values" : "ids") + " covered " + covered + ", expected "
          + expected + " by " + ranges);
    }
  }

  private static void fill(String table, java.util.Collection<Long> values) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("TRUNCATE " + table);
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " SELECT unnest(?::bigint[])")) {
      ps.setArray(1, c.createArrayOf("int8", values.toArray()));
      ps.execute();
    }
    try (Statement s = c.createStatement()) {
      s.execute("ANALYZE " + table);
    }
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      FaultLedger.lost(ITEM, 1);
      throw new AssertionError(what);
    }
  }
}
