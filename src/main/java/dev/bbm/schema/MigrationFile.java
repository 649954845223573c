package dev.bbm.schema;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One schema migration file, {@code <14-digit version>_<snake_case_name>.sql} (or GitLab's own
 * {@code .rb}, which bbm only counts), found in a regular or a post-deployment directory.
 */
public record MigrationFile(String version, String name, String extension, Path path, boolean postDeployment) {
  private static final Pattern FILE_NAME = Pattern.compile("^(\\d{14})_([a-z0-9_]+)\\.(sql|rb)$");

  /** The file's version, name and extension, or null when the name is not a migration's. */
  public static MigrationFile parse(Path path, boolean postDeployment) {
    Matcher m = FILE_NAME.matcher(path.getFileName().toString());
    if (!m.matches()) {
      return null;
    }
    return new MigrationFile(m.group(1), m.group(2), m.group(3), path, postDeployment);
  }

  public String fileName() {
    return path.getFileName().toString();
  }

  public boolean isSql() {
    return "sql".equals(extension);
  }

  /** The name as Rails' db:migrate:status shows it: {@code create_notes} becomes {@code Create notes}. */
  public String humanizedName() {
    return humanize(name);
  }

  /** The name as Rails' migration class, for the "== VERSION Name: migrating" lines: {@code CreateNotes}. */
  public String className() {
    StringBuilder out = new StringBuilder();
    for (String word : name.split("_")) {
      if (!word.isEmpty()) {
        out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return out.toString();
  }

  /**
   * ActiveSupport's humanize with its defaults: leading underscores and a trailing {@code _id} go,
   * underscores become spaces, words are lower case, and the first letter is capitalized.
   */
  public static String humanize(String snake) {
    String s = snake.replaceFirst("^_+", "");
    if (s.endsWith("_id")) {
      s = s.substring(0, s.length() - 3);
    }
    s = s.replace('_', ' ').toLowerCase(Locale.ROOT);
    if (s.isEmpty()) {
      return s;
    }
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
