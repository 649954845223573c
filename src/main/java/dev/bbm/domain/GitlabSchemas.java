package dev.bbm.domain;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which batched background migrations a GitLab database serves, by their {@code gitlab_schema}:
 * GitLab limits every lookup to {@code Gitlab::Database.gitlab_schemas_for_connection}, so on a
 * decomposed GitLab a {@code gitlab_ci} row in the main database is invisible to its tasks, and a
 * {@code gitlab_main} row in the ci database too. The one place bbm decides this.
 *
 * <p>The schema lists are GitLab's {@code db/database_connections/*.yaml}. The rule:
 * <ul>
 *   <li>{@code ci} shows {@code gitlab_ci}, {@code gitlab_ci_cell_local}, {@code gitlab_shared} and
 *       {@code gitlab_internal} rows; {@code sec} shows {@code gitlab_sec}, {@code gitlab_shared} and
 *       {@code gitlab_internal} rows (whenever bbm knows it is talking to that database).</li>
 *   <li>{@code main} hides the rows of the schemas that only a separately configured {@code ci} or
 *       {@code sec} database serves; when main is the only database it shows everything, as GitLab's
 *       main connection then serves those schemas too (ci and sec fall back to main).</li>
 *   <li>Any other database, and rows without a gitlab_schema (layouts before the column), are not
 *       filtered.</li>
 * </ul>
 * Main hides by exclusion rather than listing its own schemas, so a schema newer than this list stays
 * visible: for an upgrade check, showing a row too many is better than hiding unfinished work.
 */
public final class GitlabSchemas {
  /** gitlab_schemas of GitLab's ci connection (db/database_connections/ci.yaml). */
  public static final Set<String> CI = Set.of("gitlab_internal", "gitlab_shared", "gitlab_ci", "gitlab_ci_cell_local");

  /** gitlab_schemas of GitLab's sec connection (db/database_connections/sec.yaml). */
  public static final Set<String> SEC = Set.of("gitlab_internal", "gitlab_shared", "gitlab_sec");

  /** The schemas only ci serves, hidden on main when ci is a database of its own. */
  static final Set<String> CI_ONLY = Set.of("gitlab_ci", "gitlab_ci_cell_local");

  /** The schemas only sec serves, hidden on main when sec is a database of its own. */
  static final Set<String> SEC_ONLY = Set.of("gitlab_sec");

  private GitlabSchemas() {}

  /**
   * Which rows a database shows.
   *
   * @param only   when not null, only these schemas are shown
   * @param hidden these schemas are not shown
   */
  public record Scope(Set<String> only, Set<String> hidden) {
    /** Every row. */
    public static final Scope ALL = new Scope(null, Set.of());

    public Scope {
      only = only == null ? null : Set.copyOf(only);
      hidden = Set.copyOf(hidden);
    }

    /** Whether a row of this gitlab_schema is visible; a row without one always is. */
    public boolean includes(String gitlabSchema) {
      if (gitlabSchema == null) {
        return true;
      }
      return (only == null || only.contains(gitlabSchema)) && !hidden.contains(gitlabSchema);
    }

    /** For messages: {@code gitlab_ci, gitlab_shared, ...} or {@code every gitlab_schema but gitlab_ci}. */
    public String describe() {
      if (only != null) {
        return "gitlab_schema " + String.join(", ", only.stream().sorted().toList());
      }
      return hidden.isEmpty() ? "every gitlab_schema"
          : "every gitlab_schema but " + String.join(", ", hidden.stream().sorted().toList());
    }
  }

  /**
   * The scope of the database {@code label} on a GitLab whose separately configured databases are
   * {@code databases} (after databases sharing another's were folded into it).
   */
  public static Scope scope(String label, Collection<String> databases) {
    GitlabDatabase database = GitlabDatabase.named(label).orElse(null);
    if (database == GitlabDatabase.CI) {
      return new Scope(CI, Set.of());
    }
    if (database == GitlabDatabase.SEC) {
      return new Scope(SEC, Set.of());
    }
    if (database != GitlabDatabase.MAIN) {
      return Scope.ALL;
    }
    Set<String> hidden = new LinkedHashSet<>();
    if (databases.contains(GitlabDatabase.CI.label())) {
      hidden.addAll(CI_ONLY);
    }
    if (databases.contains(GitlabDatabase.SEC.label())) {
      hidden.addAll(SEC_ONLY);
    }
    return hidden.isEmpty() ? Scope.ALL : new Scope(null, hidden);
  }

  /** The scope of a single database given on the command line, labelled by --database (main when not). */
  public static Scope scope(String label) {
    return scope(label, List.of(label));
  }
}
