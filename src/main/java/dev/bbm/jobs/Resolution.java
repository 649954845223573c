package dev.bbm.jobs;

import java.util.List;

/**
 * How a stored job class name led to the class bbm runs, for dry runs, status and their JSON:
 * natively, from a definition file, through GitLab's source on this machine, or through the shipped
 * index.
 *
 * @param name the class, without its module
 * @param how how bbm runs it
 * @param runsAs the class whose work it does (itself, or its generic parent)
 * @param file the definition file, GitLab's file of the class, or null for a native class
 * @param chain for GitLab's source, each class declaration read, from the class to the parent bbm runs
 */
public record Resolution(String name, KnownClass.How how, String runsAs, String file, List<Step> chain) {
  public Resolution {
    chain = List.copyOf(chain);
  }

  /** One class declaration read in GitLab's source: {@code class NAME < PARENT}, in FILE. */
  public record Step(String name, String parent, String file) {}

  /** The same as one sentence. */
  public String sentence() {
    switch (how) {
      case NATIVE:
        return name + " is implemented in bbm";
      case USER_DEFINITION:
      case SHIPPED_DEFINITION:
        return name + " runs from the job definition " + file;
      case GITLAB_SOURCE: {
        StringBuilder s = new StringBuilder(name);
        String sep = " is a thin subclass of ";
        for (Step step : chain) {
          s.append(sep).append(step.parent()).append(" (").append(step.file()).append(')');
          sep = ", itself a thin subclass of ";
        }
        return s.append(" in GitLab's source on this machine, so bbm runs it as ").append(runsAs).toString();
      }
      default:
        return name + " is a thin subclass of " + runsAs + " (GitLab's " + file + ", in bbm's shipped index), so bbm"
            + " runs it as " + runsAs;
    }
  }
}
