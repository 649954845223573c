package dev.bbm.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import dev.bbm.domain.RubyInspect;
import dev.bbm.domain.Selection;
import dev.bbm.domain.SelectionParser;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.WithNull;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Item 7, the selection parser (SPEC §3) under jqwik: generated valid configurations go through
 * each form an operator may paste (the rake word, bare or wrapped, with spaces around its parts;
 * four words; GitLab's hash in Ruby's old and 3.4 syntax) and come back equal; arbitrary words,
 * and valid rake words with one character changed, either parse or fail with exit 2 and one line,
 * never with anything else.
 */
@Tag("faults")
class SelectionPropertiesTest {
  private static final int ITEM = 7;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A valid configuration and its job arguments as a JSON value. */
  record Config(String jobClass, String table, String column, Object arguments) {
    String json() {
      try {
        return JSON.writeValueAsString(arguments);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  @BeforeProperty
  void count() {
    FaultLedger.caseRun(ITEM);
  }

  @Provide
  Arbitrary<Config> configs() {
    Arbitrary<String> identifier = Combinators.combine(
        Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_").ofLength(1),
        Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_$")
            .ofMaxLength(30)).as((a, b) -> a + b);
    Arbitrary<String> table = Combinators.combine(identifier, identifier, Arbitraries.integers().between(0, 3))
        .as((schema, name, pick) -> pick == 0 ? schema + "." + name : name);
    Arbitrary<String> rubyName = Combinators.combine(
        Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ").ofLength(1),
        Arbitraries.strings().alpha().numeric().withChars('_').ofMaxLength(40)).as((a, b) -> a + b);
    Arbitrary<String> jobClass = rubyName.list().ofMinSize(1).ofMaxSize(3).map(parts -> String.join("::", parts));
    return Combinators.combine(jobClass, table, identifier, arguments()).as(Config::new);
  }

  /** JSON arrays of strings (commas, quotes, backslashes, brackets, non-ASCII), numbers, booleans, null, arrays. */
  private static Arbitrary<Object> arguments() {
    Arbitrary<Object> text = Arbitraries.strings().withChars("ab_,\"\\[]{}:=> #'é漢").ofMaxLength(12).map(s -> s);
    Arbitrary<Object> scalar = Arbitraries.oneOf(text, Arbitraries.longs().between(-1_000_000, 1_000_000).map(n -> n),
        Arbitraries.of(true, false).map(b -> b), Arbitraries.just(null));
    Arbitrary<Object> inner = scalar.list().ofMaxSize(4).map(l -> (Object) l);
    return Arbitraries.oneOf(scalar, inner, inner).list().ofMaxSize(4).map(l -> (Object) l);
  }

  private static Selection parse(List<String> words) {
    return SelectionParser.parse(words, null);
  }

  /** The parsed configuration equals the generated one, the job arguments compared as JSON values. */
  private static void assertSame(Config c, Selection parsed, String form) throws Exception {
    FaultLedger.rowsChecked(ITEM, 1);
    if (!(parsed instanceof Selection.ByConfiguration p)) {
      throw new AssertionError(form + " parsed as " + parsed);
    }
    JsonNode want = JSON.readTree(c.json());
    JsonNode got = JSON.readTree(p.jobArgumentsJson());
    if (!p.jobClassName().equals(c.jobClass()) || !p.tableName().equals(c.table())
        || !p.columnName().equals(c.column()) || !want.equals(got)) {
      FaultLedger.lost(ITEM, 1);
      throw new AssertionError(form + " parsed as " + p + ", not " + c);
    }
  }

  /** GitLab's rake form: the JSON's commas escaped as {@code \,}. */
  private static String rakeWord(Config c, String space) {
    String json = c.json().replace(",", "\\,");
    return space + c.jobClass() + space + "," + space + c.table() + space + "," + c.column() + space + "," + space
        + json + space;
  }

  @Property(tries = 400)
  void rakeWordRoundTrips(@ForAll("configs") Config c, @ForAll("spaces") String space,
      @ForAll("wrappers") String wrapper) throws Exception {
    String word = wrapper.replace("%", rakeWord(c, space));
    assertSame(c, parse(List.of(word)), word);
  }

  @Property(tries = 300)
  void rakeWordWithUnescapedCommasRoundTrips(@ForAll("configs") Config c) throws Exception {
    String word = c.jobClass() + "," + c.table() + "," + c.column() + "," + c.json();
    assertSame(c, parse(List.of(word)), word);
  }

  @Property(tries = 300)
  void fourWordsRoundTrip(@ForAll("configs") Config c, @ForAll boolean escaped) throws Exception {
    List<String> words = List.of(c.jobClass(), c.table(), c.column(),
        escaped ? c.json().replace(",", "\\,") : c.json());
    assertSame(c, parse(words), String.join(" ", words));
  }

  @Property(tries = 300)
  void rubyHashRoundTrips(@ForAll("configs") Config c, @ForAll boolean ruby34) throws Exception {
    String args = RubyInspect.inspect(dev.bbm.domain.Json.parse("job arguments", c.json()));
    String hash = ruby34
        ? "{job_class_name: " + RubyInspect.inspect(c.jobClass()) + ", table_name: " + RubyInspect.inspect(c.table())
            + ", column_name: " + RubyInspect.inspect(c.column()) + ", job_arguments: " + args + "}"
        : RubyInspect.configuration(c.jobClass(), c.table(), c.column(), c.json());
    assertSame(c, parse(List.of(hash)), hash);
  }

  @Provide
  Arbitrary<String> spaces() {
    return Arbitraries.of("", " ", "  ", "\t");
  }

  @Provide
  Arbitrary<String> wrappers() {
    return Arbitraries.of("%", "[%]", "finalize[%]", "gitlab:background_migrations:finalize[%]");
  }

  @Property(tries = 1500)
  void arbitraryWordsParseOrAreRefusedWithExitTwo(
      @ForAll("words") List<String> words, @ForAll @WithNull(0.7) String jobArgumentsOption) {
    refusedOrParsed(words, jobArgumentsOption);
  }

  @Property(tries = 1000)
  void aValidWordWithOneCharacterChangedParsesOrIsRefused(@ForAll("configs") Config c,
      @ForAll("positions") double where, @ForAll("characters") String inserted, @ForAll boolean replace) {
    String word = rakeWord(c, "");
    int at = (int) (where * word.length());
    String changed = word.substring(0, at) + inserted + word.substring(Math.min(word.length(), at + (replace ? 1 : 0)));
    refusedOrParsed(List.of(changed), null);
  }

  @Provide
  Arbitrary<List<String>> words() {
    Arbitrary<String> word = Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(40),
        Arbitraries.strings().withChars("[]{},:=>\"'\\ _main0123456789abcXYZ:;").ofMaxLength(40));
    return word.list().ofMaxSize(5);
  }

  @Provide
  Arbitrary<Double> positions() {
    return Arbitraries.doubles().between(0, 1);
  }

  @Provide
  Arbitrary<String> characters() {
    return Arbitraries.oneOf(Arbitraries.of("", ",", "\\", "\"", "[", "]", "{", "}", "'", " ", ":", "=>", "\u0000"),
        Arbitraries.strings().ofLength(1));
  }

  private static void refusedOrParsed(List<String> words, String option) {
    FaultLedger.rowsChecked(ITEM, 1);
    FaultLedger.faults(ITEM, 1);
    try {
      Selection s = SelectionParser.parse(new ArrayList<>(words), option);
      if (s == null) {
        throw new AssertionError("null selection for " + words);
      }
    } catch (BbmException e) {
      if (e.exitCode() != ExitCode.USAGE || e.getMessage() == null || e.getMessage().isBlank()
          || e.getMessage().contains("\n")) {
        FaultLedger.lost(ITEM, 1);
        throw new AssertionError("refused with exit " + e.exitCode() + " and \"" + e.getMessage() + "\": " + words);
      }
    } catch (RuntimeException | StackOverflowError e) {
      FaultLedger.lost(ITEM, 1);
      throw new AssertionError("not a BbmException for " + words + " / " + option + ": " + e, e);
    }
  }
}
