/** The command line was wrong: the CLI prints the message and its usage, and exits with 1. */
export class UsageError extends Error {}
