import { ArgsType, Field, Int } from 'type-graphql';
import { decodeCursor, encodeCursor, type CursorKind } from '../../authz/cursor.js';
import type { Page as EnginePage } from '../../authz/page.js';
import { requirePageSize } from '../../authz/page.js';
import type { Page, PageRequest } from '../../persistence/repositories/page.js';
import type { ConnectionShape } from './connection.js';

export const DEFAULT_PAGE_SIZE = 50;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: 'Page size, 1 to 500. Larger requests are refused, never cut short.' })
  first!: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string;
}

/** Cursors over repository lists: opaque, and checked when read back. */
export function pageRequest(args: PageArgs, kind: CursorKind = 'scope'): PageRequest {
  return { limit: requirePageSize(args.first), after: args.after === undefined || args.after === null ? undefined : decodeCursor(kind, args.after) };
}

export function connectionOf<TRow, TNode>(
  page: Page<TRow>,
  toNode: (row: TRow) => TNode,
  keyOf: (row: TRow) => string,
  kind: CursorKind = 'scope',
): ConnectionShape<TNode> {
  const edges = page.items.map((row) => ({ cursor: encodeCursor(kind, keyOf(row)), node: toNode(row) }));
  return { edges, pageInfo: { hasNextPage: page.hasMore, endCursor: edges.at(-1)?.cursor } };
}

/** Engine pages (whoCan, accessibleScopes) already carry cursors in the engine's format. */
export function connectionOfEnginePage<TItem, TNode>(
  page: EnginePage<TItem>,
  toNode: (item: TItem) => TNode,
  keyOf: (item: TItem) => string,
  kind: CursorKind,
): ConnectionShape<TNode> {
  const edges = page.items.map((item) => ({ cursor: encodeCursor(kind, keyOf(item)), node: toNode(item) }));
  return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor } };
}
