package dev.bbm.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class ConnectionSettingsTest {

  private static ConnectionSettings tcp(String host) {
    return new ConnectionSettings(host, 5432, "gitlabhq_production", "gitlab", "hunter2", "require", null);
  }

  @Test
  void tcpUrlAndProperties() {
    ConnectionSettings s = tcp("db.example.com");
    assertEquals("jdbc:postgresql://db.example.com:5432/gitlabhq_production", s.jdbcUrl());
    Properties p = s.jdbcProperties();
    assertEquals("gitlab", p.getProperty("user"));
    assertEquals("hunter2", p.getProperty("password"));
    assertEquals("bbm/" + ProcessHandle.current().pid() + "@", p.getProperty("ApplicationName")
        .substring(0, p.getProperty("ApplicationName").indexOf('@') + 1), "bbm/<pid>@<host>");
    assertEquals(ConnectionSettings.defaultApplicationName(), p.getProperty("ApplicationName"));
    assertEquals("10", p.getProperty("connectTimeout"));
    assertEquals("require", p.getProperty("sslmode"));
    assertEquals("12", p.getProperty("assumeMinServerVersion"));
    assertEquals("true", p.getProperty("tcpKeepAlive"));
    assertNull(p.getProperty("socketFactory"));
    assertFalse(s.isUnixSocket());
  }

  @Test
  void aShorterConnectTimeoutChangesNothingElse() {
    ConnectionSettings s = tcp("db.example.com");
    assertEquals(ConnectionSettings.CONNECT_TIMEOUT_SECONDS, s.connectTimeoutSeconds());
    ConnectionSettings quick = s.withConnectTimeout(2);
    assertEquals("2", quick.jdbcProperties().getProperty("connectTimeout"));
    assertEquals("10", s.jdbcProperties().getProperty("connectTimeout"));
    Properties a = s.jdbcProperties();
    Properties b = quick.jdbcProperties();
    a.remove("connectTimeout");
    b.remove("connectTimeout");
    assertEquals(a, b);
    assertEquals(s.jdbcUrl(), quick.jdbcUrl());
    assertThrows(IllegalArgumentException.class, () -> s.withConnectTimeout(0));
  }

  @Test
  void noPasswordNoSslModeMeansNoSuchProperties() {
    Properties p = new ConnectionSettings("h", 5432, "d", "u", null, null, "custom").jdbcProperties();
    assertFalse(p.containsKey("password"));
    assertFalse(p.containsKey("sslmode"));
    assertEquals("custom", p.getProperty("ApplicationName"));
  }

  @Test
  void ipv6HostIsBracketedAndDatabaseEncoded() {
    ConnectionSettings s = new ConnectionSettings("::1", 5433, "my db/x", "u", null, null, null);
    assertEquals("jdbc:postgresql://[::1]:5433/my+db%2Fx", s.jdbcUrl());
  }

  @Test
  void socketDirectoryUsesJunixsocketFactory() {
    ConnectionSettings s = new ConnectionSettings("/var/opt/gitlab/postgresql/", 5432, "gitlabhq_production",
        "gitlab", null, "require", null);
    assertTrue(s.isUnixSocket());
    assertEquals("jdbc:postgresql://localhost:5432/gitlabhq_production", s.jdbcUrl());
    Properties p = s.jdbcProperties();
    assertEquals("org.newsclub.net.unix.AFUNIXSocketFactory$FactoryArg", p.getProperty("socketFactory"));
    assertEquals("/var/opt/gitlab/postgresql/.s.PGSQL.5432", p.getProperty("socketFactoryArg"));
    assertEquals("disable", p.getProperty("sslmode"));
  }

  @Test
  void socketFactoryClassExistsOnTheClasspath() throws Exception {
    Class<?> c = Class.forName(ConnectionSettings.SOCKET_FACTORY);
    assertTrue(javax.net.SocketFactory.class.isAssignableFrom(c));
  }

  @Test
  void describeAndToStringNeverShowThePassword() {
    ConnectionSettings s = tcp("db.example.com");
    assertEquals("host \"db.example.com\", port 5432, database \"gitlabhq_production\", user \"gitlab\"",
        s.describe());
    assertFalse(s.toString().contains("hunter2"), s.toString());
    assertTrue(s.toString().contains("password=***"), s.toString());
  }

  @Test
  void rejectsImpossibleValues() {
    assertThrows(IllegalArgumentException.class, () -> new ConnectionSettings("h", 0, "d", "u", null, null, null));
    assertThrows(NullPointerException.class, () -> new ConnectionSettings(null, 1, "d", "u", null, null, null));
  }
}
