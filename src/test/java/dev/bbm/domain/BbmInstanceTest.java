package dev.bbm.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BbmInstanceTest {

  @Test
  void namesItselfAsBbmPidAtShortHostAndParsesBack() {
    BbmInstance b = new BbmInstance(41234, "gitlab-db-1.example.com");
    assertEquals("bbm/41234@gitlab-db-1", b.applicationName());
    assertEquals(Optional.of(new BbmInstance(41234, "gitlab-db-1")), BbmInstance.parse(b.applicationName()));
    assertEquals(ProcessHandle.current().pid(), BbmInstance.current("h").pid());
  }

  @Test
  void aLongOrNonAsciiHostStaysWithinPostgresqlsSixtyThreeBytesInPrintableAscii() {
    BbmInstance b = new BbmInstance(4_194_304, "x".repeat(80) + ".example.com");
    String name = b.applicationName();
    assertEquals(63, name.getBytes(StandardCharsets.UTF_8).length, name);
    assertEquals(Optional.of(b), BbmInstance.parse(name));
    BbmInstance odd = new BbmInstance(7, " Grüße@db 1\n");
    assertEquals("bbm/7@Gr--e-db-1", odd.applicationName());
    assertTrue(odd.applicationName().chars().allMatch(c -> c > 32 && c < 127));
    assertEquals("unknown", new BbmInstance(7, null).host());
    assertEquals("unknown", new BbmInstance(7, "  ").host());
    assertEquals("unknown", new BbmInstance(7, ".local").host());
  }

  @Test
  void otherApplicationNamesAreNotABbmProcess() {
    for (String other : new String[] {null, "", "bbm", "bbm-tests", "psql", "bbm/", "bbm/0@h", "bbm/12a@h",
        "bbm/12@", "bbm/12@h.example", "bbm/12@h x", "xbbm/12@h", "bbm/99999999999999999999@h"}) {
      assertEquals(Optional.empty(), BbmInstance.parse(other), String.valueOf(other));
    }
    assertTrue(BbmInstance.isBbm("bbm"), "what bbm called itself before");
    assertTrue(BbmInstance.isBbm("bbm/12345@otherhost"));
    assertFalse(BbmInstance.isBbm("bbm-tests"));
    assertFalse(BbmInstance.isBbm(null));
  }
}
