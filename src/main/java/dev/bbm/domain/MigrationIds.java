package dev.bbm.domain;

/**
 * Reads migration ids, {@code main_85}, {@code ci_10} or a bare {@code 85} (SPEC §2, GitLab 18's
 * composite ids), so the id form of a selection has one strict reading.
 *
 * <p>GitLab splits on the first {@code _}, which cannot express a label containing {@code _}. bbm
 * splits on the LAST {@code _}: the digits after it are the id, everything before it is the database
 * label ({@code main_cell_12} is database {@code main_cell}, id 12); for GitLab's labels
 * ({@code main}, {@code ci}, {@code sec}) both readings agree.
 */
final class MigrationIds {
  private MigrationIds() {}

  /**
   * Whether {@code word} is meant as a migration id: digits (optionally negative), or text ending in
   * {@code _} plus optional digits. Such words are read by {@link #parse}, which reports what is wrong.
   */
  static boolean looksLikeId(String word) {
    if (word.isEmpty() || word.indexOf(',') >= 0 || word.indexOf('[') >= 0 || word.indexOf('{') >= 0) {
      return false;
    }
    String unsigned = word.startsWith("-") ? word.substring(1) : word;
    if (!unsigned.isEmpty() && allDigits(unsigned)) {
      return true;
    }
    int underscore = word.lastIndexOf('_');
    return underscore >= 0 && allDigits(word.substring(underscore + 1));
  }

  /** Parses a word for which {@link #looksLikeId} holds; any problem is a usage error naming the id. */
  static Selection.ById parse(String word) {
    int underscore = word.lastIndexOf('_');
    String label = underscore < 0 ? null : word.substring(0, underscore);
    String digits = underscore < 0 ? word : word.substring(underscore + 1);
    String shown = Messages.quote(word);
    if (digits.isEmpty()) {
      throw BbmException.usage("migration id " + shown + " has no number after the underscore");
    }
    if (label != null) {
      checkLabel(label, shown);
    }
    if (digits.startsWith("-")) {
      throw BbmException.usage("migration id " + shown + " is not positive; ids start at 1");
    }
    long id;
    try {
      id = Long.parseLong(digits);
    } catch (NumberFormatException tooLarge) {
      throw BbmException.usage("migration id " + shown + " is too large; the largest id is " + Long.MAX_VALUE);
    }
    if (id <= 0) {
      throw BbmException.usage("migration id " + shown + " is not positive; ids start at 1");
    }
    return new Selection.ById(label, id);
  }

  private static void checkLabel(String label, String shown) {
    if (label.isEmpty()) {
      throw BbmException.usage("migration id " + shown
          + " has no database label before the underscore; write it like main_85, or 85 alone");
    }
    boolean valid = label.charAt(0) >= 'a' && label.charAt(0) <= 'z';
    for (int i = 1; valid && i < label.length(); i++) {
      char c = label.charAt(i);
      valid = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_';
    }
    if (!valid) {
      throw BbmException.usage("the database label " + Messages.quote(label) + " of migration id " + shown
          + " must start with a lowercase letter and contain only a-z, 0-9 and '_'");
    }
  }

  private static boolean allDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
