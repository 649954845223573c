package dev.bbm.tools;

import java.util.List;

/** The environment variables bbm reads (SPEC §2), for the ENVIRONMENT section of bbm(1). */
final class EnvironmentDocs {
  private EnvironmentDocs() {}

  record Variable(String name, String description) {}

  static final List<Variable> VARIABLES = List.of(
      new Variable("BBM_DATABASE_URL",
          "The database to connect to, as a postgresql:// URI or a jdbc:postgresql: URL, when --url is not given."),
      new Variable("DATABASE_URL", "Used like BBM_DATABASE_URL when that is not set."),
      new Variable("PGHOST", "Server host, or the directory of its Unix-domain socket, when neither -h nor the URL"
          + " names one. Default: a local socket in /var/run/postgresql or /tmp, else localhost."),
      new Variable("PGPORT", "Server port when neither -p nor the URL gives one. Default: 5432."),
      new Variable("PGUSER", "Database user when neither -U nor the URL gives one. Default: the login name."),
      new Variable("PGPASSWORD", "Password when the URL has none."),
      new Variable("PGDATABASE", "Database name when neither -d nor the URL gives one. Default: the user name."),
      new Variable("PGSSLMODE", "SSL mode when the URL sets none: disable, allow, prefer, require, verify-ca"
          + " or verify-full."),
      new Variable("PGAPPNAME", "The application_name the server shows for bbm's sessions. Default:"
          + " bbm/PID@HOST (this bbm's process id and host, which busy messages name)."),
      new Variable("PGPASSFILE", "The password file read, instead of ~/.pgpass, when no password is given"
          + " otherwise."),
      new Variable("BBM_GITLAB_CONFIG", "GitLab's database.yml, or the directory holding it and resque.yml, when"
          + " --gitlab-config is not given. Without either, bbm looks in /var/opt/gitlab/gitlab-rails/etc, then"
          + " /home/git/gitlab/config. database.yml is read only when no connection is given: none of --url, -h,"
          + " -p, -U, -d, BBM_DATABASE_URL, DATABASE_URL, PGHOST, PGPORT, PGUSER and PGDATABASE."),
      new Variable("RAILS_ENV", "The section of database.yml that is read. Default: production."),
      new Variable("NO_COLOR", "When set, to any value, output has no colour, as with --no-color."),
      new Variable("SKIP_POST_DEPLOYMENT_MIGRATIONS", "When set, to any value, bbm db migrate leaves the"
          + " post-deployment migrations (those in a post_migrate directory) down, as GitLab does."),
      new Variable("DBLAB_ENVIRONMENT", "When set, to any value, an ensure_batched_background_migration_is_finished"
          + " directive whose migration does not exist stops bbm db migrate, as in GitLab."));
}
