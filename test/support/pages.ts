import { expect } from 'vitest';

/** One page of a Relay connection, as the generated documents type it. */
export interface ConnectionPage<TNode> {
  readonly edges: readonly { readonly cursor?: string; readonly node: TNode }[];
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor?: string | null };
}

/**
 * Follows a connection from its first page to its last through `endCursor`, checking on the way
 * that each page's endCursor is the cursor of its last edge. Returns the nodes and the page count.
 */
export async function everyPage<TNode>(fetchPage: (after: string | undefined) => Promise<ConnectionPage<TNode>>): Promise<{ nodes: TNode[]; pages: number }> {
  const nodes: TNode[] = [];
  let after: string | undefined;
  for (let pages = 1; ; pages++) {
    const page = await fetchPage(after);
    nodes.push(...page.edges.map((edge) => edge.node));
    const lastCursor = page.edges.at(-1)?.cursor;
    if (lastCursor !== undefined) expect(page.pageInfo.endCursor).toBe(lastCursor);
    if (!page.pageInfo.hasNextPage) return { nodes, pages };
    after = page.pageInfo.endCursor!;
  }
}
