package dev.bbm.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The migration a selection that matched nothing was probably meant to name: an id one digit edit
 * or swap away, or a configuration whose class, table and column are each at most two edits away
 * and whose job arguments hold the same words but for one, so that a typo gets "did you mean".
 */
public final class NearMatch {
  private static final int NAME_EDITS = 2;

  private NearMatch() {}

  /** The nearest of {@code candidates} to {@code selection}, if any is near; never an exact match. */
  public static Optional<BatchedMigration> of(Selection selection, List<BatchedMigration> candidates) {
    Comparator<Scored> best = Comparator.<Scored>comparingInt(Scored::score)
        .thenComparingLong(s -> s.migration().id());
    List<Scored> near = new ArrayList<>();
    for (BatchedMigration m : candidates) {
      int score = selection instanceof Selection.ById byId ? idScore(byId, m)
          : configurationScore((Selection.ByConfiguration) selection, m);
      if (score > 0) {
        near.add(new Scored(m, score));
      }
    }
    return near.stream().min(best).map(Scored::migration);
  }

  /** The hint for a near migration: {@code did you mean main_412 (CLASS,TABLE,COLUMN,ARGS)?}. */
  public static String hint(BatchedMigration m) {
    return "did you mean " + m.displayId() + " (" + m.configurationText() + ")?";
  }

  private static int idScore(Selection.ById byId, BatchedMigration m) {
    if (byId.id() == m.id()) {
      return 0;
    }
    return edits(Long.toString(byId.id()), Long.toString(m.id())) <= 1 ? 1 : 0;
  }

  /** Sum of the edits, or 0 when a part is too far (or nothing differs). */
  private static int configurationScore(Selection.ByConfiguration key, BatchedMigration m) {
    int job = edits(stripColons(key.jobClassName()), stripColons(m.jobClassName()));
    int table = edits(key.tableName(), m.tableName());
    int column = edits(key.columnName(), m.columnName());
    if (job > NAME_EDITS || table > NAME_EDITS || column > NAME_EDITS) {
      return 0;
    }
    int args = argumentEdits(key.jobArgumentsJson(), m.jobArgumentsJson());
    return args > 1 ? 0 : job + table + column + args;
  }

  /**
   * 0 when the arguments are the same JSON; 1 when their words (strings, numbers, keys) are the
   * same but for one, or the same words with other quoting, nesting or types; 2 when further.
   */
  static int argumentEdits(String typed, String stored) {
    if (typed.equals(stored)) {
      return 0;
    }
    Object a;
    Object b;
    try {
      a = Json.parse("job arguments", typed);
      b = Json.parse("job arguments", stored);
    } catch (BbmException notJson) {
      return 2;
    }
    if (a.equals(b)) {
      return 0;
    }
    return Math.max(1, edits(words(a, new ArrayList<>()), words(b, new ArrayList<>())));
  }

  private static List<String> words(Object value, List<String> out) {
    if (value instanceof List<?> list) {
      list.forEach(v -> words(v, out));
    } else if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> {
        out.add(String.valueOf(k));
        words(v, out);
      });
    } else {
      out.add(String.valueOf(value));
    }
    return out;
  }

  private static String stripColons(String s) {
    return s.startsWith("::") ? s.substring(2) : s;
  }

  /** Edit distance with adjacent swaps counted as one edit (optimal string alignment). */
  static int edits(String a, String b) {
    return edits(a.codePoints().mapToObj(Integer::toString).toList(),
        b.codePoints().mapToObj(Integer::toString).toList());
  }

  private static int edits(List<String> a, List<String> b) {
    int[][] d = new int[a.size() + 1][b.size() + 1];
    for (int i = 0; i <= a.size(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.size(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.size(); i++) {
      for (int j = 1; j <= b.size(); j++) {
        int cost = a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.get(i - 1).equals(b.get(j - 2)) && a.get(i - 2).equals(b.get(j - 1))) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.size()][b.size()];
  }

  private record Scored(BatchedMigration migration, int score) {}
}
