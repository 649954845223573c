package dev.bbm.engine;

/** GitLab milestones ("17.10") in version order, not text order ("17.10" after "17.9"). */
final class Milestones {
  private Milestones() {}

  /** A sortable key: major * 1000 + minor; text that is not a milestone sorts first. */
  static int key(String milestone) {
    String[] p = milestone.split("\\.");
    try {
      return Integer.parseInt(p[0]) * 1000 + (p.length > 1 ? Integer.parseInt(p[1]) : 0);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
