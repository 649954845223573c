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
import dev.bbm.testing.JsonSchemas;
import dev.bbm.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bbm check with GitLab's code on the machine: the ensure_… calls the next db:migrate stops on. */
class CheckBlockersTest {
  private static final String COPY = "CopyColumnUsingBackgroundMigrationJob";
  private static final String RUBY = "BackfillSomethingOnlyRubyDoes";

  private static String ensure(String cls, String table, String column, String args) {
    return "# frozen_string_literal: true\n\nclass Finalize < Gitlab::Database::Migration[2.2]\n"
        + "  milestone '18.1'\n  disable_ddl_transaction!\n  restrict_gitlab_migration gitlab_schema: :gitlab_main\n\n"
        + "  def up\n    ensure_batched_background_migration_is_finished(\n      job_class_name: " + cls + ",\n"
        + "      table_name: " + table + ",\n      column_name: " + column + ",\n      job_arguments: " + args + ",\n"
        + "      finalize: true\n    )\n  end\n\n  def down; end\nend\n";
  }

  @Test
  void namesEachCallThatBlocksThenAllClear(@TempDir Path root) throws Exception {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      Files.createDirectories(root.resolve("lib/gitlab/background_migration"));
      Path post = Files.createDirectories(root.resolve("db/post_migrate"));
      String copyArgs = "[%w[id], %w[id_convert_to_bigint]]";
      f.copyTable("events", 100, new String[] {"id"}, new String[] {"id_convert_to_bigint"});
      long active = f.migration(COPY, "events", "id", "[[\"id\"],[\"id_convert_to_bigint\"]]", 1, 100, 100, 10, 1);
      f.job(active, 1, 41, 3, 1, "1 hour");
      long finished = f.migration(COPY, "notes", "id", "[[\"id\"],[\"id_convert_to_bigint\"]]", 1, 100, 100, 10, 3);
      long ruby = f.migration(RUBY, "issues", "id", "[]", 1, 100, 100, 10, 1);
      Files.writeString(post.resolve("20250501000000_finalize_applied.rb"),
          ensure("'" + RUBY + "'", ":issues", ":id", "[]"));
      db.execute("INSERT INTO schema_migrations (version) VALUES ('20250501000000')");
      Files.writeString(post.resolve("20250610152957_finalize_backfill_events.rb"),
          ensure("'" + COPY + "'", ":events", ":id", copyArgs));
      Files.writeString(post.resolve("20250611000000_finalize_notes.rb"), ensure("'" + COPY + "'", "'notes'", "'id'",
          copyArgs));
      Files.writeString(post.resolve("20250612000000_finalize_missing.rb"), ensure("'BackfillNothing'", ":gone",
          ":id", "[]"));
      Files.writeString(post.resolve("20250613000000_finalize_interpolated.rb"), ensure("'" + COPY + "'",
          "\"events_#{suffix}\"", ":id", copyArgs));
      Files.writeString(post.resolve("20250614000000_finalize_ruby.rb"), ensure("'" + RUBY + "'", ":issues", ":id",
          "[]"));
      CliRunner cli = CliRunner.against(db);
      String[] check = {"check", "--gitlab-rails-root", root.toString(), "--url", db.uri()};
      String typed = " --url " + ShellWords.quote(db.uri()) + " --gitlab-rails-root " + ShellWords.quote(root.toString());

      CliRunner.Result r = cli.run(check);
      assertThat(r).exitedWith(UNFINISHED);
      String out = r.out();
      assertTrue(out.contains("Blocking the next db:migrate: 2 of 5 call(s)"), out);
      assertTrue(out.contains("The next `gitlab-rake db:migrate` will stop at 20250610152957_finalize_backfill_events"
          + " because main_" + active + " (" + COPY + ", events, id) is active at 41 %; run: bbm finalize main_"
          + active + typed + "\n"), out);
      assertTrue(out.contains("20250611000000_finalize_notes (line 9): main_" + finished + " (" + COPY
          + ", notes, id) is finished; the call passes."), out);
      assertTrue(out.contains("20250612000000_finalize_missing (line 9): no batched background migration matches"
          + " BackfillNothing,gone,id,[]; GitLab only warns"), out);
      assertTrue(out.contains("20250613000000_finalize_interpolated (line 9): cannot be read: table_name:"
          + " \"events_#{suffix}\"; bbm cannot tell whether it blocks"), out);
      String viaRake = "bbm finalize main_" + ruby + " --via-rake --url " + ShellWords.quote(db.uri());
      assertTrue(out.contains("After that, it will stop at 20250614000000_finalize_ruby because main_" + ruby + " ("
          + RUBY + ", issues, id) is active at 0 %; bbm cannot run " + RUBY + " itself, so run: " + viaRake
          + " (or, if its work was done another way: bbm mark-finished main_" + ruby), out);
      assertFalse(out.contains("20250501000000"), "an applied file is not read: " + out);
      assertFalse(out.contains("bbm finalize main_" + ruby + typed), "never a command bbm would refuse: " + out);
      assertTrue(out.indexOf("bbm finalize main_" + active + typed + "   # db:migrate stops at")
          < out.indexOf(viaRake + "   # db:migrate stops at"), "next commands in file order: " + out);

      JsonNode json = new ObjectMapper().readTree(cli.run(concat(check, "--json")).out());
      assertEquals(List.of(), JsonSchemas.problems("check.json", json));
      JsonNode blockers = json.get("blockers");
      assertEquals(5, blockers.size());
      assertEquals(List.of("blocks", "passes", "not_found", "unreadable", "blocks"),
          List.of(blockers.get(0).get("verdict").asText(), blockers.get(1).get("verdict").asText(),
              blockers.get(2).get("verdict").asText(), blockers.get(3).get("verdict").asText(),
              blockers.get(4).get("verdict").asText()));
      assertEquals(41.0, blockers.get(0).get("progress").asDouble());
      assertFalse(blockers.get(4).get("runnable").asBoolean());

      // the commands check printed, pasted back: the runnable one finalizes, the other takes the way out
      assertThat(cli.run(args(blockers.get(0).get("command").asText()))).exitedWith(OK);
      assertThat(cli.run(concat(args("bbm mark-finished main_" + ruby + " --url " + ShellWords.quote(db.uri())),
          "--yes", "--reason", "done in Ruby"))).exitedWith(OK);
      CliRunner.Result clear = cli.run(check);
      assertThat(clear).exitedWith(OK);
      assertTrue(clear.out().contains("Blocking the next db:migrate: 0 of 5 call(s)"), clear.out());
      assertTrue(clear.out().contains("Ready: nothing blocks the next db:migrate."), clear.out());
    }
  }

  @Test
  void finalizeBlockingRunsOnlyWhatTheNextDbMigrateNeedsThenCheckIsClear(@TempDir Path root) throws Exception {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      Files.createDirectories(root.resolve("lib/gitlab/background_migration"));
      Path post = Files.createDirectories(root.resolve("db/post_migrate"));
      String copyArgs = "[%w[id], %w[id_convert_to_bigint]]";
      String json = "[[\"id\"],[\"id_convert_to_bigint\"]]";
      f.copyTable("events", 100, new String[] {"id"}, new String[] {"id_convert_to_bigint"});
      f.copyTable("notes", 100, new String[] {"id"}, new String[] {"id_convert_to_bigint"});
      long blocking = f.migration(COPY, "events", "id", json, 1, 100, 100, 10, 1);
      long unrelated = f.migration(COPY, "notes", "id", json, 1, 100, 100, 10, 1);
      long ruby = f.migration(RUBY, "issues", "id", "[]", 1, 100, 100, 10, 1);
      Files.writeString(post.resolve("20250610152957_finalize_backfill_events.rb"),
          ensure("'" + COPY + "'", ":events", ":id", copyArgs));
      Files.writeString(post.resolve("20250614000000_finalize_ruby.rb"), ensure("'" + RUBY + "'", ":issues", ":id",
          "[]"));
      CliRunner cli = CliRunner.against(db);

      CliRunner.Result r = cli.run("finalize", "--blocking", "--gitlab-rails-root", root.toString(), "--pause-ms", "0");

      assertThat(r).exitedWith(USAGE); // the worst part: the class bbm cannot run is skipped with its ways out
      assertEquals(3, f.status(blocking), r.toString());
      assertEquals(0, f.uncopied("events", new String[] {"id"}, new String[] {"id_convert_to_bigint"}));
      assertEquals(1, f.status(unrelated), "a migration no pending file names is left to Sidekiq");
      assertEquals(0, db.count("SELECT count(*) FROM batched_background_migration_jobs"
          + " WHERE batched_background_migration_id IN (?, ?)", unrelated, ruby));
      assertTrue(r.err().contains(RUBY) && r.err().contains("--via-rake"), r.err());

      assertThat(cli.run("mark-finished", "main_" + ruby, "--yes", "--reason", "done in Ruby")).exitedWith(OK);
      CliRunner.Result clear = cli.run("check", "--gitlab-rails-root", root.toString());
      assertTrue(clear.out().contains("Blocking the next db:migrate: 0 of 2 call(s)"), clear.out());
      CliRunner.Result none = cli.run("finalize", "--blocking", "--gitlab-rails-root", root.toString());
      assertThat(none).exitedWith(OK);
      assertEquals(1, f.status(unrelated), "still left alone when nothing blocks");
      assertThat(cli.run("finalize", "--blocking", "--all")).exitedWith(USAGE);
      assertThat(cli.run("finalize", "--blocking", "main_" + unrelated)).exitedWith(USAGE);
    }
  }

  @Test
  void finalizeBlockingWithoutARailsRootSaysHowToNameItAndChangesNothing() throws Exception {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      GitlabFixture f = new GitlabFixture(db);
      f.copyTable("events", 100, new String[] {"id"}, new String[] {"id_convert_to_bigint"});
      long active = f.migration(COPY, "events", "id", "[[\"id\"],[\"id_convert_to_bigint\"]]", 1, 100, 100, 10, 1);
      f.job(active, 1, 41, 3, 1, "1 hour");
      String rows = "SELECT string_agg(m.id || ':' || m.status || ':' || m.updated_at || '/' || (SELECT"
          + " string_agg(j.id || ':' || j.status || ':' || j.attempts || ':' || j.updated_at, ',' ORDER BY j.id)"
          + " FROM batched_background_migration_jobs j WHERE j.batched_background_migration_id = m.id), ';'"
          + " ORDER BY m.id) FROM batched_background_migrations m";
      Object before = db.scalar(rows);

      CliRunner.Result r = CliRunner.against(db).run("finalize", "--blocking", "--pause-ms", "0");

      assertThat(r).exitedWith(USAGE);
      assertEquals("bbm: --blocking reads the pending migrations of GitLab's code, which was not found (looked for"
          + " /opt/gitlab/embedded/service/gitlab-rails/lib/gitlab/background_migration and"
          + " /home/git/gitlab/lib/gitlab/background_migration); name its Rails root with --gitlab-rails-root DIR",
          r.err().strip());
      assertEquals(before, db.scalar(rows), "the database is unchanged");
      assertEquals(1, f.status(active));
      assertEquals(100, f.uncopied("events", new String[] {"id"}, new String[] {"id_convert_to_bigint"}));
    }
  }

  @Test
  void withoutGitlabCodeSaysWhereItLooked() throws Exception {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      CliRunner.Result r = CliRunner.against(db).run("check");
      assertThat(r).exitedWith(OK);
      assertTrue(r.out().contains("pending ensure_batched_background_migration_is_finished calls: not checked:"
          + " GitLab's code was not found (looked for /opt/gitlab/embedded/service/gitlab-rails/lib/gitlab/"
          + "background_migration and /home/git/gitlab/lib/gitlab/background_migration); name it with"
          + " --gitlab-rails-root DIR"), r.out());
    }
  }

  private static String[] args(String command) {
    List<String> words = ShellWords.split(command, "the command");
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
