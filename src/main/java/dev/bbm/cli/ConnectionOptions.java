package dev.bbm.cli;

import dev.bbm.config.ConnectionSettings;
import dev.bbm.config.DatabaseTargets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * psql's connection options and GitLab's database.yml, shared by every command that talks to a
 * database: any of --url, -h, -p, -U, -d (or their environment variables) is the one database; else
 * database.yml names them.
 */
public final class ConnectionOptions {
  @Option(names = "--url", paramLabel = "URL",
      description = "postgresql:// URI or jdbc:postgresql: URL (else BBM_DATABASE_URL, DATABASE_URL, PG* variables)")
  String url;

  @Option(names = {"-h", "--host"}, paramLabel = "HOST",
      description = "server host, or a directory holding its Unix-domain socket")
  String host;

  @Option(names = {"-p", "--port"}, paramLabel = "PORT", description = "server port (default "
      + ConnectionSettings.DEFAULT_PORT + ")")
  Integer port;

  @Option(names = {"-U", "--username"}, paramLabel = "USER", description = "database user")
  String username;

  @Option(names = {"-d", "--dbname"}, paramLabel = "DBNAME", description = "database name")
  String dbname;

  @Option(names = "--database", paramLabel = "NAME",
      description = "the GitLab database to work on (main, ci) when database.yml configures several; with a"
          + " connection given by options or environment, its name in migration ids (default "
          + DatabaseTargets.DEFAULT_LABEL + ")")
  String database;

  @Option(names = "--gitlab-config", paramLabel = "PATH",
      description = "GitLab's database.yml, or the directory holding it and resque.yml (else BBM_GITLAB_CONFIG, else"
          + " Omnibus's /var/opt/gitlab/gitlab-rails/etc or a source install's /home/git/gitlab/config); its"
          + " databases are used when no connection is given")
  Path gitlabConfig;

  /** The options as typed, as words a printed bbm command carries so that it reaches the same database. */
  List<String> typed() {
    List<String> words = new ArrayList<>();
    add(words, "--url", url == null ? null : withoutPassword(url));
    add(words, "-h", host);
    add(words, "-p", port);
    add(words, "-U", username);
    add(words, "-d", dbname);
    add(words, "--database", database);
    add(words, "--gitlab-config", gitlabConfig);
    return words;
  }

  /**
   * A URL as commands bbm recommends repeat it: without a password (user:password@ or password=),
   * so that it does not end up in logs; bbm then reads it from PGPASSWORD or ~/.pgpass as psql does.
   */
  static String withoutPassword(String url) {
    return url.replaceFirst("^([a-zA-Z][a-zA-Z0-9+.-]*://[^:/@?#]*):[^@/?#]*@", "$1@")
        .replaceAll("([?&])password=[^&#]*&?", "$1").replaceFirst("[?&]$", "");
  }

  private static void add(List<String> words, String option, Object value) {
    if (value != null) {
      words.add(option);
      words.add(value.toString());
    }
  }
}
