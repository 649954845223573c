package dev.bbm.demo;

import dev.bbm.testing.GitlabFixture;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.TestDatabase;
import java.io.IOException;
import java.util.List;

/**
 * The README's demonstration: an embedded PostgreSQL with a GitLab-shaped database holding
 * unfinished, failed and stuck migrations, and bbm run against it through the launcher.
 */
public final class Demo {
  private static final String COPY = "CopyColumnUsingBackgroundMigrationJob";

  private Demo() {}

  public static void main(String[] args) throws Exception {
    String launcher = args.length > 0 ? args[0] : "scripts/bbm";
    boolean keep = !(args.length > 1 && args[1].equals("--no-wait"));
    System.out.println("== starting an embedded PostgreSQL with a GitLab-shaped database ...");
    TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6);
    GitlabFixture f = new GitlabFixture(db);
    String[] id = {"id"};
    String[] idTo = {"id_convert_to_bigint"};
    f.copyTable("events", 200_000, id, idTo);
    f.migration(COPY, "events", "id", "[[\"id\"], [\"id_convert_to_bigint\"]]", 1, 200_000, 20_000, 2_500, 1);
    f.copyTable("ci_stages", 50_000, id, idTo);
    long failed = f.migration(COPY, "ci_stages", "id", "[[\"id\"], [\"id_convert_to_bigint\"]]", 1, 50_000, 10_000, 1_000, 4);
    long job = f.job(failed, 1, 10_000, 2, 3, "3 hours");
    f.failureLog(job, "ActiveRecord::QueryCanceled", "PG::QueryCanceled: ERROR:  canceling statement due to statement timeout");
    db.execute("CREATE TABLE push_event_payloads (event_id bigint PRIMARY KEY, event_id_convert_to_bigint bigint)");
    db.execute("INSERT INTO push_event_payloads (event_id) SELECT g FROM generate_series(1, 30000) g");
    long stuck = f.migration(COPY, "push_event_payloads", "event_id", "[[\"event_id\"], [\"event_id_convert_to_bigint\"]]",
        1, 30_000, 10_000, 1_000, 5);
    f.job(stuck, 1, 10_000, 1, 1, "2 hours");
    String url = db.uri();

    run(launcher, url, "check", "--migrations-dir", "/nonexistent");
    run(launcher, url, "status");
    run(launcher, url, "status", "main_" + failed);
    run(launcher, url, "finalize", COPY + ",events,id,[[\"id\"]\\, [\"id_convert_to_bigint\"]]", "--pause-ms", "0");
    run(launcher, url, "finalize", "main_" + failed, "--pause-ms", "0");
    run(launcher, url, "finalize", "main_" + stuck, "--pause-ms", "0");
    run(launcher, url, "status", "--all");
    run(launcher, url, "check", "--migrations-dir", "/nonexistent");

    System.out.println();
    System.out.println("== the demo database stays up while this runs; in another terminal try:");
    System.out.println("   export BBM_DATABASE_URL='" + url + "'");
    System.out.println("   scripts/bbm status --all --format rake");
    System.out.println("   psql \"$BBM_DATABASE_URL\" -c 'SELECT id, status, table_name FROM batched_background_migrations'");
    if (keep) {
      System.out.println("== press Ctrl-C to stop the demo database");
      Thread.currentThread().join();
    }
    db.close();
  }

  private static void run(String launcher, String url, String... args) throws IOException, InterruptedException {
    StringBuilder shown = new StringBuilder("bbm");
    for (String a : args) {
      shown.append(' ').append(a.contains("[") || a.contains("\\") ? "'" + a + "'" : a);
    }
    System.out.println();
    System.out.println("$ " + shown);
    System.out.flush();
    ProcessBuilder pb = new ProcessBuilder(new java.util.ArrayList<>(List.of(launcher)));
    pb.command().addAll(List.of(args));
    pb.environment().put("BBM_DATABASE_URL", url);
    // the demo's database has no Sidekiq, so finalize need not wait for one after fencing
    pb.environment().put("BBM_SIDEKIQ_GRACE", "0");
    pb.inheritIO();
    int code = pb.start().waitFor();
    System.out.println("(exit " + code + ")");
  }
}
