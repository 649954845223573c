package dev.bbm.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The shipped index of thin subclasses: every line resolves to a parent bbm runs, nothing else does. */
class AncestryTest {
  @Test
  void everyShippedSubclassResolvesToItsParent() throws Exception {
    String text = new String(Objects.requireNonNull(getClass().getClassLoader()
        .getResourceAsStream(Ancestry.RESOURCE)).readAllBytes(), StandardCharsets.UTF_8);
    Ancestry index = Ancestry.parse(text);
    JobRegistry registry = JobRegistry.load();
    long lines = text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).count();
    assertEquals(lines, index.size(), "one subclass a line, none twice");
    assertTrue(index.size() >= 1);
    for (String line : text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList()) {
      String[] f = line.split("\t");
      assertEquals(3, f.length, line);
      assertTrue(f[0].matches("[A-Z][A-Za-z0-9]*") && (f[2].startsWith("lib/gitlab/background_migration/")
          || f[2].startsWith("ee/")), line);
      JobKind parent = registry.find(f[1]).orElseThrow(() -> new AssertionError("unknown parent: " + line));
      assertEquals(f[1], parent.name(), line);
      assertEquals(parent, registry.find(f[0]).orElseThrow(), line);
      assertEquals(parent, registry.find("::Gitlab::BackgroundMigration::" + f[0]).orElseThrow(), line);
    }
    assertTrue(registry.find("BackfillSomethingGitLabNeverWrote").isEmpty());
  }
}
