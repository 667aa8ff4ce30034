/**
 * A configuration variable is malformed. Raised once, at start-up, before anything listens or
 * connects; the message names the variable, the value it got and the values it accepts.
 *
 * Not a `RolegateError`: that family is shown to API clients, and a bad environment never reaches
 * one — it stops the process.
 */
export class ConfigError extends Error {
  readonly variable: string;

  constructor(variable: string, value: string, accepted: string) {
    super(`${variable}=${JSON.stringify(value)} is not valid: expected ${accepted}.`);
    this.name = 'ConfigError';
    this.variable = variable;
  }
}
