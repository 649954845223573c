package dev.bbm.jobs;

import java.util.List;
import java.util.Optional;

/**
 * What looking a job class up found: the kind that runs it and how it was reached, or, when bbm
 * cannot run it, where bbm looked and what it found there (one clause per place).
 *
 * @param name the class, without its module
 * @param kind the kind that runs it, or null
 * @param resolution how it was reached, or null
 * @param looked where bbm looked, when kind is null
 */
public record Lookup(String name, JobKind kind, Resolution resolution, List<String> looked) {
  public Lookup {
    looked = List.copyOf(looked);
  }

  public boolean found() {
    return kind != null;
  }

  public Optional<JobKind> findKind() {
    return Optional.ofNullable(kind);
  }
}
