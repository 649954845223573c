package dev.bbm.sidekiq;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One Sidekiq job payload read leniently, and the payload of its re-enqueued copy; exists to keep
 * JSON details (number types, Sidekiq 7's float seconds against Sidekiq 8's integer milliseconds)
 * out of {@link SidekiqQueues}.
 */
final class SidekiqPayload {
  /** Numbers kept exactly as written, so a re-enqueued job's arguments keep Ruby's int/float types. */
  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();
  private static final SecureRandom RANDOM = new SecureRandom();

  private final ObjectNode node;

  private SidekiqPayload(ObjectNode node) {
    this.node = node;
  }

  /** Empty for anything that is not a JSON object: such an entry is no job bbm could run. */
  static Optional<SidekiqPayload> parse(String raw) {
    try {
      JsonNode tree = JSON.readTree(raw);
      return tree instanceof ObjectNode object ? Optional.of(new SidekiqPayload(object)) : Optional.empty();
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  /** The worker class, Sidekiq's {@code job.klass}. */
  String workerClass() {
    return text(node.get("class"));
  }

  String jid() {
    return text(node.get("jid"));
  }

  String queue() {
    return text(node.get("queue"));
  }

  /** {@code args[0]}: for a background-migration worker, the migration class. */
  String migrationClass() {
    JsonNode args = node.get("args");
    return args != null && args.isArray() ? text(args.get(0)) : null;
  }

  /** {@code args[1]}: the migration's arguments. */
  List<Object> arguments() {
    JsonNode args = node.get("args");
    JsonNode second = args != null && args.isArray() ? args.get(1) : null;
    if (second == null || second.isNull()) {
      return List.of();
    }
    Object value = toJava(second);
    if (value instanceof List<?> list) {
      return new ArrayList<>(list);
    }
    List<Object> one = new ArrayList<>();
    one.add(value);
    return one;
  }

  /**
   * The payload {@code perform_async(class, args)} would push: class, args, retry and queue kept, a
   * new jid, created_at and enqueued_at now; error and retry bookkeeping dropped. Timestamps follow
   * the original's type: float seconds (Sidekiq up to 7) or integer milliseconds (Sidekiq 8).
   */
  String requeued(String queue, String newJid, Instant now) {
    ObjectNode copy = JSON.createObjectNode();
    copy.set("class", node.get("class"));
    copy.set("args", node.has("args") ? node.get("args") : JSON.createArrayNode());
    if (node.has("retry")) {
      copy.set("retry", node.get("retry"));
    }
    copy.put("queue", queue);
    copy.put("jid", newJid);
    JsonNode created = node.get("created_at");
    if (created != null && created.isIntegralNumber()) {
      copy.put("created_at", now.toEpochMilli());
      copy.put("enqueued_at", now.toEpochMilli());
    } else {
      BigDecimal seconds = BigDecimal.valueOf(now.getEpochSecond()).add(BigDecimal.valueOf(now.getNano() / 1000, 6));
      copy.put("created_at", seconds);
      copy.put("enqueued_at", seconds);
    }
    try {
      return JSON.writeValueAsString(copy);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a job payload", e);
    }
  }

  /** 24 hex digits, as Sidekiq's {@code SecureRandom.hex(12)}. */
  static String newJid() {
    byte[] bytes = new byte[12];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static String text(JsonNode value) {
    return value != null && value.isTextual() ? value.textValue() : null;
  }

  private static Object toJava(JsonNode value) {
    if (value.isArray()) {
      List<Object> list = new ArrayList<>();
      value.forEach(element -> list.add(toJava(element)));
      return Collections.unmodifiableList(list);
    }
    if (value.isObject()) {
      Map<String, Object> map = new LinkedHashMap<>();
      value.fields().forEachRemaining(e -> map.put(e.getKey(), toJava(e.getValue())));
      return Collections.unmodifiableMap(map);
    }
    if (value.isIntegralNumber()) {
      return value.canConvertToLong() ? (Object) value.longValue() : new BigDecimal(value.bigIntegerValue());
    }
    if (value.isNumber()) {
      return value.decimalValue();
    }
    if (value.isTextual()) {
      return value.textValue();
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    return null;
  }
}
