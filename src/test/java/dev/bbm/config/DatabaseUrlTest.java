package dev.bbm.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

  @Test
  void fullPostgresqlUri() {
    DatabaseUrl u = DatabaseUrl.parse(
        "postgresql://gitlab:s3cret@db.example.com:6432/gitlabhq_production?sslmode=require&application_name=x",
        "--url");
    assertEquals("db.example.com", u.host());
    assertEquals(6432, u.port());
    assertEquals("gitlabhq_production", u.database());
    assertEquals("gitlab", u.user());
    assertEquals("s3cret", u.password());
    assertEquals("require", u.sslMode());
    assertEquals("x", u.applicationName());
    assertEquals(List.of(), u.ignoredParameters());
  }

  @Test
  void postgresSchemeAndUppercaseScheme() {
    assertEquals("h", DatabaseUrl.parse("postgres://h/d", "--url").host());
    assertEquals("d", DatabaseUrl.parse("POSTGRESQL://h/d", "--url").database());
  }

  @Test
  void percentDecodingOfEveryPart() {
    DatabaseUrl u = DatabaseUrl.parse("postgresql://us%40er:p%3Aa%2Fs%40s%20w+rd%C3%A9@host/my%2Fdb?application_name=a%26b",
        "--url");
    assertEquals("us@er", u.user());
    assertEquals("p:a/s@s w+rdé", u.password());
    assertEquals("my/db", u.database());
    assertEquals("a&b", u.applicationName());
  }

  @Test
  void unencodedAtInPasswordUsesTheLastAt() {
    DatabaseUrl u = DatabaseUrl.parse("postgresql://u:p@ss@host:5433/db", "--url");
    assertEquals("p@ss", u.password());
    assertEquals("host", u.host());
    assertEquals(5433, u.port());
  }

  @Test
  void ipv6WithAndWithoutPort() {
    DatabaseUrl u = DatabaseUrl.parse("postgresql://[::1]:5433/db", "--url");
    assertEquals("::1", u.host());
    assertEquals(5433, u.port());
    DatabaseUrl v = DatabaseUrl.parse("postgresql://u@[2001:db8::7]/db", "--url");
    assertEquals("2001:db8::7", v.host());
    assertNull(v.port());
    assertEquals("u", v.user());
  }

  @Test
  void socketDirectoryInQueryOrPercentEncodedHost() {
    DatabaseUrl u = DatabaseUrl.parse("postgresql:///gitlabhq_production?host=/var/opt/gitlab/postgresql", "--url");
    assertEquals("/var/opt/gitlab/postgresql", u.host());
    assertEquals("gitlabhq_production", u.database());
    assertNull(u.user());
    DatabaseUrl v = DatabaseUrl.parse("postgresql://%2Fvar%2Frun%2Fpostgresql:5433/db", "--url");
    assertEquals("/var/run/postgresql", v.host());
    assertEquals(5433, v.port());
  }

  @Test
  void queryOverridesAndFillsParts() {
    DatabaseUrl u = DatabaseUrl.parse("postgresql://a@h/d?user=b&password=pw&dbname=e&port=7000&host=k", "--url");
    assertEquals("b", u.user());
    assertEquals("pw", u.password());
    assertEquals("e", u.database());
    assertEquals(7000, u.port());
    assertEquals("k", u.host());
  }

  @Test
  void jdbcUrlParsedTheSameWay() {
    DatabaseUrl u = DatabaseUrl.parse(
        "jdbc:postgresql://db:5434/gl?user=gitlab&password=pw%26x&ApplicationName=app&sslmode=verify-full", "--url");
    assertEquals("db", u.host());
    assertEquals(5434, u.port());
    assertEquals("gl", u.database());
    assertEquals("gitlab", u.user());
    assertEquals("pw&x", u.password());
    assertEquals("app", u.applicationName());
    assertEquals("verify-full", u.sslMode());
  }

  @Test
  void jdbcShortFormAndSslTrue() {
    DatabaseUrl u = DatabaseUrl.parse("jdbc:postgresql:gitlab?ssl=true", "--url");
    assertNull(u.host());
    assertEquals("gitlab", u.database());
    assertEquals("verify-full", u.sslMode());
  }

  @Test
  void emptyPartsAreAbsentAndUnknownParametersListedWithoutValues() {
    DatabaseUrl u = DatabaseUrl.parse("postgresql://?connect_timeout=5&options=secretvalue", "--url");
    assertNull(u.host());
    assertNull(u.port());
    assertNull(u.database());
    assertEquals(List.of("connect_timeout", "options"), u.ignoredParameters());
  }

  @Test
  void anEmptyPortParameterLeavesThePortUnset() {
    assertNull(DatabaseUrl.parse("postgresql://h/d?port=", "--url").port());
    assertEquals(5433, DatabaseUrl.parse("postgresql://h:5433/d?port=", "--url").port());
  }

  @Test
  void toStringMasksPassword() {
    DatabaseUrl u = DatabaseUrl.parse("postgresql://u:hunter2@h/d", "--url");
    assertFalse(u.toString().contains("hunter2"), u.toString());
    assertTrue(u.toString().contains("***"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "mysql://u:hunter2@h/d",
      "u:hunter2@h/d",
      "postgresql://u:hunter2@h:abc/d",
      "postgresql://u:hunter2@h:0/d",
      "postgresql://u:hunter2@h:65536/d",
      "postgresql://u:hunter2@h:99999999999/d",
      "postgresql://u:hunter2@h/d?port=0",
      "postgresql://u:hunter2@[::1/d",
      "postgresql://u:hunter2@[::1]x/d",
      "postgresql://u:hunter2@h1,h2/d",
      "postgresql://u:hunter2%zz@h/d",
      "postgresql://u:hunter2%C3@h/d",
      "postgresql://u:hunter2%00@h/d",
      "postgresql://u:hunt/er2@h/d",
      "postgresql://u:hunter2@h/d?sslmode",
      "",
  })
  void malformedUrlsAreUsageErrorsInOneSentenceWithoutThePassword(String url) {
    BbmException e = assertThrows(BbmException.class, () -> DatabaseUrl.parse(url, "DATABASE_URL"));
    assertEquals(ExitCode.USAGE, e.exitCode());
    String m = e.getMessage();
    assertTrue(m.startsWith("the database URL from DATABASE_URL "), m);
    assertFalse(m.contains("hunter2") || m.contains("hunt"), m);
    assertFalse(m.contains("\n"), m);
    assertFalse(m.substring(0, m.length() - 1).contains(". "), "one sentence: " + m);
  }
}
