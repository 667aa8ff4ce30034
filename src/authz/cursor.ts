import { InvalidInputError } from '../domain/errors.js';
import { isId } from '../domain/ids.js';

/** What a list is ordered by; a cursor from one list is refused by another. */
export type CursorKind = 'principal' | 'scope' | 'token' | 'event';

interface CursorPayload {
  readonly k: CursorKind;
  readonly id: string;
}

/**
 * What the position in each list's cursors looks like: lists resume after an id (a UUID) or, for
 * the event log, after `revision.sequence`. Anything else was never issued, and must not reach a
 * query (PostgreSQL refuses to compare a uuid column with a non-UUID).
 */
const POSITION_SHAPE: Readonly<Record<CursorKind, (id: string) => boolean>> = {
  principal: isId,
  scope: isId,
  token: isId,
  event: (id) => /^\d{1,15}\.\d{1,9}$/.test(id),
};

/** Cursors are base64url JSON so clients treat them as opaque and the engine can still verify them. */
export function encodeCursor(kind: CursorKind, id: string): string {
  const payload: CursorPayload = { k: kind, id };
  return Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
}

/** The id a cursor resumes after; anything but a cursor this engine issued for `kind` is refused. */
export function decodeCursor(kind: CursorKind, cursor: string): string {
  const payload = parse(cursor);
  const valid = payload?.k === kind && typeof payload.id === 'string' && POSITION_SHAPE[kind](payload.id);
  // Re-encoding must give back the cursor exactly: extra fields or altered padding bits are tampering.
  if (!valid || encodeCursor(kind, payload.id!) !== cursor) {
    throw new InvalidInputError('The cursor "after" is not one this list issued; pass the endCursor of the previous page unchanged.', { after: cursor });
  }
  return payload!.id!;
}

function parse(cursor: string): Partial<CursorPayload> | undefined {
  if (typeof cursor !== 'string' || !/^[A-Za-z0-9_-]+$/.test(cursor)) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null ? (value as Partial<CursorPayload>) : undefined;
  } catch {
    return undefined;
  }
}
