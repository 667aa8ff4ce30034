/**
 * The database's schema cannot be used by this build. Raised at start-up, before serving; like
 * `ConfigError` it stops the process and is never shown to an API client, so it is not a
 * `RolegateError`.
 */
export class SchemaVersionError extends Error {
  /** Executed migrations this build does not know, in the order they ran. */
  readonly unknownMigrations: readonly string[];

  constructor(unknownMigrations: readonly string[], latestKnown: string | undefined) {
    const at = unknownMigrations[unknownMigrations.length - 1];
    super(
      `The database schema is at migration ${at}, newer than this Rolegate build knows ` +
        `(latest ${latestKnown ?? 'none'}); upgrade Rolegate, or point ROLEGATE_DATABASE_URL at another database.`,
    );
    this.name = 'SchemaVersionError';
    this.unknownMigrations = unknownMigrations;
  }
}
