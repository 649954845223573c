package dev.bbm.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one reading of PostgreSQL text that migration files and job definitions share. */
class SqlLexerTest {
  /** The text's tokens other than code, as KIND:text. */
  private static List<String> quoted(String text) {
    SqlLexer lexer = new SqlLexer(text);
    List<String> out = new ArrayList<>();
    while (lexer.hasNext()) {
      SqlLexer.Token t = lexer.next();
      if (t.kind() != SqlLexer.Kind.CODE) {
        out.add(t.kind() + ":" + text.substring(t.start(), t.end()));
      }
    }
    return out;
  }

  @Test
  void quotesCommentsAndParameters() {
    assertEquals(List.of("STRING:'a;''b'", "QUOTED_IDENTIFIER:\"x\"\"y\"", "DOLLAR_QUOTED:$f$ ; $f$",
        "PARAMETER:$12", "LINE_COMMENT:-- 'no", "BLOCK_COMMENT:/* a /* b */ c */"),
        quoted("SELECT 'a;''b', \"x\"\"y\", $f$ ; $f$, $12 -- 'no\n/* a /* b */ c */"));
  }

  @Test
  void backslashesEscapeOnlyInEStrings() {
    assertEquals(List.of("STRING:'it\\'s'"), quoted("E'it\\'s'"));
    assertEquals(List.of("STRING:'a\\'"), quoted("'a\\' "));
    assertEquals(List.of("STRING:'a\\'"), quoted("typE'a\\' "));
  }

  @Test
  void aDollarInsideAnIdentifierOpensNothing() {
    assertEquals(List.of(), quoted("a$b$ c$$"));
    assertEquals(List.of(), quoted("é$$"));
  }

  @Test
  void whatIsStillOpenAtTheEndIsNotClosed() {
    for (String text : List.of("'open", "\"open", "$q$ open", "/* open /* */", "e'\\")) {
      SqlLexer lexer = new SqlLexer(text);
      SqlLexer.Token t = lexer.next();
      if (t.kind() == SqlLexer.Kind.CODE) {
        t = lexer.next();
      }
      assertFalse(t.closed(), text);
      assertEquals(text.length(), t.end(), text);
    }
    SqlLexer lexer = new SqlLexer("$q$ open");
    assertEquals("$q$", lexer.tag(lexer.next()));
  }
}
