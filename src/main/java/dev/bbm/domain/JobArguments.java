package dev.bbm.domain;

/**
 * A migration's job_arguments, parsed once where the row is read: the value job kinds read and
 * the compact JSON text that messages and renderers show.
 *
 * @param value the parsed JSON (see {@link Json#parse})
 * @param json the value as compact JSON
 */
public record JobArguments(Object value, String json) {
  /** Parses job_arguments text; malformed text is a usage error naming {@code subject}. */
  public static JobArguments parse(String subject, String text) {
    Object value = Json.parse(subject, text);
    return new JobArguments(value, Json.write(value));
  }
}
