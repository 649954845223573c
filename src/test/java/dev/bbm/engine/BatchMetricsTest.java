package dev.bbm.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Job metrics keep GitLab's shape and stay bounded however many sub-batches a job has. */
class BatchMetricsTest {
  @Test
  void oneEntryPerSubBatchInGitlabsShape() throws Exception {
    BatchMetrics m = new BatchMetrics();
    assertEquals("{\"runner\": \"bbm\"}", m.toJson());
    m.add(0.5, 100);
    m.add(0.25, 40);
    JsonNode n = new ObjectMapper().readTree(m.toJson());
    assertEquals(2, n.at("/timings/update_all").size());
    assertEquals(40, n.at("/affected_rows/update_all/1").asLong());
    assertEquals(140, m.totalRows());
  }

  @Test
  void thousandsOfSubBatchesAreMergedInPairsWithExactTotals() throws Exception {
    BatchMetrics m = new BatchMetrics();
    int n = 10_000;
    for (int i = 0; i < n; i++) {
      m.add(0.001, 3);
    }
    assertTrue(m.entries() <= BatchMetrics.MAX_ENTRIES, "entries " + m.entries());
    assertEquals(n, m.subBatches());
    JsonNode json = new ObjectMapper().readTree(m.toJson());
    long rows = 0;
    double secs = 0;
    for (JsonNode r : json.at("/affected_rows/update_all")) {
      rows += r.asLong();
    }
    for (JsonNode t : json.at("/timings/update_all")) {
      secs += t.asDouble();
    }
    assertEquals(3L * n, rows);
    assertEquals(10.0, secs, 0.01);
    assertEquals(json.at("/timings/update_all").size(), json.at("/affected_rows/update_all").size());
  }
}
