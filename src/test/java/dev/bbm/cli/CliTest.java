package dev.bbm.cli;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.testing.CliRunner;
import java.net.ServerSocket;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command line without a database: bbm is pointed at a port nobody listens on, so any
 * database access would end in exit 7; exit 2 proves the input was refused before that.
 */
class CliTest {
  private static String deadUrl;

  @BeforeAll
  static void findClosedPort() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    deadUrl = "postgresql://nobody@127.0.0.1:" + port + "/gitlabhq_production";
  }

  private static CliRunner cli() {
    return new CliRunner().env("BBM_DATABASE_URL", deadUrl);
  }

  @Test
  void helpAndVersionOpenNoConnection() {
    CliRunner.Result help = cli().run("--help");
    assertThat(help).exitedWith(OK);
    assertTrue(help.out().contains("Exit codes:") && help.out().contains("7   cannot connect"), help.out());
    assertTrue(help.out().contains("finalize") && help.out().contains("status"), help.out());
    CliRunner.Result version = cli().run("--version");
    assertThat(version).exitedWith(OK);
    assertTrue(version.out().startsWith("bbm "), version.out());
    assertTrue(version.out().contains(" from " + System.getProperty("java.home") + "\n"),
        "names the Java that runs bbm and its java.home: " + version.out());
    assertTrue(version.out().lines().count() <= 2, version.out());
    picocli.CommandLine tree = Cli.create(new java.io.PrintWriter(java.io.Writer.nullWriter()),
        new java.io.PrintWriter(java.io.Writer.nullWriter()), java.util.Map.of(), java.io.InputStream.nullInputStream(),
        () -> false, false);
    assertHelpOfEveryCommand(tree, new java.util.ArrayList<>());
  }

  /** Every command's --help, nested ones included (bbm db migrate:status); groups list their commands. */
  private static void assertHelpOfEveryCommand(picocli.CommandLine parent, java.util.List<String> path) {
    for (var e : parent.getSubcommands().entrySet()) {
      if (e.getValue().getCommandSpec().usageMessage().hidden()) {
        continue; // bbm __complete, the completion scripts' helper
      }
      java.util.List<String> words = new java.util.ArrayList<>(path);
      words.add(e.getKey());
      java.util.List<String> args = new java.util.ArrayList<>(words);
      args.add("--help");
      CliRunner.Result r = cli().run(args.toArray(String[]::new));
      assertThat(r).exitedWith(OK);
      assertEquals("", r.err());
      assertTrue(r.out().contains("Exit codes:"), r.out());
      if (e.getValue().getSubcommands().isEmpty()) {
        assertTrue(r.out().contains("--url"), r.out());
      } else {
        for (String sub : e.getValue().getSubcommands().keySet()) {
          assertTrue(r.out().contains(sub), sub + " missing from " + r.out());
        }
        assertHelpOfEveryCommand(e.getValue(), words);
      }
    }
  }

  @Test
  void connectionFailureIsExitSevenNamingTheTarget() {
    CliRunner.Result r = cli().run("status");
    assertThat(r).exitedWith(CANNOT_CONNECT);
    assertTrue(r.err().contains("cannot connect to PostgreSQL") && r.err().contains("127.0.0.1")
        && r.err().contains("gitlabhq_production") && r.err().contains("nobody"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }

  static Stream<Arguments> badInput() {
    return Stream.of(
        Arguments.of((Object) new String[] {"finalize"}),
        Arguments.of((Object) new String[] {"finalize", "CopyColumnUsingBackgroundMigrationJob,events,id"}),
        Arguments.of((Object) new String[] {"finalize", "CopyColumnUsingBackgroundMigrationJob,events,id,[[\"id\"],"}),
        Arguments.of((Object) new String[] {"finalize", "CopyColumnUsingBackgroundMigrationJob,events; DROP TABLE x,id,[]"}),
        Arguments.of((Object) new String[] {"finalize", "main_"}),
        Arguments.of((Object) new String[] {"finalize", "main_85", "--batch-size", "0"}),
        Arguments.of((Object) new String[] {"finalize", "main_85", "--batch-size", "10", "--sub-batch-size", "20"}),
        Arguments.of((Object) new String[] {"finalize", "main_85", "--pause-ms", "-1"}),
        Arguments.of((Object) new String[] {"finalize", "main_85", "--stale-after", "soon"}),
        Arguments.of((Object) new String[] {"finalize", "main_85", "--batch-size", "many"}),
        Arguments.of((Object) new String[] {"finalize", "main_85", "--no-such-option"}),
        Arguments.of((Object) new String[] {"finalize", "a", "b", "c", "d", "e"}),
        Arguments.of((Object) new String[] {"finalize", "CopyColumnUsingBackgroundMigrationJob", "events", "id",
            "[[\"id\"]]", "--job-arguments", "[]"}),
        Arguments.of((Object) new String[] {"finalize", "CopyColumnUsingBackgroundMigrationJob", "events", "id",
            "--job-arguments-file", "/no/such/file.json"}),
        Arguments.of((Object) new String[] {"status", "--format", "xml"}),
        Arguments.of((Object) new String[] {"status", "{:job_class_name=>\"X\"}"}),
        Arguments.of((Object) new String[] {"frobnicate"}),
        Arguments.of((Object) new String[] {"db"}),
        Arguments.of((Object) new String[] {"db", "migrate", "--migrations-dir", "/no/such/dir"}),
        Arguments.of((Object) new String[] {"db", "migrate:status", "--migrations-dir", "/no/such/dir"}),
        Arguments.of((Object) new String[] {"db", "migrate-status", "--no-wait"}),
        Arguments.of((Object) new String[] {}));
  }

  @ParameterizedTest
  @MethodSource("badInput")
  void badInputIsExitTwoWithOneSentenceAndNoDatabaseAccess(String[] args) {
    CliRunner.Result r = cli().run(args);
    assertThat(r).exitedWith(USAGE);
    String first = r.err().lines().findFirst().orElse("");
    assertTrue(first.startsWith("bbm: "), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertFalse(r.err().contains("cannot connect"), r.err());
    assertEquals("", r.out());
  }

  @Test
  void anOptionTypedBeforeItsCommandIsToldWhereItGoes() {
    CliRunner.Result r = cli().run("--json", "status");
    assertThat(r).exitedWith(USAGE);
    assertEquals("bbm: --json is an option of status and goes after it: bbm status --json ...",
        r.err().strip());
    assertFalse(r.err().contains("cannot connect"), r.err());
    CliRunner.Result format = cli().run("--format=rake", "status", "--all");
    assertThat(format).exitedWith(USAGE);
    assertTrue(format.err().contains("--format is an option of status and goes after it"), format.err());
    // an option no command has is still the usual unknown-option error
    assertTrue(cli().run("--bogus", "status").err().contains("Unknown option: '--bogus'"));
  }

  @Test
  void jsonAndRakeFormatTogetherAreRefusedBeforeConnecting() {
    CliRunner.Result r = cli().run("status", "--json", "--format", "rake");
    assertThat(r).exitedWith(USAGE);
    assertTrue(r.err().contains("--json and --format rake ask for two different outputs"), r.err());
    assertFalse(r.err().contains("cannot connect"), r.err());
  }

  @Test
  void jobArgumentsFromStdin() {
    CliRunner.Result r = cli().stdin("[[\"id\"],\"oops\"")
        .run("finalize", "CopyColumnUsingBackgroundMigrationJob", "events", "id", "--job-arguments-file", "-");
    assertThat(r).exitedWith(USAGE);
    assertTrue(r.err().contains("job arguments"), r.err());
    CliRunner.Result ok = cli().stdin("[[\"id\"],[\"id_convert_to_bigint\"]]")
        .run("finalize", "CopyColumnUsingBackgroundMigrationJob", "events", "id", "--job-arguments-file", "-");
    assertThat(ok).withContext("valid input goes on to connect").exitedWith(CANNOT_CONNECT);
  }
}
