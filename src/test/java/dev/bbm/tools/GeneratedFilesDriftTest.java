package dev.bbm.tools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed completions/ and man/ must be exactly what the generators write for today's tree.
 * Under mvn the build has just rewritten them (process-test-classes), so there this mostly proves the
 * output is deterministic; uncommitted changes show in CI's git diff --exit-code completions man.
 */
class GeneratedFilesDriftTest {
  private static final String HINT = "; run mvn package and commit completions/ and man/";

  @Test
  void completionsMatchTheCommittedFiles(@TempDir Path tmp) throws IOException {
    CompletionWriter.main(new String[] {tmp.toString()});
    assertSameFiles(tmp, Path.of("completions"));
  }

  @Test
  void manPagesMatchTheCommittedFiles(@TempDir Path tmp) throws IOException {
    ManPageWriter.main(new String[] {tmp.toString(), Versions.project()});
    assertSameFiles(tmp, Path.of("man"));
  }

  @Test
  void generatedFilesUseLfOnly(@TempDir Path tmp) throws IOException {
    CompletionWriter.main(new String[] {tmp.toString()});
    ManPageWriter.main(new String[] {tmp.toString(), Versions.project()});
    for (Path p : list(tmp)) {
      assertTrue(Files.readString(p).indexOf('\r') < 0, p + " contains CR");
    }
  }

  @Test
  void generationIsDeterministic(@TempDir Path tmp) throws IOException {
    Path a = Files.createDirectory(tmp.resolve("a"));
    Path b = Files.createDirectory(tmp.resolve("b"));
    for (Path dir : List.of(a, b)) {
      CompletionWriter.main(new String[] {dir.toString()});
      ManPageWriter.main(new String[] {dir.toString(), "1.2.3"});
    }
    assertSameFiles(a, b);
  }

  @Test
  void stalePagesAreRemoved(@TempDir Path tmp) throws IOException {
    Files.writeString(tmp.resolve("bbm-gone.1"), "old");
    Files.writeString(tmp.resolve("other.1"), "not ours");
    ManPageWriter.main(new String[] {tmp.toString(), "1.2.3"});
    assertTrue(Files.notExists(tmp.resolve("bbm-gone.1")));
    assertTrue(Files.exists(tmp.resolve("other.1")));
  }

  private static void assertSameFiles(Path generated, Path committed) throws IOException {
    assertTrue(Files.isDirectory(committed), committed.toAbsolutePath() + " is missing" + HINT);
    assertEquals(names(generated), names(committed), "the files in " + committed + " differ" + HINT);
    for (Path g : list(generated)) {
      Path c = committed.resolve(g.getFileName().toString());
      assertArrayEquals(Files.readAllBytes(g), Files.readAllBytes(c), c + " is not what the build generates" + HINT);
    }
  }

  private static List<String> names(Path dir) throws IOException {
    return list(dir).stream().map(p -> p.getFileName().toString()).collect(Collectors.toList());
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
    }
  }
}
