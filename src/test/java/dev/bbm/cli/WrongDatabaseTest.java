package dev.bbm.cli;

import static dev.bbm.domain.ExitCode.FAILURE;
import static dev.bbm.domain.ExitCode.OK;
import static dev.bbm.domain.ExitCode.USAGE;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.testing.CliRunner;
import dev.bbm.testing.GitlabLayout;
import dev.bbm.testing.PostgresServer;
import dev.bbm.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * A database without GitLab's tables: the sentence names the database and user bbm actually reached
 * (as the server reports them), and for libpq's default database says where GitLab's usually is.
 */
class WrongDatabaseTest {
  @Test
  void namesTheDatabaseAndUserItReached() {
    try (TestDatabase db = TestDatabase.createEmpty()) {
      String user = (String) db.scalar("SELECT current_user");
      CliRunner.Result r = CliRunner.against(db).run("status");
      assertThat(r).exitedWith(FAILURE);
      assertEquals(1, r.err().lines().filter(l -> !l.isBlank()).count(), r.err());
      assertTrue(r.err().contains("connected to database \"" + db.name() + "\" as user \"" + user + "\" on "),
          r.err());
      assertTrue(r.err().contains("is this a GitLab database"), r.err());
      assertFalse(r.err().contains("gitlabhq_production"), "a named database gets no guess: " + r.err());
    }
  }

  @Test
  void theDefaultDatabaseGetsGitlabsUsualName() {
    TestDatabase postgres = TestDatabase.onExisting(PostgresServer.get(), "postgres");
    CliRunner.Result r = CliRunner.against(postgres).run("status");
    assertThat(r).exitedWith(FAILURE);
    assertTrue(r.err().contains("connected to database \"postgres\" as user \""), r.err());
    assertTrue(r.err().contains("GitLab's database is usually gitlabhq_production: name it with -d"
        + " gitlabhq_production"), r.err());
  }

  @Test
  void aDatabaseOptionThatIsNoGitlabDatabaseIsTakenForDashD() {
    try (TestDatabase db = TestDatabase.create(GitlabLayout.SINCE_17_6)) {
      CliRunner.Result r = CliRunner.against(db).run("status", "--database", "gitlabhq_production");
      assertThat(r).exitedWith(USAGE);
      assertEquals("bbm: --database gitlabhq_production is not one of GitLab's databases (main, ci, sec, embedding,"
          + " geo, main_clusterwide); did you mean -d gitlabhq_production (the PostgreSQL database to connect to)?",
          r.err().strip());
      assertThat(CliRunner.against(db).run("status", "--database", "ci")).exitedWith(OK);
    }
  }
}
