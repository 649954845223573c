package dev.bbm.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Start-up through the launcher, for the java that runs bbm and a JDK 25+ when one is installed:
 * {@code --version}, {@code --help} and {@code status} without a class-data archive (BBM_CDS=0),
 * on the very first run (empty cache: the launcher starts its training run), and warm (the archive,
 * or on JDK 25+ the AOT cache, in use). Medians; psql -c for the same status query beside them.
 */
final class StartupWorkload {
  private final Bench bench;
  private final StatusWorkload status;

  StartupWorkload(Bench bench, StatusWorkload status) {
    this.bench = bench;
    this.status = status;
  }

  void measure() throws IOException, InterruptedException {
    Set<String> javas = new LinkedHashSet<>(bench.options().jdks);
    if (javas.isEmpty()) {
      javas.add(System.getenv().getOrDefault("BBM_JAVA", "java"));
      String newer = newestJdk(25);
      if (newer != null) {
        javas.add(newer);
      }
    }
    int n = bench.options().runs;
    int k = 0;
    for (String java : javas) {
      k++;
      String version = Machine.javaVersion(java);
      String feature = version.replaceAll("^[^\"]*\"([0-9]+).*$", "$1");
      Bench.progress("start-up with Java " + feature + " (" + java + ")");
      String[][] commands = {{"--version"}, {"--help"}, {"status", "--url", status.databaseUrl()}};
      String[] names = {"bbm --version", "bbm --help", "bbm status"};
      double warmStatus = -1;
      for (int c = 0; c < commands.length; c++) {
        Path cache = bench.work().resolve("startup-" + k + "-" + c);
        Map<String, String> env = bench.env(Map.of("BBM_JAVA", java, "XDG_CACHE_HOME", cache.toString()));
        Map<String, String> off = bench.env(Map.of("BBM_JAVA", java, "BBM_CDS", "0"));
        List<String> cmd = new ArrayList<>(List.of(bench.options().launcher.toString()));
        cmd.addAll(List.of(commands[c]));
        double plain = median(cmd, off, n);
        double first = Processes.run(cmd, env, true, 300).seconds();
        double trained = Archives.await(cache.resolve("bbm"), 300);
        double warm = median(cmd, env, n);
        if (c == 2) {
          warmStatus = warm;
        }
        bench.row("start-up, Java " + feature + ": " + names[c] + " (no archive / first run / warm)",
            String.format(Locale.ROOT, "%.0f / %.0f / %.0f ms", plain * 1000, first * 1000, warm * 1000)
                + (trained < 0 ? " (no archive appeared)" : ""), "(context)", "");
      }
      if (k > 1 && status.hasPsql() && status.psqlMedian > 0 && warmStatus > 0) {
        // the first java's ratio is the main figure (StatusWorkload), measured the same way
        double r = warmStatus / status.psqlMedian;
        bench.row("bbm status / psql -c, Java " + feature + ", warm", Bench.ratio(r) + " (psql "
            + Bench.ms(status.psqlMedian) + ")", "<= 5", Bench.verdict(r <= 5));
      }
    }
    bench.note("start-up: medians of " + n + " runs through scripts/bbm; 'first run' is one run with an empty"
        + " cache (it starts the launcher's training run), 'warm' runs use the archive that training left.");
  }

  private static double median(List<String> cmd, Map<String, String> env, int n)
      throws IOException, InterruptedException {
    Processes.run(cmd, env, true, 300);
    double[] t = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = Processes.run(cmd, env, true, 300).seconds();
    }
    return Bench.median(t);
  }

  /** A java under /usr/lib/jvm of at least the given feature version, the newest first; null when none. */
  static String newestJdk(int atLeast) {
    Path root = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(root)) {
      return null;
    }
    String best = null;
    int bestVersion = 0;
    try (Stream<Path> homes = Files.list(root)) {
      for (Path home : homes.toList()) {
        Path release = home.resolve("release");
        Path java = home.resolve("bin/java");
        if (!Files.isRegularFile(release) || !Files.isExecutable(java) || Files.isSymbolicLink(home)) {
          continue;
        }
        for (String line : Files.readAllLines(release)) {
          if (line.startsWith("JAVA_VERSION=")) {
            String v = line.replaceAll("^JAVA_VERSION=\"?([0-9]+).*$", "$1");
            int feature = v.matches("[0-9]+") ? Integer.parseInt(v) : 0;
            if (feature >= atLeast && feature > bestVersion) {
              bestVersion = feature;
              best = java.toString();
            }
          }
        }
      }
    } catch (IOException e) {
      return best;
    }
    return best;
  }
}
