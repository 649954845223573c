package dev.bbm.store;

import dev.bbm.domain.JobRange;
import dev.bbm.domain.JobStatus;
import dev.bbm.domain.SqlFragment;
import dev.bbm.domain.UncoveredKeys;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How job ranges cover a migration's keys: overlaps finalize refuses, gaps mark-finished reports
 * and finalize fills.
 */
public final class JobCoverage {
  JobCoverage() {}

  /** Two jobs of one migration whose ranges share keys; the first starts no later than the second. */
  public record Overlap(long firstId, JobRange first, JobStatus firstStatus, long secondId, JobRange second,
      JobStatus secondStatus) {}

  /**
   * The first pair of the migration's jobs whose ranges overlap, in min_value order, or empty: the
   * job whose min_value is not above the highest max_value before it, and one such earlier job.
   * One sort of the migration's jobs, however many there are.
   */
  public Optional<Overlap> firstOverlap(Connection c, long migrationId) throws SQLException {
    String sql = "WITH j AS (SELECT id, min_value, max_value, status, max(max_value) OVER (ORDER BY min_value, id"
        + " ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS reach" + JobRows.FROM
        + " WHERE batched_background_migration_id = ? AND min_value IS NOT NULL AND max_value IS NOT NULL),"
        + " b AS (SELECT id, min_value, max_value, status FROM j WHERE min_value <= reach ORDER BY min_value, id"
        + " LIMIT 1)"
        + " SELECT a.id, a.min_value, a.max_value, a.status, b.id, b.min_value, b.max_value, b.status FROM b"
        + " CROSS JOIN LATERAL (SELECT id, min_value, max_value, status" + JobRows.FROM
        + " WHERE batched_background_migration_id = ? AND (min_value, id) < (b.min_value, b.id)"
        + " AND max_value >= b.min_value ORDER BY min_value, id LIMIT 1) a";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      Bindings.all(ps, migrationId, migrationId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new Overlap(rs.getLong(1), range(rs.getLong(2), rs.getLong(3)), status(rs.getInt(4)),
            rs.getLong(5), range(rs.getLong(6), rs.getLong(7)), status(rs.getInt(8))));
      }
    }
  }

  /**
   * Another job of the migration whose range shares keys with {@code min..max} (the range of job
   * {@code jobId}, whose status is given), the lowest first; empty when none does. As
   * {@link #firstOverlap}, but for one job, so that a claim can ask before it runs the job.
   */
  public Optional<Overlap> overlapOf(Connection c, long migrationId, long jobId, JobRange range, JobStatus status)
      throws SQLException {
    String sql = "SELECT id, min_value, max_value, status" + JobRows.FROM
        + " WHERE batched_background_migration_id = ? AND id <> ? AND min_value IS NOT NULL"
        + " AND max_value IS NOT NULL AND min_value <= ? AND max_value >= ? ORDER BY min_value, id LIMIT 1";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      Bindings.all(ps, migrationId, jobId, range.max(), range.min());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new Overlap(jobId, range, status, rs.getLong(1), range(rs.getLong(2), rs.getLong(3)),
            status(rs.getInt(4))));
      }
    }
  }

  /** A job's range as its row gives it, even one whose max_value lies below its min_value. */
  private static JobRange range(long min, long max) {
    return new JobRange(Math.min(min, max), Math.max(min, max));
  }

  private static JobStatus status(int code) {
    return JobRows.status(code, "a batched job has status");
  }

  /**
   * The stretches of {@code lo..hi} no job of a migration covers, as CTE {@code g} (numeric, so
   * that max_value + 1 cannot overflow bigint at the top of the range; a stretch is empty when its
   * lo is above its hi): the jobs sorted by range, each stretch from the furthest end before a job
   * to that job's start, and the one after the last job. Bound by {@link #bindGaps}.
   */
  private static final String GAPS = "WITH r AS (SELECT min_value::numeric AS lo, max_value::numeric AS hi"
      + JobRows.FROM
      + " WHERE batched_background_migration_id = ? AND min_value IS NOT NULL AND max_value IS NOT NULL"
      + " AND max_value >= ? AND min_value <= ?),"
      + " o AS (SELECT lo, max(hi) OVER (ORDER BY lo, hi ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)"
      + " AS before FROM r),"
      + " g AS (SELECT greatest(coalesce(before + 1, ?::numeric), ?::numeric) AS lo, lo - 1 AS hi FROM o"
      + " UNION ALL SELECT greatest(coalesce((SELECT max(hi) FROM r) + 1, ?::numeric), ?::numeric), ?::numeric)";

  /** Binds {@link #GAPS}'s values from the first parameter; returns the next parameter's index. */
  private static int bindGaps(PreparedStatement ps, long migrationId, long lo, long hi) throws SQLException {
    Bindings.all(ps, migrationId, lo, hi, lo, lo, lo, lo, hi);
    return 9;
  }

  /**
   * The parts of {@code min..max} that no job of the migration covers, whatever the jobs' status:
   * the total number of keys, the number of gaps, and the lowest {@code limit} gaps.
   */
  public UncoveredKeys uncovered(Connection c, long migrationId, long min, long max, int limit) throws SQLException {
    String sql = GAPS + " SELECT lo::bigint, hi::bigint, count(*) OVER (), sum(hi - lo + 1) OVER () FROM g"
        + " WHERE lo <= hi"
        + " ORDER BY lo LIMIT ?";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int i = bindGaps(ps, migrationId, min, max);
      ps.setInt(i, Math.max(1, limit));
      try (ResultSet rs = ps.executeQuery()) {
        List<JobRange> first = new ArrayList<>();
        long ranges = 0;
        long keys = 0;
        while (rs.next()) {
          first.add(new JobRange(rs.getLong(1), rs.getLong(2)));
          ranges = rs.getLong(3);
          keys = rs.getBigDecimal(4).min(BigDecimal.valueOf(Long.MAX_VALUE)).longValueExact();
        }
        return new UncoveredKeys(keys, ranges, first);
      }
    }
  }

  /** An uncovered stretch of keys and the first row in it that a job would start at. */
  public record Gap(JobRange keys, long firstKey) {}

  /**
   * The lowest stretch of {@code from..max} that no job of the migration covers, whatever the
   * jobs' status, and that holds a row of {@code quotedTable} (matching {@code scope} when not
   * null), with that row's key: one sort of the migration's jobs and an index probe per stretch,
   * in one round trip, so that many empty stretches (sparse ids) cost little.
   */
  Optional<Gap> firstGapWithRows(Connection c, long migrationId, long from, long max, String quotedTable,
      String quotedColumn, SqlFragment scope) throws SQLException {
    String col = quotedColumn;
    // cast back to bigint only where lo <= hi (then both lie within from..max)
    String sql = GAPS + ","
        + " k AS (SELECT CASE WHEN lo <= hi THEN lo::int8 END AS lo, CASE WHEN lo <= hi THEN hi::int8 END AS hi"
        + " FROM g)"
        + " SELECT k.lo, k.hi, f.v FROM k CROSS JOIN LATERAL (SELECT " + col + "::int8 AS v FROM " + quotedTable
        + " WHERE " + col + " >= k.lo AND " + col + " <= k.hi" + Bindings.and(scope) + " ORDER BY " + col
        + " LIMIT 1) f WHERE k.lo IS NOT NULL ORDER BY k.lo LIMIT 1";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      Bindings.bind(ps, bindGaps(ps, migrationId, from, max), scope);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(new Gap(new JobRange(rs.getLong(1), rs.getLong(2)), rs.getLong(3)))
            : Optional.empty();
      }
    }
  }
}
