package dev.bbm.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.domain.BbmException;
import dev.bbm.domain.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The task argument of finalize --via-rake, read back the way rake reads it: {@link #rakeParse} is
 * rake's {@code Rake::Application#parse_task_string} (its two regular expressions and its unescape)
 * written in Java, so a JSON that rake would split or unescape differently fails here.
 */
class RakeCommandTest {
  private static final Pattern TASK = Pattern.compile("^([^\\[]+)(?:\\[(.*)\\])$");
  private static final Pattern ARG = Pattern.compile("\\s*((?:[^\\\\,]|\\\\.)*?)\\s*(?:,\\s*(.*))?$");

  @TempDir
  Path dir;

  /** rake's parse_task_string: the task name, then its arguments. */
  static List<String> rakeParse(String s) {
    Matcher m = TASK.matcher(s);
    if (!m.matches()) {
      return List.of(s);
    }
    List<String> out = new ArrayList<>(List.of(m.group(1)));
    String remaining = m.group(2);
    if (remaining.isEmpty()) {
      return out;
    }
    do {
      Matcher a = ARG.matcher(remaining);
      assertTrue(a.find());
      remaining = a.group(2);
      out.add(a.group(1).replaceAll("\\\\(.)", "$1"));
    } while (remaining != null);
    return out;
  }

  @Test
  void gitlabsDocumentedExampleComesOutAsTheDocsWriteIt() {
    assertEquals("gitlab:background_migrations:finalize[CopyColumnUsingBackgroundMigrationJob,events,id,"
        + "[[\"id\"]\\,[\"id_convert_to_bigint\"]]]", RakeCommand.taskArgument(null,
            "CopyColumnUsingBackgroundMigrationJob", "events", "id", "[[\"id\"],[\"id_convert_to_bigint\"]]"));
  }

  @Test
  void rakeReadsEveryTrickyJsonBackUnchanged() {
    List<String> jsons = List.of(
        "[[\"id\"],[\"id_convert_to_bigint\"]]",
        "[[\"id\", \"stage_id\"], [\"id_convert_to_bigint\", \"stage_id_convert_to_bigint\"]]",
        "[]", "[null]", "[\"a,b\",\"c\\\\,d\"]",
        "[\"it's\",\"say \\\"hi\\\"\",\"back\\\\slash\",\"ends with a backslash\\\\\"]",
        "[{\"k\":[1,2,{\"n\":null,\"s\":\"x]y[z\"}]},[[[\"deep\"]]],\"tab\\tnewline\\n\"]",
        "[\"\\u00e9t\\u00e9\",\"été\",\"  spaces inside  \"]");
    for (String json : jsons) {
      String arg = RakeCommand.taskArgument(null, "BackfillSomethingJob", "p_ci_builds", "id", json);
      assertEquals(List.of("gitlab:background_migrations:finalize", "BackfillSomethingJob", "p_ci_builds", "id",
          json), rakeParse(arg), arg);
    }
  }

  @Test
  void aNamedDatabaseIsPartOfTheTaskName() {
    String arg = RakeCommand.taskArgument("ci", "CopyColumnUsingBackgroundMigrationJob", "ci_builds", "id",
        "[[\"id\"],[\"x\"]]");
    assertEquals(List.of("gitlab:background_migrations:finalize:ci", "CopyColumnUsingBackgroundMigrationJob",
        "ci_builds", "id", "[[\"id\"],[\"x\"]]"), rakeParse(arg));
  }

  @Test
  void theCommandIsSplitIntoWordsAndLookedUpOnTheGivenPath() throws Exception {
    RakeCommand source = RakeCommand.of("sudo -u git -H bundle exec rake RAILS_ENV=production", null);
    assertEquals(List.of("sudo", "-u", "git", "-H", "bundle", "exec", "rake", "RAILS_ENV=production"),
        source.words());
    assertEquals(List.of("gitlab-rake"), RakeCommand.of(null, null).words());
    assertEquals(List.of("gitlab-rake"), RakeCommand.of("  ", null).words());

    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path rake = bin.resolve("gitlab-rake");
    Files.writeString(rake, "#!/bin/sh\n");
    Files.setPosixFilePermissions(rake, PosixFilePermissions.fromString("rwxr-xr-x"));
    assertEquals(rake, RakeCommand.of(null, null).executable(Map.of("PATH", "/nonexistent:" + bin)));
    BbmException missing = assertThrows(BbmException.class,
        () -> RakeCommand.of(null, null).executable(Map.of("PATH", "/nonexistent")));
    assertEquals(ExitCode.USAGE, missing.exitCode());
    assertTrue(missing.getMessage().startsWith("gitlab-rake was not found on PATH; on a source install give"
        + " GitLab's rake with --rake-command"), missing.getMessage());
    Files.setPosixFilePermissions(rake, PosixFilePermissions.fromString("rw-r--r--"));
    assertThrows(BbmException.class, () -> RakeCommand.of(rake.toString(), null).executable(Map.of()));
  }
}
