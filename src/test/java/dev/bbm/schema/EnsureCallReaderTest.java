package dev.bbm.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.domain.Selection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** EnsureCallReader over the shapes of GitLab's own finalizing migrations (db/post_migrate). */
class EnsureCallReaderTest {
  private static Selection.ByConfiguration only(EnsureCallReader.Result r) {
    assertEquals(1, r.calls().size(), r.toString());
    return r.calls().get(0).configuration().orElseThrow(() -> new AssertionError(r.calls().get(0).problems()));
  }

  @Test
  void literalArgumentsWithSymbols() {
    EnsureCallReader.Result r = EnsureCallReader.read("""
        # frozen_string_literal: true

        class FinalizeHkBackfillBulkImportFailuresNamespaceId < Gitlab::Database::Migration[2.3]
          milestone '18.2'

          disable_ddl_transaction!

          restrict_gitlab_migration gitlab_schema: :gitlab_main_org

          def up
            ensure_batched_background_migration_is_finished(
              job_class_name: 'BackfillBulkImportFailuresNamespaceId',
              table_name: :bulk_import_failures,
              column_name: :id,
              job_arguments: [:namespace_id, :bulk_import_entities, :namespace_id, :bulk_import_entity_id],
              finalize: true
            )
          end

          def down; end
        end
        """);
    assertEquals("gitlab_main_org", r.gitlabSchema());
    assertEquals(new Selection.ByConfiguration("BackfillBulkImportFailuresNamespaceId", "bulk_import_failures", "id",
        "[\"namespace_id\",\"bulk_import_entities\",\"namespace_id\",\"bulk_import_entity_id\"]"), only(r));
    assertEquals(11, r.calls().get(0).line());
    assertNull(r.calls().get(0).caveat());
    assertTrue(r.calls().get(0).finalizes());
  }

  @Test
  void constantsOfTheFileAndWordLists() {
    EnsureCallReader.Result r = EnsureCallReader.read("""
        class EnsureBackfillForCiSourcesPipelinesPipelineIdIsFinished < Gitlab::Database::Migration[2.1]
          include Gitlab::Database::MigrationHelpers::ConvertToBigint

          restrict_gitlab_migration gitlab_schema: :gitlab_ci
          disable_ddl_transaction!

          TABLE_NAME = :ci_sources_pipelines
          MIGRATION = "CopyColumnUsingBackgroundMigrationJob".freeze

          def up
            ensure_batched_background_migration_is_finished(
              job_class_name: MIGRATION,
              table_name: TABLE_NAME,
              column_name: 'id',
              job_arguments: [
                %w[pipeline_id source_pipeline_id],
                %w[pipeline_id_convert_to_bigint source_pipeline_id_convert_to_bigint]
              ],
              finalize: false
            )
          end

          def down
            # no-op
          end
        end
        """);
    assertEquals(new Selection.ByConfiguration("CopyColumnUsingBackgroundMigrationJob", "ci_sources_pipelines", "id",
        "[[\"pipeline_id\",\"source_pipeline_id\"],"
            + "[\"pipeline_id_convert_to_bigint\",\"source_pipeline_id_convert_to_bigint\"]]"), only(r));
    assertFalse(r.calls().get(0).finalizes());
  }

  @Test
  void loopsAndBlockVariablesAreCaveatsAndUnreadable() {
    EnsureCallReader.Result r = EnsureCallReader.read("""
        class EnsureBackfillForSharedRunnersDurationIsFinished < Gitlab::Database::Migration[2.1]
          restrict_gitlab_migration gitlab_schema: :gitlab_ci
          disable_ddl_transaction!

          TABLE_NAMES = %i[ci_project_monthly_usages ci_namespace_monthly_usages]

          def up
            TABLE_NAMES.each do |table_name|
              ensure_batched_background_migration_is_finished(
                job_class_name: 'CopyColumnUsingBackgroundMigrationJob',
                table_name: table_name,
                column_name: 'id',
                job_arguments: [
                  %w[shared_runners_duration],
                  %w[shared_runners_duration_convert_to_bigint]
                ]
              )
            end
          end
        end
        """);
    EnsureCall call = r.calls().get(0);
    assertEquals(List.of("table_name: table_name"), call.problems());
    assertEquals("inside `TABLE_NAMES.each do |table_name|` (line 8)", call.caveat());
  }

  @Test
  void conditionalsSplatsAndMethodCalls() {
    EnsureCallReader.Result r = EnsureCallReader.read("""
        class FinalizeBackfillMergeRequestDiffCommitsToPartitioned < Gitlab::Database::Migration[2.3]
          disable_ddl_transaction!

          MIGRATION = 'BackfillMergeRequestDiffCommitsToPartitioned'

          def up
            if Gitlab.com_except_jh?
              finalize_configurations_for(MIGRATION) do |config|
                ensure_batched_background_migration_is_finished(
                  **config.slice(:job_class_name, :table_name, :column_name, :job_arguments).symbolize_keys
                )
              end
            else
              # Self-managed: single migration against the main table.
              ensure_batched_background_migration_is_finished(
                job_class_name: MIGRATION,
                table_name: :merge_request_diff_commits,
                column_name: :merge_request_diff_id,
                job_arguments: ['merge_request_diff_commits_b5377a7a34']
              )
            end
            ensure_batched_background_migration_is_finished(
              job_class_name: "Backfill#{MIGRATION}",
              table_name: Gitlab::Database::PARTITIONED_TABLE,
              column_name: column_for(:id),
              job_arguments: []
            )
          end

          def down
            ensure_batched_background_migration_is_finished(job_class_name: 'X', table_name: :x,
              column_name: :id, job_arguments: [])
          end
        end
        """);
    assertEquals(3, r.calls().size(), "the call in down is left out");
    assertEquals(List.of("cannot read the argument **config.slice(:job_class_name, :table_name, :column_name,"
        + " :job_arguments).symbolize_keys"), r.calls().get(0).problems());
    assertEquals("inside `finalize_configurations_for(MIGRATION) do |config|` (line 8)", r.calls().get(0).caveat());
    assertEquals("inside `if Gitlab.com_except_jh?` (line 7)", r.calls().get(1).caveat());
    assertEquals("[\"merge_request_diff_commits_b5377a7a34\"]",
        r.calls().get(1).configuration().orElseThrow().jobArgumentsJson());
    assertEquals(List.of("job_class_name: \"Backfill#{MIGRATION}\"",
        "table_name: Gitlab::Database::PARTITIONED_TABLE", "column_name: column_for(:id)"), r.calls().get(2).problems());
    assertNull(r.calls().get(2).caveat());
  }

  @Test
  void guardsModifiersHelpersAndCommandCalls() {
    EnsureCallReader.Result r = EnsureCallReader.read("""
        class FinalizeDeleteOrphanedStageRecords < Gitlab::Database::Migration[2.2]
          MIGRATION = 'DeleteOrphanedStageRecords'
          ARGS = [1, -2, nil, true] # trailing comment

          def up
            force_finish if Gitlab.com_except_jh?
            ensure_batched_background_migration_is_finished job_class_name: MIGRATION, table_name: :p_ci_stages,
              column_name: :pipeline_id, job_arguments: ARGS
            return unless Gitlab.dev_or_test_env?

            ensure_batched_background_migration_is_finished(job_class_name: MIGRATION, table_name: :x,
              column_name: :id, job_arguments: []) if Feature.enabled?(:x)
          end

          private

          def force_finish
            sql = <<~SQL
              UPDATE batched_background_migrations SET status = 3 -- it's "done"
            SQL
            ensure_batched_background_migration_is_finished(job_class_name: OTHER, table_name: :y,
              column_name: :id, job_arguments: [])
          end
        end
        """);
    assertEquals(3, r.calls().size());
    assertEquals(new Selection.ByConfiguration("DeleteOrphanedStageRecords", "p_ci_stages", "pipeline_id",
        "[1,-2,null,true]"), r.calls().get(0).configuration().orElseThrow());
    assertNull(r.calls().get(0).caveat(), "a modifier if on another statement is no caveat");
    assertEquals("after `return unless Gitlab.dev_or_test_env?` (line 9)", r.calls().get(1).caveat());
    assertEquals("inside `def force_finish` (line 17), which up may or may not call", r.calls().get(2).caveat());
    assertEquals(List.of("job_class_name: OTHER (OTHER is not assigned in this file)"), r.calls().get(2).problems());
  }

  @Test
  void aModifierAfterTheCallIsACaveat() {
    EnsureCallReader.Result r = EnsureCallReader.read("""
        def up
          ensure_batched_background_migration_is_finished(job_class_name: 'A', table_name: :x,
            column_name: :id, job_arguments: []) if Feature.enabled?(:x)
        end
        """);
    assertEquals("followed by `if Feature.enabled?(:x)`", r.calls().get(0).caveat());
  }
}
