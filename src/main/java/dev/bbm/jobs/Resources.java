package dev.bbm.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * bbm's own text files on the classpath (the shipped job definitions and their index, the catalog,
 * the index of thin subclasses), read the one way: UTF-8, and a read error is bbm's own fault.
 */
final class Resources {
  private Resources() {}

  /** The resource's text, or empty when the jar lacks it (the catalog and the index are optional). */
  static String readOrEmpty(String path) {
    String text = read(path);
    return text == null ? "" : text;
  }

  /** The resource's text; the jar must hold it (the shipped definitions). */
  static String require(String path) {
    String text = read(path);
    if (text == null) {
      throw new IllegalStateException("bbm is missing its resource " + path);
    }
    return text;
  }

  private static String read(String path) {
    try (InputStream in = Resources.class.getClassLoader().getResourceAsStream(path)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("bbm could not read its resource " + path, e);
    }
  }
}
