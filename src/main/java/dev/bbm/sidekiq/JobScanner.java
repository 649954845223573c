package dev.bbm.sidekiq;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;
import redis.clients.jedis.resps.Tuple;

/**
 * Reads Sidekiq's lists and sorted sets in pages and keeps the entries that contain a string;
 * exists so that a queue of a million jobs never arrives in one reply and no scan blocks the Redis
 * that a live Sidekiq uses (no Lua, no whole-key reads).
 *
 * <p>Entries are read as bytes and kept only when they are valid UTF-8, so that each entry's
 * {@code String} turns back into exactly the stored bytes for ZREM/LREM. A key that changes during a
 * scan (Sidekiq pushing and popping) may make an entry appear twice; duplicates are dropped. As with
 * Sidekiq's own API, the result is a snapshot that is not atomic.
 */
final class JobScanner {
  static final int PAGE = 1000;

  /** One entry and its sorted-set score (null for a list entry). */
  record Entry(String raw, Double score) {}

  private JobScanner() {}

  /**
   * The entries of a list in the order Sidekiq takes them: BRPOP takes the tail, so tail first.
   * Pages are read from the head: Sidekiq's pops at the tail do not shift head indexes, and pushes
   * at the head only cause duplicates, which are dropped.
   */
  static List<Entry> list(Jedis jedis, String key, String mustContain) {
    byte[] k = key.getBytes(StandardCharsets.UTF_8);
    Set<String> seen = new LinkedHashSet<>();
    for (long start = 0; ; start += PAGE) {
      List<byte[]> page = jedis.lrange(k, start, start + PAGE - 1);
      for (byte[] bytes : page) {
        String raw = utf8(bytes);
        if (raw != null && raw.contains(mustContain)) {
          seen.add(raw);
        }
      }
      if (page.size() < PAGE) {
        break;
      }
    }
    List<Entry> entries = new ArrayList<>();
    seen.forEach(raw -> entries.add(new Entry(raw, null)));
    Collections.reverse(entries);
    return entries;
  }

  /**
   * The entries of a sorted set by score, lowest (soonest) first. ZSCAN with MATCH filters on the
   * server and, unlike paging by rank, never misses an entry that stays in the set during the scan.
   */
  static List<Entry> sortedSet(Jedis jedis, String key, String mustContain) {
    byte[] k = key.getBytes(StandardCharsets.UTF_8);
    ScanParams params = new ScanParams().count(PAGE).match(("*" + globEscape(mustContain) + "*").getBytes(StandardCharsets.UTF_8));
    Map<String, Double> seen = new LinkedHashMap<>();
    byte[] cursor = ScanParams.SCAN_POINTER_START_BINARY;
    boolean done;
    do {
      ScanResult<Tuple> result = jedis.zscan(k, cursor, params);
      for (Tuple tuple : result.getResult()) {
        String raw = utf8(tuple.getBinaryElement());
        if (raw != null && raw.contains(mustContain)) {
          seen.put(raw, tuple.getScore());
        }
      }
      cursor = result.getCursorAsBytes();
      done = ScanParams.SCAN_POINTER_START.equals(result.getCursor());
    } while (!done);
    List<Entry> entries = new ArrayList<>();
    seen.forEach((raw, score) -> entries.add(new Entry(raw, score)));
    entries.sort(Comparator.comparingDouble(Entry::score).thenComparing(Entry::raw));
    return entries;
  }

  /** Redis glob patterns treat {@code * ? [ ] \} specially. */
  static String globEscape(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c == '*' || c == '?' || c == '[' || c == ']' || c == '\\') {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }

  /** Strict UTF-8, or null: a lossy decode would not match the stored bytes on removal. */
  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
