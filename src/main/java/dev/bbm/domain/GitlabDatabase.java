package dev.bbm.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The databases GitLab's config/database.yml may name, and the ones bbm leaves out: the one list
 * that --database, the reading of database.yml and the gitlab_schema scopes ({@link GitlabSchemas})
 * take their names from.
 */
public enum GitlabDatabase {
  MAIN(GitlabDatabase.MAIN_LABEL, null),
  CI("ci", null),
  SEC("sec", null),
  EMBEDDING("embedding", "GitLab 16's store of AI embeddings, which holds no batched background migrations"
      + " (removed in GitLab 17)"),
  GEO("geo", "Geo's tracking database, which GitLab's background migration tasks skip too"),
  MAIN_CLUSTERWIDE("main_clusterwide", null);

  /** main's name, as a constant for annotations (the default of --database). */
  public static final String MAIN_LABEL = "main";

  private final String label;
  private final String skipped;

  GitlabDatabase(String label, String skipped) {
    this.label = label;
    this.skipped = skipped;
  }

  /** The name database.yml gives it ({@code main}, {@code ci}, ...), which bbm uses as its label. */
  public String label() {
    return label;
  }

  /** Why bbm leaves this database out (its work does not concern it), or empty when bbm works on it. */
  public Optional<String> skipped() {
    return Optional.ofNullable(skipped);
  }

  /** The database database.yml names {@code label}, when it is one of GitLab's. */
  public static Optional<GitlabDatabase> named(String label) {
    return Arrays.stream(values()).filter(d -> d.label.equals(label)).findFirst();
  }

  /** Every name, in GitLab's order: {@code main, ci, sec, embedding, geo, main_clusterwide}. */
  public static List<String> labels() {
    return Arrays.stream(values()).map(GitlabDatabase::label).toList();
  }
}
