package dev.bbm.engine;

import dev.bbm.domain.ShellWords;
import java.util.List;

/**
 * The options a user typed that the commands check recommends must carry to reach the same
 * database (connection options) and the same job classes (job definitions, GitLab's Rails root).
 *
 * @param connection words such as {@code -d gitlabhq_production -U gitlab}
 * @param jobs words such as {@code --gitlab-rails-root /srv/gitlab}, which bbm's own runner takes
 */
public record TypedOptions(List<String> connection, List<String> jobs) {
  public static final TypedOptions NONE = new TypedOptions(List.of(), List.of());

  public TypedOptions {
    connection = List.copyOf(connection);
    jobs = List.copyOf(jobs);
  }

  /** For a command that connects: {@code " -d x"} or empty. */
  public String forConnection() {
    return connection.isEmpty() ? "" : " " + ShellWords.join(connection);
  }

  /** For a command that runs jobs with bbm's own runner (finalize, retry --finalize). */
  public String forRunner() {
    return forConnection() + (jobs.isEmpty() ? "" : " " + ShellWords.join(jobs));
  }
}
