import type { RequestContext } from '../context.js';
import { awaitRevision } from '../../services/revision-gate.js';

/** Description shared by every query's `atLeastRevision` argument. */
export const AT_LEAST_REVISION = {
  nullable: true,
  description: 'Answer only once this revision (from a mutation payload) is visible: read-your-writes across gateways.',
} as const;

export function consistent(ctx: RequestContext, atLeastRevision: number | undefined): Promise<void> {
  return awaitRevision(ctx.services.context.em, atLeastRevision ?? undefined);
}
