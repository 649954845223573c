package dev.bbm.bench;

import static dev.bbm.domain.ExitCode.*;
import static dev.bbm.testing.ExitCodeAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bbm.testing.CliRunner;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * scripts/bench picks up finalize --fast and --parallel from the help of the build it measures, and
 * reads picocli's refusal of an option this build lacks as "n/a", not as an error.
 */
class BenchFeaturesTest {
  private static boolean has(String help, String option) throws Exception {
    Method m = Bench.Features.class.getDeclaredMethod("has", String.class, String.class);
    m.setAccessible(true);
    return (boolean) m.invoke(null, help, option);
  }

  @Test
  void optionsAreFoundInHelpAndNotInsideOtherWords() throws Exception {
    String help = "Options:\n      --fast                 no pause; sub-batches sized to --target-ms\n"
        + "      --parallel=N           N jobs at once\n      --pause-ms MS          pause\n";
    assertTrue(has(help, "--fast"));
    assertTrue(has(help, "--parallel"));
    assertTrue(has(help, "--target-ms"));
    assertFalse(has("      --fastest  x\n      --parallelism N\n", "--fast"));
    assertFalse(has("      --fastest  x\n      --parallelism N\n", "--parallel"));
  }

  @Test
  void theHelpOfThisBuildAndItsRefusalOfAMissingOption() throws Exception {
    CliRunner.Result help = new CliRunner().run("finalize", "--help");
    assertThat(help).exitedWith(OK);
    assertTrue(has(help.out(), "--pause-ms"), help.out());
    CliRunner.Result refused = new CliRunner().run("finalize", "1", "--no-such-option-in-any-build");
    Bench.Run run = new Bench.Run(refused.exitCode(), 0.1, 0, 0, refused.out() + refused.err());
    assertTrue(run.unknownOption(), run.toString());
    assertFalse(new Bench.Run(USAGE.code(), 0.1, 0, 0, "bbm: --batch-size must be a positive number").unknownOption());
  }
}
