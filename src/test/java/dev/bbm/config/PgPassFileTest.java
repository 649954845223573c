package dev.bbm.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PgPassFileTest {
  @TempDir
  Path home;

  private Path write(String content, String perms) throws IOException {
    Path f = home.resolve(".pgpass");
    Files.writeString(f, content);
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(perms));
    return f;
  }

  private static String find(Path f, String host, int port, String db, String user) {
    return PgPassFile.lookup(f, List.of(host), port, db, user).password();
  }

  @Test
  void firstMatchingLineWinsAndWildcardsMatchAnything() throws IOException {
    Path f = write("""
        # comment:line:with:five:fields
        other:5432:gl:gitlab:wrong
        db.example.com:5432:gitlabhq_production:gitlab:first
        db.example.com:5432:gitlabhq_production:gitlab:second
        *:*:*:gitlab:fallback
        """, "rw-------");
    assertEquals("first", find(f, "db.example.com", 5432, "gitlabhq_production", "gitlab"));
    assertEquals("fallback", find(f, "db.example.com", 6432, "gitlabhq_production", "gitlab"));
    assertEquals("fallback", find(f, "elsewhere", 5432, "x", "gitlab"));
    assertNull(find(f, "db.example.com", 5432, "gitlabhq_production", "root"));
  }

  @Test
  void escapedColonsBackslashesAndStar() throws IOException {
    Path f = write("""
        h:5432:d\\:b:u:p\\:w\\\\d:ignored-sixth-field
        h:5432:\\*:u:literal-star
        """, "rw-------");
    assertEquals("p:w\\d", find(f, "h", 5432, "d:b", "u"));
    assertNull(find(f, "h", 5432, "anything", "u"), "an escaped * is not a wildcard");
    assertEquals("literal-star", find(f, "h", 5432, "*", "u"));
  }

  @Test
  void shortLinesAndCrlfAreHandled() throws IOException {
    Path f = write("h:5432:d:u\r\nh:5432:d:u:pw\r\n", "rw-------");
    assertEquals("pw", find(f, "h", 5432, "d", "u"));
  }

  @Test
  void groupOrWorldReadableFileIsIgnoredWithAWarning() throws IOException {
    Path f = write("*:*:*:*:pw\n", "rw-r--r--");
    PgPassFile.Lookup l = PgPassFile.lookup(f, List.of("h"), 5432, "d", "u");
    assertNull(l.password());
    assertTrue(l.warning().contains(f.toString()) && l.warning().contains("0600"), l.warning());
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
    PgPassFile.Lookup ok = PgPassFile.lookup(f, List.of("h"), 5432, "d", "u");
    assertEquals("pw", ok.password());
    assertNull(ok.warning());
  }

  @Test
  void missingFileIsSilent() {
    PgPassFile.Lookup l = PgPassFile.lookup(home.resolve("nope"), List.of("h"), 5432, "d", "u");
    assertNull(l.password());
    assertNull(l.warning());
  }

  @Test
  void directoryIsIgnoredWithAWarning() throws IOException {
    Path dir = Files.createDirectory(home.resolve(".pgpass"));
    PgPassFile.Lookup l = PgPassFile.lookup(dir, List.of("h"), 5432, "d", "u");
    assertNull(l.password());
    assertTrue(l.warning().contains("not a plain file"), l.warning());
  }

  @Test
  void hostAliasesAllowLocalhostForSockets() throws IOException {
    Path f = write("localhost:5432:d:u:local\n", "rw-------");
    assertEquals("local", PgPassFile.lookup(f, List.of("/var/run/postgresql", "localhost"), 5432, "d", "u").password());
    assertNull(PgPassFile.lookup(f, List.of("/srv/sock"), 5432, "d", "u").password());
  }

  @Test
  void lookupToStringMasksPassword() {
    assertTrue(new PgPassFile.Lookup("hunter2", null).toString().contains("***"));
  }
}
