package dev.bbm.domain;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.testing.CliRunner;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** A comma that only looks like one (fullwidth, low-9 quotation mark, Arabic, ideographic) is pointed at. */
class SelectionLookAlikeTest {
  private static final String COPY = "CopyColumnUsingBackgroundMigrationJob";

  @ParameterizedTest(name = "U+{0}")
  @CsvSource({"FF0C", "201A", "060C", "3001"})
  void aLookAlikeBetweenThePartsIsNamedWithItsPosition(String hex) {
    String comma = new String(Character.toChars(Integer.parseInt(hex, 16)));
    String word = COPY + "," + "events" + comma + "id,[[\"id\"],[\"id_convert_to_bigint\"]]";
    BbmException e = assertThrows(BbmException.class, () -> SelectionParser.parse(List.of(word), null));
    assertEquals(USAGE, e.exitCode());
    assertEquals("the selection has a look-alike comma (U+" + hex + ") at character " + (COPY.length() + 8)
        + "; type a plain comma", e.getMessage());
  }

  @Test
  void insideTheJobArgumentsOrInAnotherWord() {
    BbmException json = assertThrows(BbmException.class, () -> SelectionParser.parse(
        List.of(COPY + ",events,id,[[\"id\"]\u201A[\"id_convert_to_bigint\"]]"), null));
    assertEquals("the selection has a look-alike comma (U+201A) at character " + (COPY.length() + 19)
        + "; type a plain comma", json.getMessage());
    BbmException words = assertThrows(BbmException.class, () -> SelectionParser.parse(
        List.of(COPY, "events", "id", "[[\"id\"]\uFF0C[\"id_convert_to_bigint\"]]"), null));
    assertEquals("the selection has a look-alike comma (U+FF0C) at character 8 of word 4; type a plain comma",
        words.getMessage());
  }

  @Test
  void aLookAlikeInsideAJsonStringOfAValidSelectionIsLeftAlone() {
    Selection s = SelectionParser.parse(List.of(COPY + ",events,id,[\"a\uFF0Cb\"]"), null);
    assertEquals(new Selection.ByConfiguration(COPY, "events", "id", "[\"a\uFF0Cb\"]"), s);
  }

  @Test
  void theCommandExitsTwoBeforeConnecting() {
    CliRunner.Result r = new CliRunner().env("BBM_DATABASE_URL", "postgresql://nobody@127.0.0.1:1/none")
        .run("finalize", COPY + "\uFF0Cevents\uFF0Cid\uFF0C[]");
    assertThat(r).exitedWith(USAGE);
    assertTrue(r.err().contains("the selection has a look-alike comma (U+FF0C) at character " + (COPY.length() + 1)
        + "; type a plain comma"), r.toString());
  }
}
