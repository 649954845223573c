package dev.bbm.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * GitLab's batching strategy classes that bbm can run, so that a strategy is a value and never a
 * string or a flag; job definitions name them by key, migration rows by class name.
 */
public enum BatchingKind {
  PRIMARY_KEY("primary_key", "PrimaryKeyBatchingStrategy"),
  LOOSE_INDEX_SCAN("loose_index_scan", "LooseIndexScanBatchingStrategy");

  private final String key;
  private final String className;

  BatchingKind(String key, String className) {
    this.key = key;
    this.className = className;
  }

  /** The spelling in a job definition, {@code primary_key}. */
  public String key() {
    return key;
  }

  /** GitLab's class, {@code PrimaryKeyBatchingStrategy}. */
  public String className() {
    return className;
  }

  /** The kind a job definition's {@code batching} names. */
  public static Optional<BatchingKind> ofKey(String key) {
    return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
  }

  /** The kind a migration row's batch_class_name names (with or without its module). */
  public static Optional<BatchingKind> ofClassName(String batchClassName) {
    String bare = JobClassNames.withoutModule(batchClassName);
    return Arrays.stream(values()).filter(k -> k.className.equals(bare)).findFirst();
  }

  /** The class names bbm knows, for messages. */
  public static String knownClassNames() {
    return Arrays.stream(values()).map(BatchingKind::className).collect(Collectors.joining(", "));
  }
}
