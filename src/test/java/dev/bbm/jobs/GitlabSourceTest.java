package dev.bbm.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading GitLab's class declarations: file names as Rails builds them, parents, and bodies of their own. */
class GitlabSourceTest {
  @TempDir
  Path root;

  @Test
  void fileNamesAreRailsUnderscore() {
    assertEquals("backfill_ci_job_artifact_states_project_id", GitlabSource.underscore("BackfillCiJobArtifactStatesProjectId"));
    assertEquals("backfill_vs_code_settings", GitlabSource.underscore("BackfillVSCodeSettings"));
    assertEquals("migrate_to_ssf_v2", GitlabSource.underscore("MigrateToSsfV2"));
    assertEquals("html5_parser", GitlabSource.underscore("HTML5Parser"));
  }

  @Test
  void onlyRubyConstantsBecomeFileNames() {
    assertFalse(GitlabSource.isConstant("../../etc/passwd"));
    assertFalse(GitlabSource.isConstant("Foo/../Bar"));
    assertFalse(GitlabSource.isConstant("foo"));
    assertFalse(GitlabSource.isConstant(""));
    assertTrue(GitlabSource.isConstant("BackfillFoo_2"));
    GitlabSource source = new GitlabSource(root);
    assertThrows(IllegalArgumentException.class, () -> source.candidates("../Foo"));
  }

  @Test
  void aThinSubclassNamesItsParentWithoutTheModule() {
    GitlabSource.Declaration d = GitlabSource.parse("BackfillX", Path.of("x.rb"), List.of(
        "# frozen_string_literal: true", "", "module Gitlab", "  module BackgroundMigration",
        "    # rubocop: disable Migration/BackgroundMigrationBaseClass -- inherits from BatchedMigrationJob.",
        "    class BackfillX < ::Gitlab::BackgroundMigration::BackfillDesiredShardingKeyJob",
        "      operation_name :backfill_x", "      feature_category :database", "    end",
        "    # rubocop: enable Migration/BackgroundMigrationBaseClass", "  end", "end", ""));
    assertTrue(d.thin());
    assertEquals("BackfillDesiredShardingKeyJob", d.parent());
  }

  @Test
  void anythingElseIsABodyOfItsOwnAtItsLine() {
    GitlabSource.Declaration d = GitlabSource.parse("BackfillX", Path.of("x.rb"), List.of(
        "module Gitlab", "  module BackgroundMigration", "    class BackfillX < BatchedMigrationJob",
        "      feature_category :database", "", "      def perform; end", "    end", "  end", "end",
        "Gitlab::BackgroundMigration::BackfillX.prepend_mod"));
    assertFalse(d.thin());
    assertEquals(6, d.bodyLine());
    assertEquals("def perform; end", d.bodyText());
  }

  @Test
  void aPrependedEeModuleIsABodyOfItsOwn() throws Exception {
    Path foss = Files.createDirectories(root.resolve("lib/gitlab/background_migration"));
    Files.writeString(foss.resolve("backfill_x.rb"), "class BackfillX < BackfillDesiredShardingKeyJob\nend\n");
    Path ee = Files.createDirectories(root.resolve("ee/lib/ee/gitlab/background_migration"));
    Files.writeString(ee.resolve("backfill_x.rb"), "module EE\n  module Gitlab\n    module BackgroundMigration\n"
        + "      module BackfillX\n        extend ActiveSupport::Concern\n      end\n    end\n  end\nend\n");
    GitlabSource.Declaration d = new GitlabSource(root).read("BackfillX").orElseThrow();
    assertEquals(ee.resolve("backfill_x.rb"), d.file());
    assertEquals(5, d.bodyLine());
    assertNull(new GitlabSource(root).read("BackfillY").orElse(null));
  }
}
