package dev.bbm.cli;

/**
 * A hidden command the completion scripts run while the user presses TAB: whatever goes wrong, it
 * prints nothing and exits 0, a wrong option included (see Cli's parameter handler), so that a
 * failure never writes into the user's command line.
 */
interface CompletionHelper {}
