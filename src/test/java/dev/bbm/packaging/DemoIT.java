package dev.bbm.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's demonstration, run through the packaged launcher as scripts/demo runs it. */
class DemoIT {
  @Test
  void walksThroughCheckStatusFinalizeAndStatusAgain(@TempDir Path tmp) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "dev.bbm.demo.Demo", "scripts/bbm", "--no-wait");
    pb.environment().put("XDG_CACHE_HOME", tmp.toString());
    pb.environment().put("NO_COLOR", "1");
    pb.redirectErrorStream(true).redirectOutput(tmp.resolve("demo.txt").toFile());
    Process p = pb.start();
    assertTrue(p.waitFor(180, TimeUnit.SECONDS));
    String out = Files.readString(tmp.resolve("demo.txt"));
    assertEquals(0, p.exitValue(), out);
    assertTrue(out.contains("$ bbm check") && out.contains("Not ready: something failed."), out);
    assertEquals(3, out.split("Finalized main_", -1).length - 1, "three migrations finalized:\n" + out);
    assertTrue(out.contains("Ready: nothing blocks the upgrade."), out);
    assertTrue(out.contains("export BBM_DATABASE_URL='postgresql://"), out);
  }
}
