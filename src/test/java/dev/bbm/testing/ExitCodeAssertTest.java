package dev.bbm.testing;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class ExitCodeAssertTest {
  @Test
  void passesOnTheExpectedCode() {
    assertThat(new CliRunner.Result(5, "", "")).exitedWith(BUSY);
    assertThat(new CliRunner.Result(0, "out", "err")).withContext("ignored").exitedWith(OK);
  }

  @Test
  void aFailureNamesBothCodesAndShowsTheOutput() {
    CliRunner.Result r = new CliRunner.Result(0, "Finalized main_1\n", "warning: slow\n");
    AssertionFailedError e = assertThrows(AssertionFailedError.class,
        () -> assertThat(r).withContext("finalize main_1").exitedWith(BUSY));
    assertEquals("finalize main_1\nexpected exit BUSY (5) but was OK (0)\n--- stdout\nFinalized main_1\n"
        + "--- stderr\nwarning: slow\n", e.getMessage());
    assertEquals("BUSY (5)", e.getExpected().getStringRepresentation());
    assertEquals("OK (0)", e.getActual().getStringRepresentation());
  }

  @Test
  void aCodeOutsideTheEnumIsShownAsSuch() {
    AssertionFailedError e = assertThrows(AssertionFailedError.class,
        () -> assertThat(new CliRunner.Result(143, "", "")).exitedWith(UNFINISHED));
    assertTrue(e.getMessage().startsWith("expected exit UNFINISHED (3) but was 143 (not a bbm exit code)"),
        e.getMessage());
  }

  @Test
  void aProcessShowsTheFilesOfItsOutputDirectory(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("out.txt"), "");
    Files.writeString(dir.resolve("err.txt"), "bbm: cannot connect\n");
    Process p = new ProcessBuilder("sh", "-c", "exit 7").start();
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertThat(p, dir).exitedWith(CANNOT_CONNECT);
    AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> assertThat(p, dir).exitedWith(OK));
    assertTrue(e.getMessage().startsWith("expected exit OK (0) but was CANNOT_CONNECT (7)\n"), e.getMessage());
    assertTrue(e.getMessage().contains("--- stderr\nbbm: cannot connect\n"), e.getMessage());
  }
}
