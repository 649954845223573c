package dev.bbm.engine;

/**
 * The operator's go-ahead for a change that skips work: called once with what would change,
 * before anything changes. The CLI prints the warning there and answers from --yes or a prompt.
 */
@FunctionalInterface
public interface Confirmation {
  boolean confirm(MarkFinishedPlan plan);
}
