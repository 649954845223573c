package dev.bbm.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GitLab's database.yml: its shapes, what bbm refuses, and how its databases become bbm's. */
class GitlabDatabaseYmlTest {
  @TempDir
  Path dir;

  private final Map<String, String> env = new HashMap<>(Map.of("USER", "osuser"));

  private static GitlabDatabaseYml.Parsed parse(String yaml) {
    return GitlabDatabaseYml.parse(yaml, "database.yml", "production");
  }

  private DatabaseTargets targets(String yaml) {
    return DatabaseTargets.fromYml(parse(yaml), env, dir);
  }

  /** What Omnibus writes: a socket directory as host, no password (peer authentication). */
  static final String OMNIBUS = """
      production:
        main:
          adapter: postgresql
          encoding: unicode
          collation:
          database: gitlabhq_production
          username: "gitlab"
          password:
          host: "/var/opt/gitlab/postgresql"
          port: 5432
          socket:
          sslmode:
          load_balancing: {"hosts":[]}
          prepared_statements: false
          database_tasks: true
        ci:
          adapter: postgresql
          encoding: unicode
          database: gitlabhq_production
          username: "gitlab"
          password:
          host: "/var/opt/gitlab/postgresql"
          port: 5432
          database_tasks: false
      """;

  @Test
  void flatSingleDatabaseIsMain() {
    GitlabDatabaseYml.Parsed p = parse("""
        production:
          adapter: postgresql
          encoding: unicode
          database: gitlabhq_production
          username: git
          password: "secret"
          host: db.example.com
          port: "6432"
          variables:
            statement_timeout: 15s
        """);
    assertEquals(1, p.entries().size());
    GitlabDatabaseYml.Entry e = p.entries().get(0);
    assertEquals("main", e.name());
    assertEquals("db.example.com", e.host());
    assertEquals(6432, e.port());
    assertEquals("gitlabhq_production", e.database());
    assertEquals("git", e.username());
    assertEquals("secret", e.password());
    assertNull(e.refusal());
    assertFalse(e.toString().contains("secret"), e.toString());
    ConnectionSettings s = DatabaseTargets.fromYml(p, env, dir).all().get(0).settings();
    assertEquals(new ConnectionSettings("db.example.com", 6432, "gitlabhq_production", "git", "secret", null, null), s);
  }

  @Test
  void nestedDatabasesInOrderWithGeoAndEmbeddingSkipped() {
    GitlabDatabaseYml.Parsed p = parse("""
        defaults: &defaults
          adapter: postgresql
          encoding: unicode
          host: 10.0.0.5
          username: gitlab
        production:
          main:
            <<: *defaults
            database: gitlabhq_production
          ci:
            <<: *defaults
            database: gitlabhq_production_ci
            port: 5433
          geo:
            <<: *defaults
            database: gitlabhq_geo_production
          embedding:
            <<: *defaults
            database: gitlabhq_embedding
        development:
          main:
            database: gitlabhq_development
        """);
    assertEquals(List.of("main", "ci"), p.entries().stream().map(GitlabDatabaseYml.Entry::name).toList());
    assertEquals(List.of("embedding", "geo"), p.skipped().keySet().stream().sorted().toList());
    assertTrue(p.skipped().get("geo").contains("skip"), p.skipped().toString());
    DatabaseTargets t = DatabaseTargets.fromYml(p, env, dir);
    assertTrue(t.several());
    assertEquals("main, ci", t.labels());
    ConnectionSettings ci = t.named("ci", "--database ci").settings();
    assertEquals("10.0.0.5", ci.host());
    assertEquals(5433, ci.port());
    assertEquals("gitlabhq_production_ci", ci.database());
    assertEquals("gitlab", ci.user());
    assertEquals(5432, t.named("main", "--database main").settings().port());
    BbmException geo = assertThrows(BbmException.class, () -> t.named("geo", "--database geo"));
    assertTrue(geo.getMessage().contains("skips") && geo.getMessage().contains("Geo"), geo.getMessage());
    BbmException other = assertThrows(BbmException.class, () -> t.named("sec", "--database sec"));
    assertEquals(ExitCode.USAGE, other.exitCode());
    assertTrue(other.getMessage().contains("it has main, ci"), other.getMessage());
  }

  @Test
  void railsEnvPicksTheSection() {
    GitlabDatabaseYml.Parsed p = GitlabDatabaseYml.parse("""
        production:
          main: {database: prod, host: h}
        staging:
          main: {database: stage, host: h}
        """, "database.yml", GitlabDatabaseYml.railsEnv(Map.of("RAILS_ENV", "staging")));
    assertEquals("stage", p.entries().get(0).database());
    assertEquals("production", GitlabDatabaseYml.railsEnv(Map.of()));
    BbmException none = assertThrows(BbmException.class,
        () -> GitlabDatabaseYml.parse("production:\n  main: {database: x}\n", "database.yml", "test"));
    assertTrue(none.getMessage().contains("no test section") && none.getMessage().contains("RAILS_ENV"),
        none.getMessage());
  }

  @Test
  void omnibusSocketHostAndSharedCiDatabaseAreOneDatabase() {
    DatabaseTargets t = targets(OMNIBUS);
    assertFalse(t.several(), t.labels());
    DatabaseTargets.Target main = t.all().get(0);
    assertEquals("main", main.label());
    assertEquals(List.of("ci"), main.aliases());
    assertTrue(main.settings().isUnixSocket());
    assertEquals("/var/opt/gitlab/postgresql/.s.PGSQL.5432", main.settings().socketPath());
    assertNull(main.settings().password());
    assertEquals("gitlab", main.settings().user());
    assertEquals(1, t.notes().size());
    assertTrue(t.notes().get(0).contains("ci") && t.notes().get(0).contains("once, as main"), t.notes().toString());
    assertEquals(main, t.named("ci", "--database ci"));
    assertEquals(dev.bbm.domain.GitlabSchemas.Scope.ALL, main.scope());
  }

  @Test
  void sameHostPortAndDatabaseAreOneDatabaseEvenWithDatabaseTasks() {
    DatabaseTargets t = targets("""
        production:
          main: {adapter: postgresql, host: /var/opt/gitlab/postgresql/, port: 5432, database: gitlabhq_production}
          ci: {adapter: postgresql, host: /var/opt/gitlab/postgresql, database: gitlabhq_production}
        """);
    assertEquals("main", t.labels());
    assertTrue(t.notes().get(0).contains("same database as main"), t.notes().toString());
  }

  @Test
  void decomposedDatabasesAreScopedByGitlabSchema() {
    DatabaseTargets t = targets("""
        production:
          main: {host: db, database: gitlabhq_production}
          ci: {host: db, database: gitlabhq_production_ci}
        """);
    var main = t.named("main", "x").scope();
    var ci = t.named("ci", "x").scope();
    assertFalse(main.includes("gitlab_ci"));
    assertTrue(main.includes("gitlab_main") && main.includes("gitlab_shared") && main.includes("gitlab_main_cell"));
    assertTrue(ci.includes("gitlab_ci") && ci.includes("gitlab_shared") && ci.includes("gitlab_internal"));
    assertFalse(ci.includes("gitlab_main"));
  }

  @Test
  void passwordFromTheFileBeatsPgpasswordAndMissingOnesComeFromPgpass() throws IOException {
    env.put("PGPASSWORD", "from-env");
    DatabaseTargets t = targets("""
        production:
          main: {host: db, database: gitlabhq_production, username: gitlab, password: from-yml}
          ci: {host: db, database: gitlabhq_production_ci, username: gitlab}
        """);
    assertEquals("from-yml", t.named("main", "x").settings().password());
    assertEquals("from-env", t.named("ci", "x").settings().password());
    env.remove("PGPASSWORD");
    Path pgpass = dir.resolve(".pgpass");
    Files.writeString(pgpass, "db:5432:gitlabhq_production_ci:gitlab:from-pgpass\n");
    Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
    DatabaseTargets again = targets("""
        production:
          main: {host: db, database: gitlabhq_production, username: gitlab}
          ci: {host: db, database: gitlabhq_production_ci, username: gitlab}
        """);
    assertEquals("from-pgpass", again.named("ci", "x").settings().password());
    assertNull(again.named("main", "x").settings().password());
  }

  @Test
  void missingUserIsTheLoginNameAndUrlEntriesWork() {
    DatabaseTargets t = targets("""
        production:
          main:
            url: postgresql://app:pw@pg.internal:5544/gitlab?sslmode=require
            database: gitlabhq_production
          ci:
            host: pg.internal
            database: gitlabhq_ci
            sslmode: verify-full
        """);
    ConnectionSettings main = t.named("main", "x").settings();
    assertEquals("pg.internal", main.host());
    assertEquals(5544, main.port());
    assertEquals("gitlabhq_production", main.database(), "the entry's keys win over its url");
    assertEquals("app", main.user());
    assertEquals("pw", main.password());
    assertEquals("require", main.sslMode());
    ConnectionSettings ci = t.named("ci", "x").settings();
    assertEquals("osuser", ci.user());
    assertEquals("verify-full", ci.sslMode());
  }

  @Test
  void erbIsRefusedForThatEntryOnly() {
    DatabaseTargets t = targets("""
        production:
          main:
            host: db
            database: gitlabhq_production
          ci:
            host: db
            database: gitlabhq_production_ci
            password: "<%= File.read('/etc/gitlab/ci-password').strip %>"
        """);
    assertEquals("main, ci", t.labels());
    assertTrue(t.named("main", "x").settings() != null);
    DatabaseTargets.Target ci = t.named("ci", "x");
    BbmException e = assertThrows(BbmException.class, ci::requireSettings);
    assertEquals(ExitCode.USAGE, e.exitCode());
    assertTrue(e.getMessage().contains("ci") && e.getMessage().contains("password") && e.getMessage().contains("ERB")
        && e.getMessage().contains("--url"), e.getMessage());
    assertFalse(e.getMessage().contains("File.read"), e.getMessage());
  }

  @Test
  void anErbTemplateThatIsNotYamlIsRefusedAsSuch() {
    BbmException e = assertThrows(BbmException.class, () -> parse("""
        production:
          main:
        <%- if ENV['X'] -%>
            host: a
        <%- end -%>
            database: x
        """));
    assertTrue(e.getMessage().contains("ERB template"), e.getMessage());
  }

  @Test
  void malformedFilesAreOneSentenceWithoutTheirContent() {
    BbmException bad = assertThrows(BbmException.class, () -> parse("production:\n  main: {host: [unclosed, password: hunter2\n"));
    assertEquals(ExitCode.USAGE, bad.exitCode());
    assertTrue(bad.getMessage().startsWith("database.yml is not valid YAML at line"), bad.getMessage());
    assertFalse(bad.getMessage().contains("hunter2"), bad.getMessage());
    BbmException list = assertThrows(BbmException.class, () -> parse("- a\n- b\n"));
    assertTrue(list.getMessage().contains("map of Rails environments"), list.getMessage());
    BbmException noDb = assertThrows(BbmException.class, () -> parse("production:\n  geo: {database: g}\n"));
    assertTrue(noDb.getMessage().contains("names no database bbm works on"), noDb.getMessage());
    GitlabDatabaseYml.Parsed p = parse("""
        production:
          main: {adapter: mysql2, database: gitlab}
          ci: {host: db}
          sec: {host: db, database: s, port: seventy}
        """);
    assertTrue(p.entries().get(0).refusal().contains("mysql2"), p.entries().get(0).refusal());
    assertTrue(p.entries().get(1).refusal().contains("names no database"), p.entries().get(1).refusal());
    assertTrue(p.entries().get(2).refusal().contains("port"), p.entries().get(2).refusal());
  }

  @Test
  void fileErrors() throws IOException {
    BbmException missing = assertThrows(BbmException.class,
        () -> GitlabDatabaseYml.read(dir.resolve("nope.yml"), "production"));
    assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
    assumeFalse("root".equals(System.getProperty("user.name")), "root reads any file");
    Path f = dir.resolve("database.yml");
    Files.writeString(f, OMNIBUS);
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
    BbmException denied = assertThrows(BbmException.class, () -> GitlabDatabaseYml.read(f, "production"));
    assertEquals(ExitCode.CANNOT_CONNECT, denied.exitCode());
    assertTrue(denied.getMessage().contains("permission denied") && denied.getMessage().contains("sudo -u git")
        && denied.getMessage().contains("--url"), denied.getMessage());
  }

  @Test
  void anExplicitConnectionWinsOverDatabaseYml() throws IOException {
    Path yml = dir.resolve("database.yml");
    Files.writeString(yml, "production:\n  main: {host: db, database: gitlabhq_production}\n"
        + "  ci: {host: db, database: gitlabhq_ci}\n");
    ConnectionRequest none = ConnectionRequest.empty();
    DatabaseTargets fromYml = DatabaseTargets.resolve(none, null, null, List.of(dir), env, dir);
    assertEquals("main, ci", fromYml.labels());
    assertEquals(yml.toString(), fromYml.source());
    for (String var : ConnectionResolver.CONNECTION_VARIABLES) {
      Map<String, String> e = new HashMap<>(env);
      e.put(var, var.endsWith("URL") ? "postgresql://u@h/d" : var.equals("PGPORT") ? "5432" : "x");
      DatabaseTargets t = DatabaseTargets.resolve(none, null, yml, List.of(dir), e, dir);
      assertEquals("main", t.labels(), var);
      assertNull(t.source(), var);
    }
    DatabaseTargets byOption = DatabaseTargets.resolve(new ConnectionRequest(null, null, null, null, "other"), "ci",
        yml, List.of(dir), env, dir);
    assertEquals("ci", byOption.labels());
    assertEquals("other", byOption.all().get(0).settings().database());
    assertEquals(dev.bbm.domain.GitlabSchemas.scope("ci"), byOption.all().get(0).scope());
  }

  @Test
  void whereDatabaseYmlIsFound() throws IOException {
    Path none = dir.resolve("empty");
    Files.createDirectories(none);
    Path std = dir.resolve("etc");
    Files.createDirectories(std);
    Files.writeString(std.resolve("database.yml"), "production:\n  main: {host: auto, database: d}\n");
    assertEquals(List.of(), DatabaseTargets.databaseYml(null, env, List.of(none)).stream().toList());
    assertEquals(std.resolve("database.yml"), DatabaseTargets.databaseYml(null, env, List.of(none, std)).get());
    Path other = dir.resolve("other.yml");
    Files.writeString(other, "production:\n  main: {host: named, database: d}\n");
    assertEquals(other, DatabaseTargets.databaseYml(other, env, List.of(std)).get());
    Map<String, String> withVar = new HashMap<>(env);
    withVar.put(DatabaseTargets.CONFIG_VARIABLE, std.toString());
    assertEquals(std.resolve("database.yml"), DatabaseTargets.databaseYml(null, withVar, List.of()).get());
    assertEquals(other, DatabaseTargets.databaseYml(other, withVar, List.of()).get(), "the option beats the variable");
    BbmException noFile = assertThrows(BbmException.class, () -> DatabaseTargets.databaseYml(none, env, List.of()));
    assertTrue(noFile.getMessage().contains("--gitlab-config") && noFile.getMessage().contains("holds no database.yml"),
        noFile.getMessage());
    BbmException gone = assertThrows(BbmException.class,
        () -> DatabaseTargets.databaseYml(dir.resolve("gone.yml"), env, List.of()));
    assertTrue(gone.getMessage().contains("does not exist"), gone.getMessage());
  }
}
