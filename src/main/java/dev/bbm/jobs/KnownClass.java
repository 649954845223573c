package dev.bbm.jobs;

/**
 * One job class bbm can run, for bbm jobs list: its name, how bbm runs it, and where that comes
 * from.
 *
 * @param name the class name as job_class_name stores it, without a module
 * @param how how bbm runs it
 * @param runsAs the class whose work it does (itself, or its generic parent)
 * @param source a definition file, GitLab's file of a thin subclass, or "bbm" for native classes
 */
public record KnownClass(String name, How how, String runsAs, String source) {
  /** How bbm runs a class. */
  public enum How {
    NATIVE("native"),
    GENERIC_PARENT("generic parent"),
    GITLAB_SOURCE("gitlab source"),
    SHIPPED_DEFINITION("shipped definition"),
    USER_DEFINITION("user definition");

    private final String label;

    How(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
