import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { ConflictError } from '../../domain/errors.js';

/** Runs a write; a unique-constraint violation becomes a `ConflictError` with the given message. */
export async function conflictOnDuplicate<T>(write: () => Promise<T>, message: string, details: Record<string, unknown> = {}): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw new ConflictError(message, details);
    throw error;
  }
}
