package dev.bbm.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** finalize's several selections: one word each when the first stands alone, else one selection as before. */
class SeveralSelectionsTest {
  private static final String COPY = "CopyColumnUsingBackgroundMigrationJob";

  private static List<Selection> parse(String... words) {
    return SelectionParser.parseSeveral(List.of(words), null, "finalize");
  }

  @Test
  void idsAndRakeWordsAreOneSelectionEach() {
    List<Selection> s = parse("main_12", "15", COPY + ",events,id,[[\"id\"]\\,[\"x\"]]");
    assertEquals(List.of(new Selection.ById("main", 12), new Selection.ById(null, 15),
        new Selection.ByConfiguration(COPY, "events", "id", "[[\"id\"],[\"x\"]]")), s);
    assertEquals(2, parse(COPY + ",events,id,[]", "main_3").size());
  }

  @Test
  void theFormsOfOneSelectionReadAsBefore() {
    assertEquals(List.of(new Selection.ByConfiguration(COPY, "events", "id", "[[\"id\"],[\"x\"]]")),
        parse(COPY, "events", "id", "[[\"id\"],[\"x\"]]"));
    assertEquals(1, parse("{job_class_name:", "\"" + COPY + "\",", "table_name:", "\"events\",", "column_name:",
        "\"id\",", "job_arguments:", "[]}").size());
    assertEquals(List.of(new Selection.ById("main", 12)), parse("main_12"));
    // the shell split an unquoted rake word at its space: still the one-word form's own message
    BbmException split = assertThrows(BbmException.class, () -> parse(COPY + ",events,id,[[\"id\"],", "[\"x\"]]"));
    assertTrue(split.getMessage().contains("must be one shell word"), split.getMessage());
  }

  @Test
  void aBadWordAmongSeveralIsNamedByPosition() {
    BbmException e = assertThrows(BbmException.class, () -> parse("main_12", "main_x"));
    assertEquals(ExitCode.USAGE, e.exitCode());
    assertTrue(e.getMessage().startsWith("selection 2 of 2: the selection \"main_x\""), e.getMessage());
    BbmException args = assertThrows(BbmException.class,
        () -> SelectionParser.parseSeveral(List.of("main_1", "main_2"), "[]", "finalize"));
    assertTrue(args.getMessage().contains("--job-arguments goes with one migration"), args.getMessage());
  }
}
