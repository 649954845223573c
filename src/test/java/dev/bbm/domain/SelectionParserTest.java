package dev.bbm.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every form of SPEC §3, GitLab's documented command lines, and malformed input. */
class SelectionParserTest {
  private static final String COPY = "CopyColumnUsingBackgroundMigrationJob";

  private static Selection parse(String... words) {
    return SelectionParser.parse(Arrays.asList(words), null);
  }

  private static Selection parseWithOption(String option, String... words) {
    return SelectionParser.parse(Arrays.asList(words), option);
  }

  private static Selection.ByConfiguration config(String table, String column, String json) {
    return new Selection.ByConfiguration(COPY, table, column, json);
  }

  /**
   * The finalize commands of GitLab's upgrade notes, as the shell delivers the argument (single
   * quotes removed, backslashes kept), with the expected table, column and compact JSON.
   */
  static Stream<Arguments> upgradeNotes() {
    return Stream.of(
        Arguments.of(COPY + ",ci_stages,id,[[\"id\"]\\, [\"id_convert_to_bigint\"]]",
            "ci_stages", "id", "[[\"id\"],[\"id_convert_to_bigint\"]]"),
        Arguments.of(COPY + ",ci_builds_metadata,id,[[\"id\"]\\, [\"id_convert_to_bigint\"]]",
            "ci_builds_metadata", "id", "[[\"id\"],[\"id_convert_to_bigint\"]]"),
        Arguments.of(COPY + ",ci_builds_metadata,id,[[\"build_id\"]\\, [\"build_id_convert_to_bigint\"]]",
            "ci_builds_metadata", "id", "[[\"build_id\"],[\"build_id_convert_to_bigint\"]]"),
        Arguments.of(COPY + ",push_event_payloads,event_id,[[\"event_id\"]\\, [\"event_id_convert_to_bigint\"]]",
            "push_event_payloads", "event_id", "[[\"event_id\"],[\"event_id_convert_to_bigint\"]]"),
        Arguments.of(COPY + ",deployments,id,[[\"deployable_id\"]\\, [\"deployable_id_convert_to_bigint\"]]",
            "deployments", "id", "[[\"deployable_id\"],[\"deployable_id_convert_to_bigint\"]]"),
        Arguments.of(COPY + ",taggings,id,[[\"id\"\\, \"taggable_id\"]\\, [\"id_convert_to_bigint\"\\, "
                + "\"taggable_id_convert_to_bigint\"]]",
            "taggings", "id", "[[\"id\",\"taggable_id\"],[\"id_convert_to_bigint\",\"taggable_id_convert_to_bigint\"]]"),
        Arguments.of(COPY + ",events,id,[[\"id\"]\\, [\"id_convert_to_bigint\"]]",
            "events", "id", "[[\"id\"],[\"id_convert_to_bigint\"]]"));
  }

  @ParameterizedTest
  @MethodSource("upgradeNotes")
  void parsesTheUpgradeNotesCommands(String word, String table, String column, String json) {
    assertEquals(config(table, column, json), parse(word));
  }

  @ParameterizedTest
  @MethodSource("upgradeNotes")
  void acceptsTheRakeTaskWrappers(String word, String table, String column, String json) {
    assertEquals(config(table, column, json), parse("gitlab:background_migrations:finalize[" + word + "]"));
    assertEquals(config(table, column, json), parse("finalize[" + word + "]"));
    assertEquals(config(table, column, json), parse("[" + word + "]"));
  }

  @ParameterizedTest
  @MethodSource("upgradeNotes")
  void acceptsFourWordsWithGitLabsEscapedJson(String word, String table, String column, String json) {
    String escapedJson = word.substring((COPY + "," + table + "," + column + ",").length());
    assertEquals(config(table, column, json), parse(COPY, table, column, escapedJson));
    assertEquals(config(table, column, json), parseWithOption(escapedJson, COPY, table, column));
    assertEquals(config(table, column, json), parseWithOption(escapedJson, COPY + "," + table + "," + column));
  }

  @Test
  void documentedVariants() {
    assertEquals(config("ci_builds", "id", "[[\"id\",\"stage_id\"],[\"id_convert_to_bigint\",\"stage_id_convert_to_bigint\"]]"),
        parse(COPY + ",ci_builds,id,[[\"id\"\\, \"stage_id\"]\\,[\"id_convert_to_bigint\"\\,\"stage_id_convert_to_bigint\"]]"));
    assertEquals(config("events", "id", "[]"), parse(COPY + ",events,id,[]"));
    assertEquals(config("events", "id", "[null]"), parse(COPY + ",events,id,[null]"));
    // GitLab's finalize_command: compact to_json with every ',' replaced by '\,'
    assertEquals(config("events", "id", "[[\"id\"],[\"id_convert_to_bigint\"]]"),
        parse(COPY + ",events,id,[[\"id\"]\\,[\"id_convert_to_bigint\"]]"));
  }

  @Test
  void theDocumentedCommandPastedInsideDoubleQuotesKeepsItsSingleQuotes() {
    // bbm finalize "gitlab:background_migrations:finalize[...,'[[\"id\"]\, [\"id_convert_to_bigint\"]]']"
    assertEquals(config("events", "id", "[[\"id\"],[\"id_convert_to_bigint\"]]"),
        parse("gitlab:background_migrations:finalize[" + COPY + ",events,id,'[[\"id\"]\\, [\"id_convert_to_bigint\"]]']"));
    assertEquals(config("events", "id", "[]"), parse(COPY, "events", "id", " '[]' "));
    BbmException e = assertThrows(BbmException.class, () -> parse(COPY, "events", "id", "'[[\"id\"] [\"x\"]]'"));
    assertEquals("job arguments are not valid JSON at character 10: expected ',' or ']'", e.getMessage());
  }

  @Test
  void anUnquotedRubyHashGetsAHint() {
    BbmException e = assertThrows(BbmException.class, () -> parse("{job_class_name:", COPY + ",", "table_name:",
        ":events,", "column_name:", ":id,", "job_arguments:", "[[id],", "[id_convert_to_bigint]]}"));
    assertTrue(e.getMessage().endsWith("; the hash came as several words, joined with spaces, so if the shell "
        + "removed its quotes, put the whole hash in single quotes"), e.getMessage());
  }

  @Test
  void unescapedCommasInsideTheJsonAreFine() {
    Selection expected = config("events", "id", "[[\"id\"],[\"id_convert_to_bigint\"]]");
    assertEquals(expected, parse(COPY + ",events,id,[[\"id\"],[\"id_convert_to_bigint\"]]"));
    assertEquals(expected, parse(COPY + ",events,id,[[\"id\"], [\"id_convert_to_bigint\"]]"));
    assertEquals(expected, parse(COPY + " , events ,  id ,  [[\"id\"],\t[\"id_convert_to_bigint\"]] "));
    assertEquals(expected, parse(COPY, "events", "id", "[[\"id\"], [\"id_convert_to_bigint\"]]"));
  }

  @Test
  void otherBackslashesStayJsonEscapes() {
    assertEquals("[\"a\\\\,b\",\"tab\\t\",\"q\\\"\"]",
        ((Selection.ByConfiguration) parse(COPY, "events", "id", "[\"a\\\\,b\", \"tab\\t\", \"q\\\"\"]"))
            .jobArgumentsJson());
    assertEquals("[\"a\\\\\",\"b\"]",
        ((Selection.ByConfiguration) parse(COPY + ",events,id,[\"a\\\\\"\\,\"b\"]")).jobArgumentsJson());
  }

  @Test
  void typesMatter() {
    Selection text = parse(COPY + ",events,id,[\"1\"]");
    Selection number = parse(COPY + ",events,id,[1]");
    assertEquals(config("events", "id", "[\"1\"]"), text);
    assertEquals(config("events", "id", "[1]"), number);
    assertNotEquals(text, number);
  }

  @Test
  void jobClassNames() {
    assertEquals(config("events", "id", "[]"), parse("::" + COPY + ",events,id,[]"));
    assertEquals(new Selection.ByConfiguration("Gitlab::BackgroundMigration::BackfillX", "events", "id", "[]"),
        parse("::Gitlab::BackgroundMigration::BackfillX", "events", "id", "[]"));
    assertEquals("A1_b", SelectionParser.requireJobClass("A1_b"));
  }

  @Test
  void schemaQualifiedTables() {
    assertEquals(config("public.events", "id", "[]"), parse(COPY + ",public.events,id,[]"));
  }

  @Test
  void jobArgumentsFromTheOptionOrAFile() {
    Selection expected = config("events", "id", "[[\"id\"],[\"id_convert_to_bigint\"]]");
    assertEquals(expected, parseWithOption("[[\"id\"],[\"id_convert_to_bigint\"]]\n", COPY, "events", "id"));
    assertEquals(expected, parseWithOption("[\n  [\"id\"],\n  [\"id_convert_to_bigint\"]\n]\n", COPY + ",events,id"));
    assertEquals(expected, parseWithOption("[[\"id\"],[\"id_convert_to_bigint\"]]", "finalize[" + COPY + ",events,id]"));
  }

  @Test
  void migrationIds() {
    assertEquals(new Selection.ById("main", 85), parse("main_85"));
    assertEquals(new Selection.ById("ci", 10), parse("ci_10"));
    assertEquals(new Selection.ById(null, 85), parse("85"));
    assertEquals(new Selection.ById("main_cell", 12), parse("main_cell_12"));
    assertEquals(new Selection.ById("sec2", 9223372036854775807L), parse(" sec2_9223372036854775807 "));
    assertEquals("main_85", parse("main_85").toString());
  }

  @Test
  void rubyHashBefore34() {
    assertEquals(config("events", "id", "[[\"id\"],[\"id_convert_to_bigint\"]]"),
        parse("{:job_class_name=>\"CopyColumnUsingBackgroundMigrationJob\", :table_name=>:events, :column_name=>:id, "
            + ":job_arguments=>[[\"id\"], [\"id_convert_to_bigint\"]]}"));
    assertEquals(config("events", "id", "[[\"id\"],[\"id_convert_to_bigint\"]]"),
        parse("{:job_class_name=>\"CopyColumnUsingBackgroundMigrationJob\", :table_name=>\"events\", "
            + ":column_name=>\"id\", :job_arguments=>[[\"id\"], [\"id_convert_to_bigint\"]]}"));
  }

  @Test
  void rubyHash34() {
    assertEquals(config("events", "id", "[[\"id\"],[\"id_convert_to_bigint\"]]"),
        parse("{job_class_name: \"CopyColumnUsingBackgroundMigrationJob\", table_name: :events, column_name: :id, "
            + "job_arguments: [[\"id\"], [\"id_convert_to_bigint\"]]}"));
  }

  @Test
  void rubyHashDetails() {
    // any key order, symbols and nil in the arguments, nested hashes in both syntaxes, numbers
    assertEquals(config("events", "id", "[[\"id\"],[null,true,false,1,-2.5,{\"a\":\"b\",\"c\":1,\"d e\":[]}]]"),
        parse("  {:job_arguments=>[[:id], [nil, true, false, 1, -2.5, {\"a\"=>:b, c: 1, \"d e\": []}]], "
            + ":column_name=>:id, :\"table_name\"=>:events, \"job_class_name\"=>\"::" + COPY + "\"}  "));
    assertEquals(config("events", "id", "[\"caf\u00e9\\n\",\"#{x}\"]"),
        parse("{job_class_name: \"" + COPY + "\", table_name: \"events\", column_name: \"id\", "
            + "job_arguments: [\"caf\\u00e9\\n\", \"\\#{x}\"]}"));
    // Ruby 3.4 prints string keys of nested hashes with spaces around "=>"
    assertEquals(config("events", "id", "[{\"a\":\"\u00e9\"}]"),
        parse("{job_class_name: \"" + COPY + "\", table_name: :events, column_name: :id, "
            + "job_arguments: [{\"a\" => \"\\u{e9}\"}]}"));
  }

  @Test
  void rubyHashPastedAsSeveralWords() {
    assertEquals(config("events", "id", "[[\"id\"],[\"id_convert_to_bigint\"]]"),
        parse("{job_class_name:", "\"CopyColumnUsingBackgroundMigrationJob\",", "table_name:", ":events,",
            "column_name:", ":id,", "job_arguments:", "[[\"id\"],", "[\"id_convert_to_bigint\"]]}"));
  }

  /** Malformed selections: the words, the --job-arguments text (or null), and a part the message must name. */
  static Stream<Arguments> malformed() {
    String longName = "a".repeat(64);
    String hashStart = "{:job_class_name=>\"" + COPY + "\", :table_name=>:events, :column_name=>:id";
    return Stream.of(
        bad(List.of(), null, "no migration selected"),
        bad(List.of(""), null, "the selection is empty"),
        bad(List.of(COPY + ",events"), null,
            "the selection has 2 comma-separated parts (job class, table); expected job class, table, column and job arguments"),
        bad(List.of("finalize[" + COPY + "]"), null, "the selection has 1 comma-separated part (job class)"),
        bad(List.of(COPY), null, "\"" + COPY + "\" is neither a migration id"),
        bad(List.of(COPY + ",events,id"), null,
            "the selection has 3 comma-separated parts (job class, table, column) but no job arguments"),
        bad(List.of(COPY + ",events,id,"), null, "the job arguments (part 4) of the selection are empty"),
        bad(List.of(COPY + ",,id,[]"), null, "the table (part 2) of the selection is empty"),
        bad(List.of(",events,id,[]"), null, "the job class (part 1) of the selection is empty"),
        bad(List.of(COPY + ",events,,[]"), null, "the column (part 3) of the selection is empty"),
        bad(List.of(COPY + ",events; DROP TABLE x,id,[]"), null,
            "table name \"events; DROP TABLE x\" is not a valid SQL identifier: character 7 ';'"),
        bad(List.of(COPY, "events; DROP TABLE x", "id", "[]"), null, "table name \"events; DROP TABLE x\""),
        bad(List.of(COPY + ",events,id\"--,[]"), null,
            "column name \"id\\\"--\" is not a valid SQL identifier: character 3 '\"'"),
        bad(List.of("Foo;Bar,events,id,[]"), null, "job class \"Foo;Bar\" is not a Ruby class name: character 4 ';'"),
        bad(List.of("copyColumn,events,id,[]"), null, "job class \"copyColumn\" is not a Ruby class name: character 1 'c' must be a capital letter"),
        bad(List.of("Foo::,events,id,[]"), null, "job class \"Foo::\" is not a Ruby class name: it ends without a name"),
        bad(List.of("Foo:Bar,events,id,[]"), null, "job class \"Foo:Bar\" is not a Ruby class name: character 4 ':'"),
        bad(List.of("Foo::bar,events,id,[]"), null, "character 6 'b' must be a capital letter"),
        bad(List.of("Copy\\,Column,events,id,[]"), null, "job class \"Copy,Column\" is not a Ruby class name: character 5 ','"),
        bad(List.of(COPY + ",ev\nents,id,[]"), null, "table name \"ev\\u000Aents\" is not a valid SQL identifier: character 3 U+000A"),
        bad(List.of(COPY + "," + longName + ",id,[]"), null, "table name \"" + longName + "\" is not a valid SQL identifier: it is 64 bytes long"),
        bad(List.of(COPY, "events", longName, "[]"), null, "column name \"" + longName + "\" is not a valid SQL identifier: it is 64 bytes long"),
        bad(List.of(COPY + ",events,id,[[\"id\"]"), null,
            "job arguments are not valid JSON at character 8: expected ',' or ']' but the text ends"),
        bad(List.of(COPY + ",events,id,[[\"id\"]]]"), null, "job arguments are not valid JSON at character 9: unexpected text"),
        bad(List.of(COPY + ",events,id,[[\"id\"]\\, [\"x\"],]"), null,
            "job arguments are not valid JSON at character 17: expected a value after ','"),
        bad(List.of(COPY + ",events,id,{\"a\":1}"), null, "job arguments must be a JSON array such as [] or [[\"id\"]], not an object"),
        bad(List.of(COPY + ",events,id,\"id\""), null, "job arguments must be a JSON array such as [] or [[\"id\"]], not a string"),
        bad(List.of(COPY + ",events,id,null"), null, "job arguments must be a JSON array such as [] or [[\"id\"]], not null"),
        bad(List.of(COPY + ",events,id,[\"a\\x\"]"), null, "job arguments are not valid JSON at character 4: invalid escape '\\x'"),
        bad(List.of(COPY + ",events,id,['id']"), null, "job arguments are not valid JSON at character 2: expected a value (JSON strings use double quotes"),
        bad(List.of(COPY + ",events,id,[01]"), null, "at character 3: leading zeros"),
        bad(List.of(COPY + ",events,id,[NaN]"), null, "at character 2: NaN and Infinity"),
        bad(List.of(COPY + ",events,id,[\"a\\u0000\"]"), null, "at character 4: \\u0000 is not allowed"),
        bad(List.of(COPY + ",events,id," + "[".repeat(65) + "]".repeat(65)), null, "at character 65: arrays and objects are nested deeper than 64 levels"),
        bad(List.of(COPY, "events", "id", "[[\"id\"] [\"x\"]]"), null, "job arguments are not valid JSON at character 9: expected ',' or ']'"),
        bad(List.of(COPY, "events", "id", "[\"id\""), null, "job arguments are not valid JSON at character 6: expected ',' or ']' but the text ends"),
        bad(List.of(COPY, "events", "id"), "[\"id\"", "job arguments are not valid JSON at character 6"),
        bad(List.of(COPY, "events", "id"), " ", "job arguments are empty"),
        bad(List.of(COPY, "events", "id", "''"), null, "job arguments are empty"),
        bad(List.of(COPY, "events", "id", "'[]"), null, "job arguments are not valid JSON at character 1: expected a value (JSON strings use double quotes"),
        bad(List.of("", "events", "id", "[]"), null, "the job class (word 1) of the selection is empty"),
        bad(List.of("finalize[" + COPY + ",events,id"), null, "the selection starts with \"finalize[\" but does not end with ']'"),
        bad(List.of("finalize["), null, "the selection starts with \"finalize[\" but does not end with ']'"),
        bad(List.of("gitlab:background_migrations:finalize:ci[" + COPY + ",events,id,[]]"), null,
            "the selection names database \"ci\" in the rake task \"gitlab:background_migrations:finalize:ci\"; remove \":ci\""),
        bad(List.of("gitlab:background_migrations:pause[main_85]"), null,
            "the rake task \"gitlab:background_migrations:pause\", but only the arguments of gitlab:background_migrations:finalize[...]"),
        bad(List.of(hashStart + "}"), null, "the configuration hash has no job_arguments key"),
        bad(List.of(hashStart + ", :job_arguments=>[], :gitlab_schema=>:gitlab_main}"), null,
            "the configuration hash has an unknown key \"gitlab_schema\""),
        bad(List.of(hashStart + ", :job_arguments=>\"[]\"}"), null, "job_arguments in the configuration hash must be an array, not a string"),
        bad(List.of("{:job_class_name=>\"" + COPY + "\" :table_name=>:events}"), null,
            "the configuration hash is not valid at character 59: expected ',' or '}'"),
        bad(List.of("{job_class_name: \"" + COPY + "\""), null, "expected ',' or '}' but the text ends"),
        bad(List.of("{job_class_name: \"" + COPY + "\", table_name: \"events; DROP TABLE x\", column_name: :id, job_arguments: []}"),
            null, "table name \"events; DROP TABLE x\" is not a valid SQL identifier"),
        bad(List.of("{job_class_name: \"" + COPY + "\", table_name: :events, column_name: 1, job_arguments: []}"),
            null, "column_name in the configuration hash must be a string or symbol, not a number"),
        bad(List.of("{job_class_name: \"" + COPY + "\", job_class_name: \"X\"}"), null,
            "the configuration hash is not valid at character 59: the key \"job_class_name\" appears twice"),
        // what the shell leaves of an unquoted Ruby 3.4 hash: the double quotes are gone
        bad(List.of("{job_class_name:", COPY + ",", "table_name:", ":events,", "column_name:", ":id,",
            "job_arguments:", "[[id],", "[id_convert_to_bigint]]}"), null,
            "the configuration hash is not valid at character 18: expected a value"),
        bad(List.of("main_"), null, "migration id \"main_\" has no number after the underscore"),
        bad(List.of("_85"), null, "migration id \"_85\" has no database label before the underscore"),
        bad(List.of("0"), null, "migration id \"0\" is not positive"),
        bad(List.of("main_0"), null, "migration id \"main_0\" is not positive"),
        bad(List.of("-3"), null, "migration id \"-3\" is not positive"),
        bad(List.of("99999999999999999999"), null, "migration id \"99999999999999999999\" is too large"),
        bad(List.of("Main_85"), null, "the database label \"Main\" of migration id \"Main_85\" must start with a lowercase letter"),
        bad(List.of("main_85"), "[]", "--job-arguments cannot be combined with the migration id main_85"),
        bad(List.of(COPY, "events", "id", "[]", "extra"), null, "the selection has 5 words"),
        bad(List.of(COPY, "events"), null, "the selection has 2 words (job class, table)"),
        bad(List.of(COPY, "events", "id"), null, "the selection has 3 words (job class, table, column) but no job arguments"),
        bad(List.of(COPY, "events", "id", "[]"), "[]", "job arguments are given twice, as the fourth word and with --job-arguments"),
        bad(List.of(COPY + ",events,id,[]"), "[]", "job arguments are given twice, in the selection and with --job-arguments"),
        bad(List.of(hashStart + ", :job_arguments=>[]}"), "[]", "job arguments are given twice, in the configuration hash"),
        bad(List.of(COPY + ",events,id,[[\"id\"]\\,", "[\"id_convert_to_bigint\"]]"), null,
            "has commas but is followed by 1 more word(s); the comma-separated form must be one shell word"));
  }

  private static Arguments bad(List<String> words, String option, String expected) {
    return Arguments.of(words, option, expected);
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void rejectsMalformedSelections(List<String> words, String option, String expected) {
    BbmException e = assertThrows(BbmException.class, () -> SelectionParser.parse(words, option));
    String message = e.getMessage();
    assertEquals(ExitCode.USAGE, e.exitCode(), message);
    assertFalse(message.contains("\n") || message.contains("\r"), message);
    assertTrue(message.contains(expected), () -> "expected <" + expected + "> in <" + message + ">");
    assertNotAJavaMessage(message);
  }

  @Test
  void manyMalformedCases() {
    assertTrue(malformed().count() >= 30);
  }

  @Test
  void nullWordsAreNoSelection() {
    BbmException e = assertThrows(BbmException.class, () -> SelectionParser.parse(null, null));
    assertEquals(ExitCode.USAGE, e.exitCode());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "[", "]", ",", ",,,", "\\", "finalize", "{", "}", "{}", "[]", "[,,,]", ":", "_", "-",
      "main_-1", "{:a=>}", "{a:}", "{:a=>:}", "{\"a\"}", "{:\"a=>1}", "{a: \"\\u{110000}\"}", "{a: \"\\u{}\"}",
      "{a: 1e}", "{a: -}", "{a: [1,]}", "{a: \"\\x41\"}", "gitlab:background_migrations:finalize[]"})
  void oddInputFailsCleanly(String word) {
    BbmException e = assertThrows(BbmException.class, () -> parse(word));
    assertEquals(ExitCode.USAGE, e.exitCode());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
    assertNotAJavaMessage(e.getMessage());
  }

  /** Random edits of valid selections: each either parses or fails with one usage sentence, never anything else. */
  @Test
  void mutatedInputNeverEscapesAsAnotherException() {
    List<String> seeds = List.of(
        COPY + ",events,id,[[\"id\"]\\, [\"id_convert_to_bigint\"]]",
        "gitlab:background_migrations:finalize[" + COPY + ",taggings,id,[[\"id\"\\, \"taggable_id\"]]]",
        "{:job_class_name=>\"" + COPY + "\", :table_name=>:events, :column_name=>:id, :job_arguments=>[[\"id\"], [nil, 1.5]]}",
        "{job_class_name: \"" + COPY + "\", table_name: :events, column_name: :id, job_arguments: [{\"a\" => \"\\u{e9}\"}]}",
        "main_85");
    String alphabet = "[]{}\",:\\ =>-_.0123456789aeuxAZ\n\t\u00e9\ud83d";
    Random random = new Random(20240905L);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder(seeds.get(random.nextInt(seeds.size())));
      for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
        int at = random.nextInt(text.length() + 1);
        char c = alphabet.charAt(random.nextInt(alphabet.length()));
        switch (random.nextInt(3)) {
          case 0: text.insert(at, c); break;
          case 1: if (at < text.length()) { text.deleteCharAt(at); } break;
          default: if (at < text.length()) { text.setCharAt(at, c); }
        }
      }
      try {
        SelectionParser.parse(List.of(text.toString()), null);
      } catch (BbmException e) {
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
      } catch (RuntimeException e) {
        fail("input <" + text + "> threw " + e, e);
      }
    }
  }

  @Test
  void configurationHasNoDatabaseAndPrintsAsRakeArguments() {
    assertEquals(COPY + ",events,id,[[\"id\"],[\"id_convert_to_bigint\"]]",
        parse(COPY + ",events,id,[[\"id\"]\\, [\"id_convert_to_bigint\"]]").toString());
    List<String> mutable = new ArrayList<>(List.of("main_85"));
    assertEquals(new Selection.ById("main", 85), SelectionParser.parse(mutable, null));
  }

  private static void assertNotAJavaMessage(String message) {
    for (String javaText : List.of("Exception", "java.", "For input string", "Index ", "out of bounds", "null pointer")) {
      assertFalse(message.contains(javaText), message);
    }
  }
}
