/** A datetime column as the driver returns it in a plain row (a Date from PostgreSQL, milliseconds from SQLite). */
export function dateOf(value: Date | number | string): Date;
export function dateOf(value: Date | number | string | null): Date | null;
export function dateOf(value: Date | number | string | null): Date | null {
  return value === null ? null : new Date(value);
}
