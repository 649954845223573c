package dev.bbm.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the rake form of a selection the way rake reads task arguments (reference §7.1), so that
 * GitLab's printed {@code gitlab:background_migrations:finalize[...]} command can be pasted as is.
 */
public final class RakeArguments {
  /** A task-name prefix such as {@code finalize[} or {@code gitlab:background_migrations:finalize:ci[}. */
  private static final Pattern TASK = Pattern.compile("^([a-z_][a-z0-9_]*(?::[a-z0-9_]+)*)?\\[");
  private static final Pattern FINALIZE = Pattern.compile("^(?:gitlab:background_migrations:)?finalize(?::(.+))?$");

  /** The comma-separated parts: up to three leading ones, and the raw text after the third comma (or null). */
  record Parts(List<String> leading, String rest) {}

  private RakeArguments() {}

  /**
   * Removes a {@code [...]}, {@code finalize[...]} or {@code gitlab:background_migrations:finalize[...]}
   * wrapper; other words are returned unchanged.
   *
   * <p>The per-database task {@code finalize:ci[...]} is refused with a sentence pointing at
   * {@code --database}: a {@link Selection.ByConfiguration} carries no database, and silently
   * ignoring the label could act on a migration of the same name in another database.
   */
  static String unwrap(String word) {
    Matcher task = TASK.matcher(word);
    if (!task.find()) {
      return word;
    }
    String name = task.group(1);
    if (name != null) {
      Matcher finalize = FINALIZE.matcher(name);
      if (!finalize.matches()) {
        throw BbmException.usage("the selection starts with the rake task " + Messages.quote(name)
            + ", but only the arguments of gitlab:background_migrations:finalize[...] can be pasted");
      }
      if (finalize.group(1) != null) {
        String database = finalize.group(1);
        throw BbmException.usage("the selection names database " + Messages.quote(database) + " in the rake task "
            + Messages.quote(name) + "; remove \":" + database + "\" from it and give --database " + database);
      }
    }
    String opening = task.group();
    if (!word.endsWith("]") || word.length() == opening.length()) {
      throw BbmException.usage("the selection starts with " + Messages.quote(opening)
          + " but does not end with ']'");
    }
    return word.substring(opening.length(), word.length() - 1);
  }

  /**
   * Splits on commas not preceded by a backslash, as rake does: each of the first three parts is
   * trimmed and has {@code \X} replaced by {@code X}; everything after the third such comma is
   * returned raw (only trimmed), since it is JSON whose escapes belong to the JSON reader.
   */
  static Parts split(String text) {
    List<String> leading = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        current.append(text.charAt(++i));
      } else if (c == ',') {
        leading.add(current.toString().strip());
        current.setLength(0);
        if (leading.size() == 3) {
          return new Parts(leading, text.substring(i + 1).strip());
        }
      } else {
        current.append(c);
      }
    }
    leading.add(current.toString().strip());
    return new Parts(leading, null);
  }

  /**
   * One task argument written so that rake's {@code parse_task_string} reads it back unchanged: rake
   * turns a backslash and the character after it into that character, in every argument, and splits
   * on the other commas; so each backslash is doubled and each comma gets a backslash before it.
   * Rake also trims whitespace at either end, which no escape keeps; callers pass identifiers and
   * compact JSON, which have none there.
   */
  public static String escape(String argument) {
    StringBuilder b = new StringBuilder(argument.length() + 8);
    for (int i = 0; i < argument.length(); i++) {
      char c = argument.charAt(i);
      if (c == '\\' || c == ',') {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }

  /** Whether {@code text} has a comma not preceded by a backslash, i.e. looks like the rake form. */
  static boolean hasSeparator(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\\') {
        i++;
      } else if (text.charAt(i) == ',') {
        return true;
      }
    }
    return false;
  }
}
