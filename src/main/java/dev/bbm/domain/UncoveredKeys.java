package dev.bbm.domain;

import java.util.List;

/**
 * The part of a migration's key range (min_value..max_value) that no job covers: its rows were
 * never processed by the migration. {@code firstRanges} holds the lowest few gaps.
 */
public record UncoveredKeys(long keys, long rangeCount, List<JobRange> firstRanges) {
  public UncoveredKeys {
    firstRanges = List.copyOf(firstRanges);
  }

  public boolean isEmpty() {
    return keys == 0;
  }
}
