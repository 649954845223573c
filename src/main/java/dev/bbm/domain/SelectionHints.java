package dev.bbm.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What to tell a user whose selection a shell or a paste has mangled: job arguments that lost their
 * double quotes, kept a shell's backslashes or lost a bracket (shown as bbm received them, with the
 * single-quoted form to type when it can be recovered), and a {@code sudo gitlab-rake} left in front.
 */
public final class SelectionHints {
  /** Words of a pasted rake command line that may come before the task. */
  private static final Set<String> RAKE_WORDS = Set.of("sudo", "gitlab-rake", "bundle", "exec", "rake", "bin/rake",
      "RAILS_ENV=production");
  private static final Pattern BARE_WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_.:-]*");
  private static final Set<String> JSON_WORDS = Set.of("true", "false", "null");
  private static final Pattern WRAPPER = Pattern.compile("^(?:gitlab:background_migrations:)?finalize\\[(.*)]$",
      Pattern.DOTALL);

  private SelectionHints() {}

  /**
   * A refusal for a selection that starts with the words of GitLab's rake command line
   * ({@code sudo gitlab-rake}), giving the bbm command to type instead; null when it does not.
   * Refused, not stripped: those words ran a command as another user, and the shell has already
   * split and unquoted the rest as it would for rake, so bbm shows the command it would run.
   */
  public static BbmException rakePrefix(List<String> words, String command) {
    int n = 0;
    while (n < words.size() && words.get(n) != null && RAKE_WORDS.contains(words.get(n).strip())) {
      n++;
    }
    if (n == 0 || n == words.size()) {
      return null;
    }
    String rest = String.join(" ", words.subList(n, words.size())).strip();
    Matcher wrapped = WRAPPER.matcher(rest);
    String selection = wrapped.matches() ? wrapped.group(1) : rest;
    return BbmException.usage("the selection starts with " + Messages.quote(String.join(" ", words.subList(0, n)))
        + ", pasted from GitLab's rake command; bbm takes only the migration, so type: bbm "
        + (command == null ? "COMMAND" : command) + " " + shown(singleQuoted(selection)));
  }

  /**
   * The refusal of job arguments that are not JSON, with what bbm received and, when the text can be
   * repaired (bare words quoted, shell backslashes removed), the single-quoted form to type;
   * {@code text} is {@code received} with GitLab's {@code \,} escapes and outer single quotes removed.
   */
  public static BbmException jobArguments(String received, String text, BbmException notJson) {
    String message = notJson.getMessage() + "; bbm received " + shown(received);
    String unescaped = text.replaceAll("\\\\([\\[\\]\"{}:])", "$1");
    if (!unescaped.equals(text)) {
      String fixed = repaired(unescaped);
      return BbmException.usage(message + ", with backslashes a shell left in (\\[ or \\\")"
          + (fixed == null ? "" : "; type the job arguments in single quotes, without backslashes: "
          + singleQuoted(fixed)));
    }
    List<String> bare = bareWords(text);
    String fixed = bare.isEmpty() ? null : repaired(text);
    if (fixed != null) {
      return BbmException.usage(message + ", JSON with bare words (" + String.join(", ", bare)
          + "): the shell removed the double quotes; put the job arguments in single quotes: " + singleQuoted(fixed));
    }
    int balance = bracketBalance(text);
    if (balance != 0) {
      return BbmException.usage(message + ", which has " + Math.abs(balance) + " more '" + (balance > 0 ? "[" : "]")
          + "' than '" + (balance > 0 ? "]" : "[") + "'; if the shell or a paste cut it, put the job arguments in"
          + " single quotes, such as '[[\"id\"],[\"id_convert_to_bigint\"]]'");
    }
    return notJson;
  }

  /** The text with bare words quoted, compact, if that makes it a JSON array; otherwise null. */
  private static String repaired(String text) {
    StringBuilder out = new StringBuilder();
    forEachOutsideStrings(text, (segment, inString) -> {
      if (inString) {
        out.append(segment);
        return;
      }
      Matcher m = BARE_WORD.matcher(segment);
      StringBuilder part = new StringBuilder();
      while (m.find()) {
        String word = m.group();
        m.appendReplacement(part, Matcher.quoteReplacement(JSON_WORDS.contains(word) ? word : "\"" + word + "\""));
      }
      m.appendTail(part);
      out.append(part);
    });
    try {
      Object value = Json.parse("job arguments", out.toString());
      return value instanceof List ? Json.write(value) : null;
    } catch (BbmException stillNot) {
      return null;
    }
  }

  private static List<String> bareWords(String text) {
    List<String> words = new ArrayList<>();
    forEachOutsideStrings(text, (segment, inString) -> {
      if (!inString) {
        Matcher m = BARE_WORD.matcher(segment);
        while (m.find()) {
          if (!JSON_WORDS.contains(m.group()) && !words.contains(m.group())) {
            words.add(m.group());
          }
        }
      }
    });
    return words;
  }

  private static int bracketBalance(String text) {
    int[] balance = {0};
    forEachOutsideStrings(text, (segment, inString) -> {
      if (!inString) {
        balance[0] += segment.chars().filter(c -> c == '[').count() - segment.chars().filter(c -> c == ']').count();
      }
    });
    return balance[0];
  }

  /** Calls {@code each} with the runs of text outside and inside double-quoted JSON strings, in order. */
  private static void forEachOutsideStrings(String text, Segment each) {
    int start = 0;
    boolean inString = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString && c == '\\') {
        i++;
      } else if (c == '"') {
        int end = inString ? i + 1 : i;
        each.accept(text.substring(start, end), inString);
        start = end;
        inString = !inString;
      }
    }
    each.accept(text.substring(start), inString);
  }

  /** The text as received, on one line: invisible characters and line breaks as {@code \\uXXXX}. */
  private static String shown(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(cp -> {
      if (Messages.invisible(cp) || Character.isWhitespace(cp) && cp != ' ') {
        out.append(String.format(Locale.ROOT, "\\u%04X", cp));
      } else {
        out.appendCodePoint(cp);
      }
    });
    return out.toString();
  }

  /** The text in single quotes for a POSIX shell. */
  static String singleQuoted(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }

  @FunctionalInterface
  private interface Segment {
    void accept(String text, boolean inString);
  }
}
