package dev.bbm.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalHostTest {

  @Test
  void theKernelsNameFirstThenHostnameThenUnknown(@TempDir Path tmp) throws Exception {
    Path kernel = Files.writeString(tmp.resolve("hostname"), "gitlab-db-1\n");
    assertEquals("gitlab-db-1", LocalHost.name(kernel, Map.of("HOSTNAME", "fromenv")));
    Path missing = tmp.resolve("missing");
    assertEquals("fromenv", LocalHost.name(missing, Map.of("HOSTNAME", " fromenv ")));
    assertEquals("fromenv", LocalHost.name(Files.writeString(tmp.resolve("empty"), "\n"), Map.of("HOSTNAME", "fromenv")));
    assertEquals("unknown", LocalHost.name(missing, Map.of()));
    assertEquals("unknown", LocalHost.name(missing, Map.of("HOSTNAME", "")));
  }
}
