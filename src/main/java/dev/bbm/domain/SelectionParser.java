package dev.bbm.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the words that name one batched migration (SPEC §3) into a {@link Selection}, or into one
 * usage sentence naming the part and position that is wrong; every command that acts on a single
 * migration goes through here, so all forms are accepted the same way everywhere.
 *
 * <p>Forms: a migration id ({@code main_85}, {@code 85}); the rake form in one word
 * ({@code CLASS,TABLE,COLUMN,JSON}, optionally wrapped in {@code [...]}, {@code finalize[...]} or
 * {@code gitlab:background_migrations:finalize[...]}); four words {@code CLASS TABLE COLUMN JSON};
 * three words (or a three-part rake word) plus {@code --job-arguments}; the configuration hash of
 * GitLab's error message in Ruby &lt; 3.4 or 3.4+ syntax, quoted as one word or pasted as several
 * words (which are joined with single spaces).
 */
public final class SelectionParser {
  private static final String[] PARTS = {"job class", "table", "column", "job arguments"};
  private static final List<String> HASH_KEYS = List.of("job_class_name", "table_name", "column_name", "job_arguments");
  /**
   * Characters people take for a comma: fullwidth and small forms, the single low-9 quotation mark,
   * the Arabic, ideographic (full and halfwidth), Armenian, Ethiopic, NKo and reversed commas.
   */
  private static final String LOOK_ALIKE_COMMAS = "\uFF0C\u201A\u060C\u3001\uFF64\uFE50\uFE51\u055D\u1363"
      + "\u07F8\u2E41";
  private static final String JSON_EXAMPLE = "[] or [[\"id\"]]";

  private SelectionParser() {}

  /**
   * @param words the positional arguments after the command name, shell quotes already removed
   * @param jobArgumentsOption the text of {@code --job-arguments} or the content of
   *     {@code --job-arguments-file}, or null when neither was given
   */
  public static Selection parse(List<String> words, String jobArgumentsOption) {
    return parse(words, jobArgumentsOption, null);
  }

  /** As {@link #parse(List, String)}; {@code command} (finalize, retry, ...) names the command in hints. */
  public static Selection parse(List<String> words, String jobArgumentsOption, String command) {
    BbmException pastedRake = words == null ? null : SelectionHints.rakePrefix(words, command);
    if (pastedRake != null) {
      throw pastedRake;
    }
    try {
      return parseWords(words, jobArgumentsOption);
    } catch (BbmException refused) {
      BbmException lookAlike = lookAlikeComma(words);
      throw lookAlike != null ? lookAlike : refused;
    }
  }

  /**
   * Several migrations in one command ({@code finalize main_12 main_15 CLASS,TABLE,COLUMN,JSON}): when
   * there are several words and the first stands alone (an id, or a whole one-word rake form), each
   * word is one selection, read as {@link #parse(List, String, String)} reads it; otherwise the words
   * are one selection in any of its forms (four words, a pasted hash), so nothing that parsed before
   * reads differently.
   */
  public static List<Selection> parseSeveral(List<String> words, String jobArgumentsOption, String command) {
    if (words == null || words.size() < 2 || !standsAlone(words.get(0))) {
      return List.of(parse(words, jobArgumentsOption, command));
    }
    if (jobArgumentsOption != null) {
      throw BbmException.usage("--job-arguments goes with one migration (JOB_CLASS TABLE COLUMN); with several,"
          + " give each as one word, an id or JOB_CLASS,TABLE,COLUMN,JOB_ARGUMENTS");
    }
    List<Selection> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      try {
        out.add(parse(List.of(words.get(i) == null ? "" : words.get(i)), null, command));
      } catch (BbmException e) {
        throw new BbmException(e.exitCode(), "selection " + (i + 1) + " of " + words.size() + ": " + e.getMessage());
      }
    }
    return out;
  }

  /** Whether a word is a whole selection by itself: an id, or all four parts of the rake form. */
  private static boolean standsAlone(String word) {
    String w = word == null ? "" : word.strip();
    if (MigrationIds.looksLikeId(w)) {
      return true;
    }
    try {
      return parseWords(List.of(w), null) instanceof Selection.ByConfiguration;
    } catch (BbmException e) {
      return false;
    }
  }

  /**
   * A refusal that points at a character that looks like a comma but is not one (pasted from a
   * document, typed with a CJK or Arabic keyboard), or null; asked only once the selection failed,
   * so a look-alike inside a JSON string of a valid selection is left alone.
   */
  private static BbmException lookAlikeComma(List<String> words) {
    if (words == null) {
      return null;
    }
    for (int w = 0; w < words.size(); w++) {
      String word = words.get(w) == null ? "" : words.get(w);
      for (int i = 0; i < word.length(); i += Character.charCount(word.codePointAt(i))) {
        int cp = word.codePointAt(i);
        if (LOOK_ALIKE_COMMAS.indexOf(cp) >= 0) {
          return BbmException.usage(String.format(Locale.ROOT, "the selection has a look-alike comma (U+%04X) at"
              + " character %d%s; type a plain comma", cp, Messages.position(word, i),
              words.size() > 1 ? " of word " + (w + 1) : ""));
        }
      }
    }
    return null;
  }

  private static Selection parseWords(List<String> words, String jobArgumentsOption) {
    if (words == null || words.isEmpty()) {
      throw BbmException.usage("no migration selected; give a migration id such as main_85, "
          + "JOB_CLASS,TABLE,COLUMN,JOB_ARGUMENTS as one word, or the four words JOB_CLASS TABLE COLUMN JOB_ARGUMENTS");
    }
    List<String> stripped = new ArrayList<>();
    for (String word : words) {
      stripped.add(word == null ? "" : word.strip());
    }
    String first = stripped.get(0);
    if (first.startsWith("{")) {
      return fromHash(String.join(" ", stripped), stripped.size() > 1, jobArgumentsOption);
    }
    if (stripped.size() == 1) {
      return fromOneWord(first, jobArgumentsOption);
    }
    if (RakeArguments.hasSeparator(first)) {
      throw BbmException.usage("the selection " + Messages.quote(first) + " has commas but is followed by "
          + (stripped.size() - 1) + " more word(s); the comma-separated form must be one shell word, "
          + "so quote the job arguments as GitLab's command does ('[[\"id\"]\\, [\"id_convert_to_bigint\"]]')");
    }
    return fromWords(stripped, jobArgumentsOption);
  }

  /**
   * The job class without a leading {@code ::}, if it is a Ruby constant path
   * ({@code Foo} or {@code Gitlab::BackgroundMigration::Foo}); otherwise a usage error naming it.
   */
  public static String requireJobClass(String typed) {
    if (typed == null || typed.isEmpty()) {
      throw BbmException.usage("the job class is empty");
    }
    int offset = typed.startsWith("::") ? 2 : 0;
    String name = typed.substring(offset);
    boolean nameStart = true;
    for (int i = 0; i < name.length(); i += Character.charCount(name.codePointAt(i))) {
      int cp = name.codePointAt(i);
      String problem = null;
      if (nameStart) {
        problem = cp >= 'A' && cp <= 'Z' ? null : "must be a capital letter";
        nameStart = false;
      } else if (name.startsWith("::", i)) {
        nameStart = true;
        i++;
      } else if (!(cp < 128 && (Character.isLetterOrDigit(cp) || cp == '_'))) {
        problem = "is not a letter, digit, '_' or '::'";
      }
      if (problem != null) {
        throw BbmException.usage("job class " + Messages.quote(typed) + " is not a Ruby class name: character "
            + Messages.position(typed, offset + i) + " " + Messages.describe(cp) + " " + problem);
      }
    }
    if (nameStart) {
      throw BbmException.usage("job class " + Messages.quote(typed)
          + " is not a Ruby class name: it ends without a name after '::'");
    }
    return name;
  }

  /**
   * Compact canonical JSON of job arguments typed by a user: {@code \,} (GitLab's escaping for rake)
   * becomes {@code ,}, then the text must be a JSON array. JSON itself never contains {@code \,}, so
   * this cannot change valid JSON; every other backslash stays a JSON escape. A pair of single quotes
   * around the whole text (GitLab's command pasted inside another quoted string) is dropped, since JSON
   * cannot start with one. Error positions count characters of the text as typed.
   */
  public static String canonicalJobArguments(String typed) {
    if (typed == null || typed.isBlank()) {
      throw BbmException.usage("job arguments are empty; expected a JSON array such as " + JSON_EXAMPLE);
    }
    int from = 0;
    int to = typed.length();
    String trimmed = typed.strip();
    if (trimmed.length() >= 2 && trimmed.startsWith("'") && trimmed.endsWith("'")) {
      from = typed.indexOf('\'') + 1;
      to = typed.lastIndexOf('\'');
    }
    StringBuilder text = new StringBuilder(typed.length());
    int[] origin = new int[typed.length() + 1];
    for (int i = from; i < to; i++) {
      char c = typed.charAt(i);
      boolean escapedComma = c == '\\' && i + 1 < to && typed.charAt(i + 1) == ',';
      if (c == '\\' && i + 1 < to && !escapedComma) {
        origin[text.length()] = i;
        text.append(c);
        c = typed.charAt(++i);
      } else if (escapedComma) {
        c = typed.charAt(++i);
      }
      origin[text.length()] = i;
      text.append(c);
    }
    origin[text.length()] = to;
    Object value;
    try {
      value = Json.parse("job arguments", text.toString(), index -> Messages.position(typed, origin[index]));
    } catch (BbmException notJson) {
      throw SelectionHints.jobArguments(typed, text.toString(), notJson);
    }
    if (!(value instanceof List)) {
      throw BbmException.usage("job arguments must be a JSON array such as " + JSON_EXAMPLE + ", not "
          + Json.describeType(value));
    }
    return Json.write(value);
  }

  private static Selection fromOneWord(String word, String jobArgumentsOption) {
    if (word.isEmpty()) {
      throw BbmException.usage("the selection is empty; give a migration id such as main_85 or "
          + "JOB_CLASS,TABLE,COLUMN,JOB_ARGUMENTS");
    }
    if (MigrationIds.looksLikeId(word)) {
      Selection.ById id = MigrationIds.parse(word);
      if (jobArgumentsOption != null) {
        throw BbmException.usage("--job-arguments cannot be combined with the migration id " + id
            + "; it goes with JOB_CLASS TABLE COLUMN");
      }
      return id;
    }
    String inner = RakeArguments.unwrap(word);
    if (inner.length() == word.length() && !RakeArguments.hasSeparator(word)) {
      throw BbmException.usage("the selection " + Messages.quote(word) + " is neither a migration id "
          + "(main_85 or 85) nor JOB_CLASS,TABLE,COLUMN,JOB_ARGUMENTS");
    }
    RakeArguments.Parts parts = RakeArguments.split(inner);
    List<String> leading = parts.leading();
    if (leading.size() < 3) {
      throw BbmException.usage("the selection has " + leading.size() + " comma-separated part"
          + (leading.size() == 1 ? "" : "s") + " (" + String.join(", ", List.of(PARTS).subList(0, leading.size()))
          + "); expected job class, table, column and job arguments");
    }
    String jobArguments = parts.rest();
    if (jobArguments == null && jobArgumentsOption == null) {
      throw BbmException.usage("the selection has 3 comma-separated parts (job class, table, column) "
          + "but no job arguments; add them as a fourth part or give --job-arguments");
    }
    if (jobArguments != null && jobArguments.isEmpty()) {
      throw BbmException.usage("the job arguments (part 4) of the selection are empty; expected a JSON array such as "
          + JSON_EXAMPLE);
    }
    if (jobArguments != null && jobArgumentsOption != null) {
      throw BbmException.usage("job arguments are given twice, in the selection and with --job-arguments; "
          + "give them once");
    }
    return configuration(leading, jobArguments != null ? jobArguments : jobArgumentsOption, "part");
  }

  private static Selection fromWords(List<String> words, String jobArgumentsOption) {
    int count = words.size();
    if (count > 4) {
      throw BbmException.usage("the selection has " + count + " words; expected 1 (a migration id, "
          + "JOB_CLASS,TABLE,COLUMN,JOB_ARGUMENTS or a configuration hash), 4 (JOB_CLASS TABLE COLUMN JOB_ARGUMENTS) "
          + "or 3 with --job-arguments");
    }
    if (count == 2) {
      throw BbmException.usage("the selection has 2 words (job class, table); expected "
          + "JOB_CLASS TABLE COLUMN JOB_ARGUMENTS, or three words and --job-arguments");
    }
    if (count == 3 && jobArgumentsOption == null) {
      throw BbmException.usage("the selection has 3 words (job class, table, column) but no job arguments; "
          + "add them as a fourth word or give --job-arguments");
    }
    if (count == 4 && jobArgumentsOption != null) {
      throw BbmException.usage("job arguments are given twice, as the fourth word and with --job-arguments; "
          + "give them once");
    }
    return configuration(words.subList(0, 3), count == 4 ? words.get(3) : jobArgumentsOption, "word");
  }

  /** Validates class, table, column (in that order, each non-empty), then the job arguments. */
  private static Selection configuration(List<String> leading, String jobArguments, String unit) {
    for (int i = 0; i < 3; i++) {
      if (leading.get(i).isEmpty()) {
        throw BbmException.usage("the " + PARTS[i] + " (" + unit + " " + (i + 1) + ") of the selection is empty");
      }
    }
    return new Selection.ByConfiguration(
        requireJobClass(leading.get(0)),
        Identifiers.requireTable("table name", leading.get(1)),
        Identifiers.requireColumn("column name", leading.get(2)),
        canonicalJobArguments(jobArguments));
  }

  private static Selection fromHash(String text, boolean joined, String jobArgumentsOption) {
    if (jobArgumentsOption != null) {
      throw BbmException.usage("job arguments are given twice, in the configuration hash and with "
          + "--job-arguments; give them once");
    }
    Map<String, Object> hash;
    try {
      hash = RubyLiteral.parseHash(text);
    } catch (BbmException notValid) {
      if (!joined) {
        throw notValid;
      }
      throw BbmException.usage(notValid.getMessage() + "; the hash came as several words, joined with "
          + "spaces, so if the shell removed its quotes, put the whole hash in single quotes");
    }
    for (String key : hash.keySet()) {
      if (!HASH_KEYS.contains(key)) {
        throw BbmException.usage("the configuration hash has an unknown key " + Messages.quote(key)
            + "; expected job_class_name, table_name, column_name and job_arguments");
      }
    }
    for (String key : HASH_KEYS) {
      if (!hash.containsKey(key)) {
        throw BbmException.usage("the configuration hash has no " + key + " key; expected job_class_name, "
            + "table_name, column_name and job_arguments");
      }
    }
    Object arguments = hash.get("job_arguments");
    if (!(arguments instanceof List)) {
      throw BbmException.usage("job_arguments in the configuration hash must be an array, not "
          + Json.describeType(arguments));
    }
    return new Selection.ByConfiguration(
        requireJobClass(hashText(hash, "job_class_name")),
        Identifiers.requireTable("table name", hashText(hash, "table_name")),
        Identifiers.requireColumn("column name", hashText(hash, "column_name")),
        Json.write(arguments));
  }

  private static String hashText(Map<String, Object> hash, String key) {
    Object value = hash.get(key);
    if (!(value instanceof String)) {
      throw BbmException.usage(key + " in the configuration hash must be a string or symbol, not "
          + Json.describeType(value));
    }
    return (String) value;
  }

}
