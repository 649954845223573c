package dev.bbm.tools;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;

/**
 * Build-time generator of man/bbm.1 and one page per subcommand (bbm-db-migrate-status.1), run by
 * exec-maven-plugin; not a bbm subcommand. Arguments: output directory, then the version (or the
 * system property bbm.version).
 */
public final class ManPageWriter {
  private ManPageWriter() {}

  public static void main(String[] args) throws IOException {
    Path dir = OutputFiles.directory(args, "ManPageWriter OUTPUT_DIR [VERSION]");
    String version = args.length > 1 ? args[1] : System.getProperty("bbm.version");
    if (version == null || version.isBlank()) {
      throw new IllegalArgumentException("ManPageWriter needs the version: a second argument or -Dbbm.version");
    }
    Map<String, String> pages = pages(CommandTree.bbm(), version);
    removeStale(dir, pages);
    for (Map.Entry<String, String> page : pages.entrySet()) {
      OutputFiles.write(dir.resolve(page.getKey()), page.getValue());
    }
  }

  /** File name to page source, for the command and every visible command below it. */
  static Map<String, String> pages(CommandLine root, String version) {
    Map<String, String> pages = new LinkedHashMap<>();
    for (CommandLine cl : CommandTree.walk(root)) {
      String name = CommandTree.pageName(cl.getCommandSpec()) + ".1";
      if (pages.put(name, ManPage.render(cl, version)) != null) {
        throw new IllegalStateException("two commands would share the man page " + name);
      }
    }
    return pages;
  }

  /** Pages of commands that no longer exist would otherwise linger in man/ and be installed. */
  private static void removeStale(Path dir, Map<String, String> pages) throws IOException {
    try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, "bbm{,-*}.1")) {
      for (Path p : old) {
        if (!pages.containsKey(p.getFileName().toString())) {
          Files.delete(p);
        }
      }
    }
  }
}
