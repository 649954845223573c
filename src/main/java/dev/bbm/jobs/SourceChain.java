package dev.bbm.jobs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Follows a class through GitLab's source, declaration by declaration, to a parent bbm runs: each
 * class on the way must be thin (only operation_name and feature_category), or it is not its parent.
 */
final class SourceChain {
  private static final int MAX_DEPTH = 10;

  /**
   * What the source says of a class: a resolution, a refusal (the clause saying why), or nothing
   * (no file for the class itself, so the shipped index may answer).
   */
  record Outcome(Resolution resolution, String refusal) {
    static final Outcome MISSING = new Outcome(null, null);

    boolean missing() {
      return resolution == null && refusal == null;
    }
  }

  private SourceChain() {}

  static Outcome walk(String name, GitlabSource source, Predicate<String> runs) {
    List<Resolution.Step> steps = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String current = name;
    while (steps.size() < MAX_DEPTH) {
      seen.add(current);
      Optional<GitlabSource.Declaration> read;
      try {
        read = source.read(current);
      } catch (IOException e) {
        return refuse("GitLab's source: " + source.candidates(current).get(0) + " could not be read ("
            + e.getMessage() + ")");
      }
      if (read.isEmpty()) {
        if (steps.isEmpty()) {
          return Outcome.MISSING;
        }
        return refuse("GitLab's source: " + chain(steps) + ", but " + current + " is neither a class bbm runs nor"
            + " in GitLab's source (no " + files(source, current) + ")");
      }
      GitlabSource.Declaration d = read.get();
      if (!d.thin() && steps.isEmpty()) {
        return refuse("GitLab's source: " + d.file() + " gives " + current + " a body of its own at line "
            + d.bodyLine() + " (" + d.bodyText() + "), so it does more than its parent"
            + (d.parent() == null ? "" : " " + d.parent()) + " and needs a job definition");
      }
      if (!d.thin()) {
        return refuse("GitLab's source: " + chain(steps) + ", and " + current + " is not a class bbm runs: "
            + d.file() + " gives it a body of its own at line " + d.bodyLine() + " (" + d.bodyText() + ")");
      }
      if (d.parent() == null) {
        return refuse("GitLab's source: " + d.file() + " declares " + current + " without a parent class bbm runs");
      }
      steps.add(new Resolution.Step(current, d.parent(), d.file().toString()));
      if (runs.test(d.parent())) {
        return new Outcome(new Resolution(name, KnownClass.How.GITLAB_SOURCE, d.parent(), steps.get(0).file(), steps),
            null);
      }
      if (seen.contains(d.parent())) {
        return refuse("GitLab's source: " + chain(steps) + " goes round in a circle");
      }
      current = d.parent();
    }
    return refuse("GitLab's source: " + chain(steps) + " is more than " + MAX_DEPTH + " classes deep");
  }

  private static Outcome refuse(String clause) {
    return new Outcome(null, clause);
  }

  private static String chain(List<Resolution.Step> steps) {
    return steps.stream().map(s -> s.file() + " declares " + s.name() + " < " + s.parent())
        .collect(Collectors.joining(", "));
  }

  private static String files(GitlabSource source, String name) {
    return source.candidates(name).stream().map(Path::toString).collect(Collectors.joining(" nor "));
  }
}
