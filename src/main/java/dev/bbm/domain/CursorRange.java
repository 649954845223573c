package dev.bbm.domain;

/** An inclusive range of cursor positions: what one cursor-batched job covers. */
public record CursorRange(Cursor min, Cursor max) {
  /**
   * GitLab's clamping for cursors (reference §4.2): no range when its start is past the
   * migration's max_cursor, its end cut to it.
   */
  public static CursorRange clamp(Cursor nextMin, Cursor nextMax, Cursor migrationMax) {
    if (nextMin.compareTo(migrationMax) > 0) {
      return null;
    }
    return new CursorRange(nextMin, nextMax.compareTo(migrationMax) > 0 ? migrationMax : nextMax);
  }

  @Override
  public String toString() {
    return min.json() + ".." + max.json();
  }
}
