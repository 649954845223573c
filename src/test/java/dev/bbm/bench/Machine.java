package dev.bbm.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the figures were measured on: CPUs, memory, the java that runs bbm, PostgreSQL. */
record Machine(int cpus, String cpuModel, long memGiB, String java, String postgres, String settings) {

  static Machine describe(Path launcher, Map<String, String> env, Connection c)
      throws IOException, InterruptedException, SQLException {
    String model = "";
    for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
      if (line.startsWith("model name")) {
        model = line.substring(line.indexOf(':') + 1).strip();
        break;
      }
    }
    long memKb = 0;
    for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
      if (line.startsWith("MemTotal:")) {
        memKb = Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    String java = javaVersion(System.getenv().getOrDefault("BBM_JAVA", "java"));
    String version;
    StringBuilder settings = new StringBuilder();
    try (Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT split_part(version(), ' on ', 1)")) {
        rs.next();
        version = rs.getString(1);
      }
      try (ResultSet rs = s.executeQuery("SELECT name, setting, unit FROM pg_settings WHERE name IN ('fsync',"
          + " 'synchronous_commit', 'full_page_writes', 'shared_buffers', 'max_wal_size', 'wal_level') ORDER BY name")) {
        while (rs.next()) {
          if (settings.length() > 0) {
            settings.append(", ");
          }
          settings.append(rs.getString(1)).append('=').append(human(rs.getString(2), rs.getString(3)));
        }
      }
    }
    return new Machine(Runtime.getRuntime().availableProcessors(), model, Math.round(memKb / 1024.0 / 1024.0), java,
        version, settings.toString());
  }

  /** The first line of {@code java -version}, e.g. openjdk version "17.0.15" 2025-04-15. */
  static String javaVersion(String java) throws IOException, InterruptedException {
    Processes.Result r = Processes.run(List.of(java, "-version"), Map.of(), null, 60);
    String[] lines = r.out().split("\n");
    String first = lines.length > 0 ? lines[0].strip() : "?";
    String vm = lines.length > 1 ? lines[1].strip() : "";
    return first + (vm.isEmpty() ? "" : " (" + vm + ")");
  }

  private static String human(String setting, String unit) {
    if (unit == null) {
      return setting;
    }
    long v = Long.parseLong(setting);
    long bytes = switch (unit) {
      case "8kB" -> v * 8192;
      case "kB" -> v * 1024;
      case "MB" -> v * 1024 * 1024;
      default -> -1;
    };
    if (bytes < 0) {
      return setting + unit;
    }
    return bytes >= 1L << 30 ? String.format(Locale.ROOT, "%dGB", bytes >> 30)
        : String.format(Locale.ROOT, "%dMB", bytes >> 20);
  }

  /** The 1, 5 and 15-minute load averages. */
  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException | RuntimeException e) {
      return "?";
    }
  }

  String oneLine() {
    return cpus + " CPUs, " + memGiB + " GiB, " + java + ", " + postgres;
  }

  String block() {
    return "machine:    " + cpus + " CPUs (" + cpuModel + "), " + memGiB + " GiB memory\n"
        + "java:       " + java + "\n"
        + "postgresql: " + postgres + " (embedded, same server for every figure)\n"
        + "settings:   " + settings;
  }
}
