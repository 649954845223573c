package dev.bbm.cli;

import picocli.CommandLine.Option;

/** psql's connection options, shared by every command that talks to a database. */
public final class ConnectionOptions {
  @Option(names = "--url", paramLabel = "URL",
      description = "postgresql:// URI or jdbc:postgresql: URL (else BBM_DATABASE_URL, DATABASE_URL, PG* variables)")
  String url;

  @Option(names = {"-h", "--host"}, paramLabel = "HOST",
      description = "server host, or a directory holding its Unix-domain socket")
  String host;

  @Option(names = {"-p", "--port"}, paramLabel = "PORT", description = "server port (default 5432)")
  Integer port;

  @Option(names = {"-U", "--username"}, paramLabel = "USER", description = "database user")
  String username;

  @Option(names = {"-d", "--dbname"}, paramLabel = "DBNAME", description = "database name")
  String dbname;

  @Option(names = "--database", paramLabel = "NAME",
      description = "the GitLab database this connection is (main, ci); used in migration ids (default main)")
  String database;
}
