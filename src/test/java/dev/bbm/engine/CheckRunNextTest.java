package dev.bbm.engine;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bbm.domain.ShellWords;
import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** bbm check's "Run next" for migrations no pending file blocks on: never a command bbm would refuse. */
class CheckRunNextTest {
  private static final String COPY = "CopyColumnUsingBackgroundMigrationJob";
  private static final String UNKNOWN = "BackfillSomethingNobodyKnows";
  private static final String UNKNOWN_FAILED = "BackfillSomethingElseNobodyKnows";

  @Test
  void aClassBbmCannotRunGetsTheWayOutAndARunnableOnePlainFinalize() throws Exception {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      String json = "[[\"id\"],[\"id_convert_to_bigint\"]]";
      f.copyTable("events", 100, new String[] {"id"}, new String[] {"id_convert_to_bigint"});
      long runnable = f.migration(COPY, "events", "id", json, 1, 100, 100, 10, 1);
      long unknown = f.migration(UNKNOWN, "issues", "id", "[]", 1, 100, 100, 10, 1);
      long failed = f.migration(UNKNOWN_FAILED, "projects", "id", "[]", 1, 100, 100, 10, 4);
      f.job(failed, 1, 100, 2, 3, "1 hour");
      CliRunner cli = CliRunner.against(db);
      String url = " --url " + ShellWords.quote(db.uri());

      CliRunner.Result r = cli.run("check", "--url", db.uri());
      assertThat(r).exitedWith(FAILED);
      String out = r.out();
      assertTrue(out.contains("bbm finalize " + COPY + ",events,id,'[[\"id\"]\\,[\"id_convert_to_bigint\"]]'" + url),
          "a class bbm runs still gets its own finalize: " + out);
      assertTrue(out.contains("bbm finalize main_" + unknown + " --via-rake" + url + "   # bbm cannot run " + UNKNOWN
          + " itself; if its work was done another way: bbm mark-finished main_" + unknown + url), out);
      assertTrue(out.contains("bbm status main_" + failed + url), out);
      assertTrue(out.contains("bbm finalize main_" + failed + " --via-rake" + url + "   # bbm cannot run "
          + UNKNOWN_FAILED + " itself; GitLab's rake gives the failed jobs new attempts"), out);
      assertFalse(out.contains("bbm finalize " + UNKNOWN), "never bbm's own finalize of a class it cannot run: " + out);
      assertFalse(out.contains("bbm finalize main_" + unknown + url), out);
      assertFalse(out.contains("bbm retry main_" + failed), "retry --finalize would be refused: " + out);
      assertThat(cli.run("retry", "main_" + failed, "--finalize", "--url", db.uri()))
          .withContext("what check no longer recommends is refused")
          .exitedWith(USAGE);

      JsonNode next = new ObjectMapper().readTree(cli.run("check", "--json", "--url", db.uri()).out())
          .get("next_commands");
      List<String> viaRake = new ArrayList<>();
      next.forEach(n -> {
        if (n.asText().contains("--via-rake")) {
          viaRake.add(n.asText());
        }
      });
      assertEquals(2, viaRake.size(), next.toString());
      for (String line : viaRake) {
        // pasted back as printed (up to its comment), in a dry run as no gitlab-rake is here: bbm takes it
        CliRunner.Result dry = cli.run(concat(args(line), "--dry-run"));
        assertThat(dry).withContext(line).exitedWith(OK);
        assertTrue(dry.out().contains("dry run") && dry.out().contains("gitlab:background_migrations:finalize"),
            dry.toString());
      }
      assertEquals(1, f.status(unknown), "a dry run changes nothing");
      assertEquals(4, f.status(failed), "a dry run changes nothing");

      String markFinished = out.substring(out.indexOf("bbm mark-finished main_" + unknown));
      markFinished = markFinished.substring(0, markFinished.indexOf('\n'));
      assertThat(cli.run(concat(args(markFinished), "--yes", "--reason", "done by hand"))).exitedWith(OK);
      assertEquals(3, f.status(unknown));
    }
  }

  private static String[] args(String line) {
    int comment = line.indexOf("   #");
    List<String> words = ShellWords.split(comment < 0 ? line : line.substring(0, comment), "the command");
    assertEquals("bbm", words.get(0));
    return words.subList(1, words.size()).toArray(String[]::new);
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = new String[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
