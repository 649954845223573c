package dev.bbm.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** --fast's sizing rules, without a database: the caller's measurements are made up here. */
class FastPacingTest {
  private static final Duration TARGET = Duration.ofMillis(250);

  @Test
  void subBatchesGrowFromTheMigrationsSizeTowardsTheTargetAndStayThere() {
    SubBatchSizer s = new SubBatchSizer(100, TARGET);
    assertEquals(100, s.size(Long.MAX_VALUE));
    double perValue = 2e-6; // 2 µs per row: 125,000 rows make 250 ms
    int steps = 0;
    while (steps < 20) {
      int w = s.size(Long.MAX_VALUE);
      s.observe(w, w * perValue);
      steps++;
    }
    int settled = s.size(Long.MAX_VALUE);
    assertTrue(settled >= 100_000 && settled <= 156_250, "settled at " + settled);
    // one step never more than quadruples
    SubBatchSizer g = new SubBatchSizer(100, TARGET);
    g.observe(100, 1e-6);
    assertEquals(400, g.size(Long.MAX_VALUE));
    // inside the band nothing moves, whatever the noise
    SubBatchSizer b = new SubBatchSizer(1000, TARGET);
    b.observe(1000, 0.21);
    b.observe(1000, 0.30);
    assertEquals(1000, b.size(Long.MAX_VALUE));
  }

  @Test
  void slowSubBatchesShrinkAtMostFourfoldAndTimeoutsQuarter() {
    SubBatchSizer s = new SubBatchSizer(10_000, TARGET);
    s.observe(10_000, 0.5);
    assertEquals(5_000, s.size(Long.MAX_VALUE));
    s.observe(5_000, 60);
    assertEquals(1_250, s.size(Long.MAX_VALUE));
    s.timedOut();
    assertEquals(312, s.size(Long.MAX_VALUE));
    SubBatchSizer one = new SubBatchSizer(1, TARGET);
    one.timedOut();
    one.observe(1, 10);
    assertEquals(1, one.size(Long.MAX_VALUE), "never below one row");
  }

  @Test
  void theCapAndShortLastSubBatchesDoNotMislead() {
    SubBatchSizer s = new SubBatchSizer(1000, TARGET);
    assertEquals(37, s.size(37), "never wider than what is left of the job");
    s.observe(37, 0.0001);
    assertEquals(1000, s.size(Long.MAX_VALUE), "a short last sub-batch says little");
  }

  @Test
  void jobsFollowGitlabsLimitsWithAFewSecondsTarget() {
    JobSizer j = new JobSizer(1_000, null, TARGET); // target: 8 x 250 ms = 2 s per job
    assertEquals(1_000, j.current());
    j.observe(1_000, 0.01);
    assertEquals(4_000, j.current(), "at most four times larger per job");
    j.observe(4_000, 1.0);
    assertEquals(8_000, j.current());
    j.observe(8_000, 2.1);
    assertEquals(8_000, j.current(), "within the band");
    j.observe(8_000, 16.0);
    assertEquals(1_000, j.current(), "shrinks without limit down to GitLab's 1,000");
    for (int i = 0; i < 20; i++) {
      j.observe(j.current(), 0.001);
    }
    assertEquals(2_000_000, j.current(), "GitLab's 2,000,000 ceiling");
    JobSizer capped = new JobSizer(500, 20_000, TARGET);
    for (int i = 0; i < 10; i++) {
      capped.observe(capped.current(), 0.001);
    }
    assertEquals(20_000, capped.current(), "the migration's max_batch_size");
    capped.observe(20_000, 100);
    assertEquals(500, capped.current(), "never below where a small migration started");
  }

  @Test
  void parallelWorkersGetSmallerJobsNearTheEnd() {
    JobSizer j = new JobSizer(400_000, null, TARGET);
    assertEquals(400_000, j.size(10_000_000, 2));
    assertEquals(250_000, j.size(1_000_000, 2), "a quarter of what is left with two workers");
    assertEquals(50_000, j.size(100, 2), "not below an eighth of the size");
    assertEquals(400_000, j.size(100, 1), "a single worker has no one to wait for");
  }
}
