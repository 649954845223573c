package dev.bbm.engine;

import java.util.Map;

/** Pending tracked legacy jobs: the total, and per class. */
public record PendingCount(String database, long total, Map<String, Long> byClass) {
}
