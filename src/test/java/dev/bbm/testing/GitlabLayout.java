package dev.bbm.testing;

/** The two layouts of GitLab's bookkeeping tables that bbm must handle (reference §1). */
public enum GitlabLayout {
  BEFORE_17_6("gitlab-17.5.sql"),
  SINCE_17_6("gitlab-17.5.sql", "gitlab-17.6.sql");

  private final String[] fixtures;

  GitlabLayout(String... fixtures) {
    this.fixtures = fixtures;
  }

  String[] fixtures() {
    return fixtures;
  }

  String templateName() {
    return "bbm_tpl_" + name().toLowerCase(java.util.Locale.ROOT);
  }
}
