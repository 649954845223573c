package dev.bbm.cli;

import dev.bbm.domain.BbmException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Where schema migration files are, for db migrate and db migrate:status. */
public final class MigrationDirOptions {
  /** Rails' and GitLab's directories, relative to the current directory. */
  static final List<Path> DEFAULT_DIRS = List.of(Path.of("db", "migrate"), Path.of("db", "post_migrate"));

  @Option(names = "--migrations-dir", paramLabel = "DIR",
      description = "a directory of <14-digit version>_<name>.sql files (repeatable; default db/migrate and"
          + " db/post_migrate in the current directory); one named post_migrate holds post-deployment migrations")
  List<Path> dirs = new ArrayList<>();

  /** The directories given, or the default ones that exist; none at all is a usage error. */
  List<Path> resolve() {
    if (!dirs.isEmpty()) {
      for (Path d : dirs) {
        if (!Files.isDirectory(d)) {
          throw BbmException.usage("--migrations-dir " + d + " is not a directory");
        }
      }
      return dirs;
    }
    List<Path> found = DEFAULT_DIRS.stream().filter(Files::isDirectory).toList();
    if (found.isEmpty()) {
      throw BbmException.usage("no db/migrate or db/post_migrate directory in " + Path.of("").toAbsolutePath()
          + "; run bbm in the application's directory or give --migrations-dir");
    }
    return found;
  }
}
