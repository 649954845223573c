package dev.bbm.domain;

import java.time.OffsetDateTime;

/**
 * The jobs of one migration that share a status: how many, the key range they span (null for
 * cursor-based jobs) and when one of them last changed. Two equal groups read at two moments
 * mean nobody touched those jobs in between.
 */
public record JobStatusGroup(JobStatus status, long count, Long minValue, Long maxValue,
    OffsetDateTime lastUpdatedAt) {

  /** {@code 501..1000}, or {@code cursor-based} when the jobs have no integer range. */
  public String span() {
    return minValue == null || maxValue == null ? "cursor-based" : minValue + ".." + maxValue;
  }
}
