package dev.bbm.faults;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints the fault suite's summary after the last test of the run, whichever engine ran it
 * (JUnit Jupiter for the fault cases, jqwik for the properties), and writes it to
 * target/faults-summary.txt. Registered in META-INF/services; silent when no fault case ran.
 */
public final class FaultSummaryListener implements TestExecutionListener {
  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    if (!FaultLedger.anything()) {
      return;
    }
    FaultLedger.write();
    System.out.println();
    System.out.print(FaultLedger.summary());
    System.out.flush();
  }
}
