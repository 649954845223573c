package dev.bbm.sidekiq;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One legacy background-migration job found in Sidekiq's Redis; exists so that a caller can run it
 * and remove exactly that entry ({@link SidekiqQueues#take}) or re-enqueue it ({@link SidekiqQueues#putBack}).
 *
 * @param source         which kind of Redis structure holds it
 * @param key            the Redis key that holds it ({@code schedule}, {@code queue:default},
 *                       with the namespace prefix when there is one)
 * @param raw            the payload exactly as stored; removal matches on it byte for byte
 * @param jid            Sidekiq's job id, or null when the payload has none
 * @param queue          the queue the job runs on (its {@code queue} field; for a list entry without
 *                       one, the list's name)
 * @param migrationClass {@code args[0]} as stored (a leading {@code ::} kept)
 * @param arguments      {@code args[1]}, the migration's arguments, parsed: {@code Long} (or
 *                       {@code BigDecimal} when too big) for integers, {@code BigDecimal} for other
 *                       numbers, {@code String}, {@code Boolean}, {@code null}, nested lists and maps;
 *                       empty when the job has no {@code args[1]}, a one-element list when it is not a list
 * @param score          the sorted-set score (Unix time in seconds); null for a queue entry
 */
public record SidekiqJob(JobSource source, String key, String raw, String jid, String queue,
    String migrationClass, List<Object> arguments, Double score) {

  public SidekiqJob {
    arguments = Collections.unmodifiableList(new ArrayList<>(arguments)); // may hold JSON nulls
  }
}
