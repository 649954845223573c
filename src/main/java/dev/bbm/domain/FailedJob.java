package dev.bbm.domain;

import java.time.OffsetDateTime;

/** A failed job with the last error its transition logs recorded. */
public record FailedJob(
    long id, long minValue, long maxValue, int attempts, String exceptionClass, String exceptionMessage,
    OffsetDateTime failedAt) {
}
