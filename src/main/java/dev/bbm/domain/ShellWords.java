package dev.bbm.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Command lines as a POSIX shell writes them: split a command typed as one option value
 * ({@code --rake-command 'sudo -u git -H bundle exec rake RAILS_ENV=production'}) into its words,
 * and quote words back so a printed command can be pasted into a shell unchanged. No shell ever
 * runs: the words are a process's argv.
 */
public final class ShellWords {
  /** Characters a word may hold and still need no quotes in sh, bash or zsh. */
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:./-]+");

  private ShellWords() {}

  /**
   * The words of {@code text} as sh splits them: blanks separate words, single quotes keep
   * everything literally, double quotes keep everything but a backslash before {@code " \ $ `},
   * a backslash outside quotes keeps the next character. No expansion of any kind happens.
   *
   * @param what names the text in the sentence of an error ({@code --rake-command})
   */
  public static List<String> split(String text, String what) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n') {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
        i++;
        continue;
      }
      inWord = true;
      if (c == '\'') {
        int end = text.indexOf('\'', i + 1);
        if (end < 0) {
          throw BbmException.usage(what + " has a single quote at character " + (i + 1) + " that is never closed");
        }
        word.append(text, i + 1, end);
        i = end + 1;
      } else if (c == '"') {
        i = doubleQuoted(text, i, word, what);
      } else if (c == '\\' && i + 1 < text.length()) {
        word.append(text.charAt(i + 1));
        i += 2;
      } else {
        word.append(c);
        i++;
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }

  /** Reads a double-quoted part starting at {@code open}; returns the index after its closing quote. */
  private static int doubleQuoted(String text, int open, StringBuilder word, String what) {
    int i = open + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"') {
        return i + 1;
      }
      if (c == '\\' && i + 1 < text.length() && "\"\\$`".indexOf(text.charAt(i + 1)) >= 0) {
        word.append(text.charAt(i + 1));
        i += 2;
      } else {
        word.append(c);
        i++;
      }
    }
    throw BbmException.usage(what + " has a double quote at character " + (open + 1) + " that is never closed");
  }

  /** One word as a shell reads it back: as is when it is plain, else in single quotes ({@code '} as {@code '\''}). */
  public static String quote(String word) {
    if (PLAIN.matcher(word).matches()) {
      return word;
    }
    return "'" + word.replace("'", "'\\''") + "'";
  }

  /** The words joined into one command line a shell splits back into the same words. */
  public static String join(List<String> words) {
    return String.join(" ", words.stream().map(ShellWords::quote).toList());
  }
}
