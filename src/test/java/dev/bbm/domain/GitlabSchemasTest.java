package dev.bbm.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** GitLab's gitlab_schemas_for_connection, as bbm applies it to batched migrations. */
class GitlabSchemasTest {
  @Test
  void aSingleMainDatabaseShowsEverything() {
    GitlabSchemas.Scope main = GitlabSchemas.scope("main", List.of("main"));
    assertEquals(GitlabSchemas.Scope.ALL, main);
    for (String s : List.of("gitlab_main", "gitlab_ci", "gitlab_sec", "gitlab_shared", "gitlab_something_new")) {
      assertTrue(main.includes(s), s);
    }
    assertEquals("every gitlab_schema", main.describe());
  }

  @Test
  void decomposedMainHidesWhatCiAndSecServe() {
    GitlabSchemas.Scope main = GitlabSchemas.scope("main", List.of("main", "ci"));
    assertFalse(main.includes("gitlab_ci"));
    assertFalse(main.includes("gitlab_ci_cell_local"));
    assertTrue(main.includes("gitlab_sec"), "sec is not a database of its own here: main serves it");
    for (String s : List.of("gitlab_main", "gitlab_main_cell", "gitlab_main_clusterwide", "gitlab_pm", "gitlab_shared",
        "gitlab_internal", "gitlab_main_something_newer")) {
      assertTrue(main.includes(s), s);
    }
    GitlabSchemas.Scope withSec = GitlabSchemas.scope("main", List.of("main", "ci", "sec"));
    assertFalse(withSec.includes("gitlab_sec"));
    assertEquals("every gitlab_schema but gitlab_ci, gitlab_ci_cell_local, gitlab_sec", withSec.describe());
  }

  @Test
  void ciAndSecShowOnlyTheirOwnAndTheSharedSchemas() {
    GitlabSchemas.Scope ci = GitlabSchemas.scope("ci", List.of("main", "ci"));
    for (String s : List.of("gitlab_ci", "gitlab_ci_cell_local", "gitlab_shared", "gitlab_internal")) {
      assertTrue(ci.includes(s), s);
    }
    for (String s : List.of("gitlab_main", "gitlab_main_cell", "gitlab_pm", "gitlab_sec")) {
      assertFalse(ci.includes(s), s);
    }
    assertEquals(ci, GitlabSchemas.scope("ci"), "a connection named ci by --database is GitLab's ci database");
    GitlabSchemas.Scope sec = GitlabSchemas.scope("sec", List.of("main", "ci", "sec"));
    assertTrue(sec.includes("gitlab_sec") && sec.includes("gitlab_shared"));
    assertFalse(sec.includes("gitlab_ci") || sec.includes("gitlab_main"));
  }

  @Test
  void rowsWithoutASchemaAndUnknownDatabasesAreNotFiltered() {
    assertTrue(GitlabSchemas.scope("ci").includes(null));
    assertEquals(GitlabSchemas.Scope.ALL, GitlabSchemas.scope("warehouse", List.of("main", "warehouse")));
  }
}
