package dev.bbm.config;

import dev.bbm.domain.BbmInstance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The name of the machine bbm runs on, for its application_name, read without a name lookup:
 * InetAddress.getLocalHost() resolves the name and can hang or fail on a host whose resolver is
 * misconfigured, and bbm must never wait for a label.
 */
final class LocalHost {
  private static final Path KERNEL_HOSTNAME = Path.of("/proc/sys/kernel/hostname");

  private LocalHost() {}

  /** The kernel's host name (Linux), else {@code HOSTNAME} from the environment, else "unknown". */
  static String name(Path kernelHostname, Map<String, String> env) {
    try {
      String h = Files.readString(kernelHostname).strip();
      if (!h.isEmpty()) {
        return h;
      }
    } catch (IOException | SecurityException e) {
      // not Linux, or /proc not mounted: the environment's answer or none
    }
    String h = env.get("HOSTNAME");
    return h == null || h.isBlank() ? BbmInstance.UNKNOWN_HOST : h.strip();
  }

  /** This machine's host name, as {@link #name(Path, Map)} reads it. */
  static String name() {
    return name(KERNEL_HOSTNAME, System.getenv());
  }
}
