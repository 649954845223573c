package dev.bbm.schema;

import dev.bbm.engine.FinalizeResult;
import dev.bbm.engine.ProgressListener;
import dev.bbm.jobs.JobRegistry;
import java.sql.SQLException;

/**
 * The engine's finalize, as ensure_batched_background_migration_is_finished runs it inline: db
 * migrate asks for it through this seam, so the schema package does not reach into the engine's
 * Finalizer. The engine's BatchEngine provides it.
 */
@FunctionalInterface
public interface InlineFinalizer {
  /**
   * Finalizes one migration of this database with finalize's default options.
   *
   * @param registry the job classes db migrate loaded (the same ones it checked the queue directives against)
   * @param progress where the finalize reports, db migrate's listener
   */
  FinalizeResult finalize(long migrationId, JobRegistry registry, ProgressListener progress) throws SQLException;
}
