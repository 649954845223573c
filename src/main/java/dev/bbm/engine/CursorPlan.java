package dev.bbm.engine;

import dev.bbm.domain.Cursor;
import dev.bbm.domain.CursorRange;
import dev.bbm.store.CursorBatching;
import dev.bbm.store.CursorSubBatch;
import java.util.List;

/**
 * How a cursor-batched migration (GitLab 17.6+) runs: the job class's cursor columns, the
 * migration's min_cursor..max_cursor, how jobs are cut and what each sub-batch runs.
 *
 * @param statement the sub-batch statement, or null when the work changes nothing
 */
record CursorPlan(List<String> columns, CursorRange bounds, CursorBatching batching, CursorSubBatch statement) {
  CursorPlan {
    columns = List.copyOf(columns);
  }

  /** GitLab's next_min_value for cursors: the last job's max_cursor, not incremented, or min_cursor. */
  Cursor after(Cursor lastJobMax) {
    return lastJobMax != null ? lastJobMax : bounds.min();
  }
}
