package dev.bbm.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

class ConnectionResolverTest {
  @TempDir
  Path home;
  @TempDir
  Path sockets;

  private final Map<String, String> env = new HashMap<>(Map.of("USER", "osuser"));

  private ConnectionResolver.Resolution resolve(ConnectionRequest req) {
    return ConnectionResolver.resolve(req, env, home, List.of(sockets.resolve("none"), sockets));
  }

  private ConnectionSettings settings(ConnectionRequest req) {
    return resolve(req).settings();
  }

  private static ConnectionRequest url(String url) {
    return new ConnectionRequest(url, null, null, null, null);
  }

  private void pgpass(String content, String perms) throws IOException {
    Path f = home.resolve(".pgpass");
    Files.writeString(f, content);
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(perms));
  }

  @Test
  void precedenceOptionBeatsBbmUrlBeatsDatabaseUrlBeatsPgEnv() {
    env.put("PGHOST", "pghost");
    env.put("PGPORT", "1111");
    env.put("PGUSER", "pguser");
    env.put("PGDATABASE", "pgdb");
    env.put("DATABASE_URL", "postgresql://duser@dhost:2222/ddb");
    env.put("BBM_DATABASE_URL", "postgresql://buser@bhost:3333/bdb");

    ConnectionSettings opts = settings(new ConnectionRequest("postgresql://uuser@uhost:4444/udb",
        "ohost", 5555, "ouser", "odb"));
    assertEquals(List.of("ohost", 5555, "ouser", "odb"),
        List.of(opts.host(), opts.port(), opts.user(), opts.database()));

    ConnectionSettings url = settings(url("postgresql://uuser@uhost:4444/udb"));
    assertEquals(List.of("uhost", 4444, "uuser", "udb"), List.of(url.host(), url.port(), url.user(), url.database()));

    ConnectionSettings bbm = settings(ConnectionRequest.empty());
    assertEquals(List.of("bhost", 3333, "buser", "bdb"), List.of(bbm.host(), bbm.port(), bbm.user(), bbm.database()));

    env.remove("BBM_DATABASE_URL");
    ConnectionSettings db = settings(ConnectionRequest.empty());
    assertEquals(List.of("dhost", 2222, "duser", "ddb"), List.of(db.host(), db.port(), db.user(), db.database()));

    env.remove("DATABASE_URL");
    ConnectionSettings pg = settings(ConnectionRequest.empty());
    assertEquals(List.of("pghost", 1111, "pguser", "pgdb"), List.of(pg.host(), pg.port(), pg.user(), pg.database()));
  }

  @Test
  void optionsOverrideOnlyTheirPartOfTheUrlAndPgEnvFillsTheRest() {
    env.put("PGPORT", "7777");
    env.put("PGPASSWORD", "envpw");
    env.put("PGSSLMODE", "verify-ca");
    env.put("PGAPPNAME", "upgrade-script");
    ConnectionSettings s = settings(new ConnectionRequest("postgresql://u@h/d", null, null, "other", null));
    assertEquals("h", s.host());
    assertEquals(7777, s.port());
    assertEquals("other", s.user());
    assertEquals("d", s.database());
    assertEquals("envpw", s.password());
    assertEquals("verify-ca", s.sslMode());
    assertEquals("upgrade-script", s.applicationName());
  }

  @Test
  void urlValuesBeatPgEnv() {
    env.put("PGPASSWORD", "envpw");
    env.put("PGSSLMODE", "disable");
    env.put("PGAPPNAME", "envapp");
    ConnectionSettings s = settings(url("postgresql://u:urlpw@h/d?sslmode=require&application_name=urlapp"));
    assertEquals("urlpw", s.password());
    assertEquals("require", s.sslMode());
    assertEquals("urlapp", s.applicationName());
  }

  @Test
  void libpqDefaultsWithoutSocket() {
    ConnectionSettings s = settings(ConnectionRequest.empty());
    assertEquals("localhost", s.host());
    assertEquals(5432, s.port());
    assertEquals("osuser", s.user());
    assertEquals("osuser", s.database());
    assertNull(s.password());
    assertNull(s.sslMode());
    assertEquals(ConnectionSettings.defaultApplicationName(), s.applicationName());
  }

  @Test
  void defaultHostIsTheSocketDirectoryHoldingTheSocketForThatPort() throws IOException {
    Files.createFile(sockets.resolve(".s.PGSQL.5433"));
    assertEquals("localhost", settings(ConnectionRequest.empty()).host(), "no socket for 5432");
    env.put("PGPORT", "5433");
    assertEquals(sockets.toString(), settings(ConnectionRequest.empty()).host());
  }

  @Test
  void userFallsBackToLognameThenJavaUserName() {
    env.remove("USER");
    env.put("LOGNAME", "logname");
    assertEquals("logname", settings(ConnectionRequest.empty()).user());
    env.remove("LOGNAME");
    assertEquals(System.getProperty("user.name"), settings(ConnectionRequest.empty()).user());
  }

  @Test
  void socketDirectoryFromUrlQueryOrHostOption() {
    assertEquals("/var/opt/gitlab/postgresql",
        settings(url("postgresql:///gitlabhq_production?host=/var/opt/gitlab/postgresql")).host());
    ConnectionSettings s = settings(new ConnectionRequest(null, "/var/opt/gitlab/postgresql", null, null, null));
    assertTrue(s.isUnixSocket());
  }

  @Test
  void pgpassSuppliesMissingPassword() throws IOException {
    pgpass("db:5432:gl:gitlab:frompgpass\n", "rw-------");
    ConnectionSettings s = settings(url("postgresql://gitlab@db/gl"));
    assertEquals("frompgpass", s.password());
    assertNull(settings(url("postgresql://gitlab@db:5433/gl")).password(), "other port does not match");
    assertEquals("urlpw", settings(url("postgresql://gitlab:urlpw@db/gl")).password(), "URL beats pgpass");
    env.put("PGPASSWORD", "envpw");
    assertEquals("envpw", settings(url("postgresql://gitlab@db/gl")).password(), "PGPASSWORD beats pgpass");
  }

  @Test
  void pgpassFileFromPgpassfileVariable() throws IOException {
    Path other = home.resolve("elsewhere");
    Files.writeString(other, "*:*:*:*:viaenv\n");
    Files.setPosixFilePermissions(other, PosixFilePermissions.fromString("rw-------"));
    env.put("PGPASSFILE", other.toString());
    assertEquals("viaenv", settings(url("postgresql://u@h/d")).password());
  }

  @Test
  void pgpassWorldReadableIsIgnoredWithWarning() throws IOException {
    pgpass("*:*:*:*:secret\n", "rw-r--r--");
    ConnectionResolver.Resolution r = resolve(url("postgresql://u@h/d"));
    assertNull(r.settings().password());
    assertEquals(1, r.warnings().size());
    assertTrue(r.warnings().get(0).contains("group or world access"), r.warnings().get(0));
    assertFalse(r.warnings().get(0).contains("secret"));
  }

  @Test
  void pgpassLocalhostMatchesDefaultSocketDirectoryOnly() throws IOException {
    pgpass("localhost:5432:d:u:local\n/srv/pg:5432:d:u:bypath\n", "rw-------");
    assertEquals("local", settings(new ConnectionRequest(null, sockets.toString(), null, "u", "d")).password());
    assertEquals("local", settings(new ConnectionRequest(null, "localhost", null, "u", "d")).password());
    assertEquals("bypath", settings(new ConnectionRequest(null, "/srv/pg", null, "u", "d")).password());
    assertNull(settings(new ConnectionRequest(null, "127.0.0.1", null, "u", "d")).password());
  }

  @Test
  void ignoredUrlParametersBecomeWarnings() {
    ConnectionResolver.Resolution r = resolve(url("postgresql://h/d?connect_timeout=3"));
    assertEquals(List.of("ignoring the parameter \"connect_timeout\" of the database URL, which bbm does not use"),
        r.warnings());
  }

  @Test
  void aUrlsPrepareThresholdReachesTheDriverUnchanged() {
    ConnectionResolver.Resolution r = resolve(url("postgresql://h/d?prepareThreshold=0"));
    assertEquals(List.of(), r.warnings());
    assertEquals(0, r.settings().prepareThreshold());
    assertEquals("0", r.settings().jdbcProperties().getProperty("prepareThreshold"));
    assertEquals("-1", settings(url("jdbc:postgresql://h/d?prepareThreshold=-1")).jdbcProperties()
        .getProperty("prepareThreshold"));
    assertEquals(12, settings(url("postgresql://h/d?prepareThreshold=12")).withConnectTimeout(2).prepareThreshold());
    assertNull(settings(url("postgresql://h/d")).jdbcProperties().getProperty("prepareThreshold"));
    assertUsage(() -> settings(url("postgresql://h/d?prepareThreshold=off")), "prepareThreshold");
  }

  @Test
  void badPortsAreUsageErrors() {
    assertUsage(() -> settings(new ConnectionRequest(null, null, 0, null, null)), "--port 0");
    assertUsage(() -> settings(new ConnectionRequest(null, null, 70000, null, null)), "--port 70000");
    env.put("PGPORT", "five");
    assertUsage(() -> settings(ConnectionRequest.empty()), "PGPORT \"five\"");
  }

  @Test
  void badSslModeAndSeveralHostsAreUsageErrors() {
    env.put("PGSSLMODE", "sometimes");
    assertUsage(() -> settings(ConnectionRequest.empty()), "sslmode \"sometimes\"");
    env.remove("PGSSLMODE");
    env.put("PGHOST", "a,b");
    assertUsage(() -> settings(ConnectionRequest.empty()), "several hosts");
  }

  @Test
  void malformedUrlNamesItsSourceButNotThePassword() {
    env.put("BBM_DATABASE_URL", "postgresql://u:hunter2@h:bad/d");
    BbmException e = assertUsage(() -> settings(ConnectionRequest.empty()), "BBM_DATABASE_URL");
    assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    e = assertUsage(() -> settings(url("mysql://u:hunter2@h/d")), "--url");
    assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
  }

  @Test
  void blankValuesCountAsAbsent() {
    env.put("PGHOST", "");
    env.put("DATABASE_URL", " ");
    ConnectionSettings s = settings(new ConnectionRequest("", " ", null, "", null));
    assertEquals("localhost", s.host());
    assertEquals("osuser", s.user());
  }

  private static BbmException assertUsage(Runnable r, String expectedPart) {
    BbmException e = assertThrows(BbmException.class, r::run);
    assertEquals(ExitCode.USAGE, e.exitCode());
    assertTrue(e.getMessage().contains(expectedPart), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
    return e;
  }
}
