package dev.bbm.schema;

import dev.bbm.domain.BbmException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds schema migration files in migration directories; shared by db migrate, db migrate:status
 * and check. A directory named {@code post_migrate} holds post-deployment migrations.
 */
public final class MigrationFiles {
  /** Rails' and GitLab's directory of post-deployment migrations. */
  public static final String POST_MIGRATE = "post_migrate";

  private MigrationFiles() {}

  /** Whether files in this directory are post-deployment migrations. */
  public static boolean isPostDeployment(Path dir) {
    Path name = dir.toAbsolutePath().normalize().getFileName();
    return name != null && name.toString().equals(POST_MIGRATE);
  }

  /**
   * The migrations of the directories, in version order: bbm's {@code .sql} files, and GitLab's
   * {@code .rb} ones, which db migrate:status lists and db migrate refuses to skip. Strict, as
   * Rails: a {@code .sql} file whose name is not a migration's, and two files with one version,
   * are errors.
   *
   * @param dirs directories that must exist
   */
  public static List<MigrationFile> migrations(List<Path> dirs) {
    List<MigrationFile> out = new ArrayList<>();
    Map<String, MigrationFile> byVersion = new HashMap<>();
    for (Path dir : dirs) {
      if (!Files.isDirectory(dir)) {
        throw BbmException.usage("migrations directory " + dir + " does not exist");
      }
      boolean post = isPostDeployment(dir);
      for (Path p : list(dir)) {
        String fileName = p.getFileName().toString();
        boolean sql = fileName.endsWith(".sql");
        if (!sql && !fileName.endsWith(".rb") || !Files.isRegularFile(p)) {
          continue;
        }
        MigrationFile f = MigrationFile.parse(p, post);
        if (f == null && !sql) {
          continue;
        }
        if (f == null) {
          throw BbmException.usage("illegal name for migration file " + p + ": expected <14-digit version>_<name>.sql"
              + " with only lower case letters, numbers and '_' in the name");
        }
        MigrationFile other = byVersion.putIfAbsent(f.version(), f);
        if (other != null) {
          throw BbmException.usage("multiple migrations have the version number " + f.version() + ": "
              + other.path() + " and " + p);
        }
        out.add(f);
      }
    }
    out.sort(Comparator.comparing(MigrationFile::version));
    return out;
  }

  /**
   * Every migration file ({@code .rb} as GitLab ships them, or {@code .sql}) of the directories that
   * exist, leniently: other files are ignored. For check, which compares versions only.
   */
  public static List<MigrationFile> anyMigrations(List<Path> dirs) {
    List<MigrationFile> out = new ArrayList<>();
    for (Path dir : dirs) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      boolean post = isPostDeployment(dir);
      for (Path p : list(dir)) {
        MigrationFile f = MigrationFile.parse(p, post);
        if (f != null) {
          out.add(f);
        }
      }
    }
    out.sort(Comparator.comparing(MigrationFile::version));
    return out;
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
