package dev.bbm.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * scripts/bench --package (issue 16): the self-contained tarball's size, and {@code bbm --version},
 * {@code --help} and {@code status} from the unpacked package (its own runtime and the AOT cache made
 * when it was packaged) beside the checkout's launcher (scripts/bbm on the bench's java, its archive
 * made by its first run), in the same run, warm runs interleaved; bbm status of both against psql -c.
 */
final class PackageWorkload {
  private final Bench bench;
  private final StatusWorkload status;

  PackageWorkload(Bench bench, StatusWorkload status) {
    this.bench = bench;
    this.status = status;
  }

  void measure() throws IOException, InterruptedException {
    Path tarball = bench.options().packageTarball.toAbsolutePath();
    long packed = Files.size(tarball);
    Path first = unpack(tarball, "package-size");
    bench.row("package: " + tarball.getFileName() + " (unpacked)", String.format(Locale.ROOT, "%.1f MB (%.0f MB)",
        packed / 1e6, treeSize(first) / 1e6), "(context)", "");
    Processes.Result version = Processes.run(List.of(first.resolve("bin/bbm").toString(), "--version"),
        bench.env(Map.of()), null, 120);
    String runtime = version.out().lines().skip(1).findFirst().orElse("?");
    String checkoutJava = Machine.javaVersion(System.getenv().getOrDefault("BBM_JAVA", "java"))
        .replaceAll("^[^\"]*\"([0-9]+).*$", "$1");
    Bench.progress("package: " + runtime + "; checkout launcher on Java " + checkoutJava);

    String[][] commands = {{"--version"}, {"--help"}, {"status", "--url", status.databaseUrl()}};
    String[] names = {"bbm --version", "bbm --help", "bbm status"};
    int n = bench.options().runs;
    for (int c = 0; c < commands.length; c++) {
      // a fresh unpacking for each command: its first run is the first run on a new server
      Path pkg = unpack(tarball, "package-" + c);
      List<String> packageCmd = command(pkg.resolve("bin/bbm"), commands[c]);
      List<String> checkoutCmd = command(bench.options().launcher, commands[c]);
      Path cache = bench.work().resolve("package-checkout-cache-" + c);
      Map<String, String> env = bench.env(Map.of("XDG_CACHE_HOME", cache.toString()));
      double packageFirst = Processes.run(packageCmd, env, true, 300).seconds();
      double checkoutFirst = Processes.run(checkoutCmd, env, true, 300).seconds();
      Archives.await(cache.resolve("bbm"), 300);
      double[] p = new double[n];
      double[] k = new double[n];
      for (int i = 0; i < n; i++) {
        p[i] = Processes.run(packageCmd, env, true, 300).seconds();
        k[i] = Processes.run(checkoutCmd, env, true, 300).seconds();
      }
      double packageWarm = Bench.median(p);
      double checkoutWarm = Bench.median(k);
      bench.row("package vs checkout (Java " + checkoutJava + "): " + names[c] + " (first / warm)",
          String.format(Locale.ROOT, "%.0f / %.0f ms vs %.0f / %.0f ms, warm x%s", packageFirst * 1000,
              packageWarm * 1000, checkoutFirst * 1000, checkoutWarm * 1000, Bench.ratio(packageWarm / checkoutWarm)),
          "(context)", "");
      if (c == 2 && status.hasPsql() && status.psqlMedian > 0) {
        double r = packageWarm / status.psqlMedian;
        bench.row("bbm status / psql -c, package, warm", Bench.ratio(r) + " (psql " + Bench.ms(status.psqlMedian)
            + ")", "<= 5", Bench.verdict(r <= 5));
      }
    }
    bench.note("package: " + runtime + ". Each command's 'first' run is the first after a fresh unpacking of"
        + " the tarball (package) or with an empty cache, which starts the launcher's training in the background"
        + " (checkout); 'warm' are medians of " + n + " runs, package and checkout alternating; 'x' is package /"
        + " checkout, warm.");
  }

  private static List<String> command(Path bbm, String[] args) {
    List<String> cmd = new ArrayList<>(List.of(bbm.toString()));
    cmd.addAll(List.of(args));
    return cmd;
  }

  /** Unpacks the tarball into a new directory of the bench's; returns the package's top directory. */
  private Path unpack(Path tarball, String name) throws IOException, InterruptedException {
    Path into = Files.createDirectories(bench.work().resolve(name));
    Processes.Result r = Processes.run(List.of("tar", "-C", into.toString(), "-xzf", tarball.toString()), Map.of(),
        null, 300);
    if (r.code() != 0) {
      throw new IOException("tar -xzf " + tarball + ": " + r.out());
    }
    try (Stream<Path> dirs = Files.list(into)) {
      return dirs.filter(Files::isDirectory).findFirst().orElseThrow(() -> new IOException("empty " + tarball));
    }
  }

  private static long treeSize(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }
}
