import DataLoader from 'dataloader';
import type { Page, PageRequest } from '../../persistence/repositories/page.js';

/** One parent's page of children: a nested connection's question. */
export interface ParentPageKey {
  readonly parentId: string;
  readonly page: PageRequest;
}

/** Answers the same page for many parents, with an entry for each parent asked. */
export type LoadPagesByParent<T> = (parentIds: readonly string[], page: PageRequest) => Promise<Map<string, Page<T>>>;

function pageKey(page: PageRequest): string {
  return `${page.limit}|${page.after ?? ''}`;
}

function cacheKey(key: ParentPageKey): string {
  return `${key.parentId}|${pageKey(key.page)}`;
}

/**
 * Pages of children per parent. The parents of one tick that ask for the same page (a nested
 * connection asks each parent for its first N) are answered by one call of `load`; parents asking
 * for different pages (after different cursors) by one call per distinct page.
 */
export function parentPagesLoader<T>(load: LoadPagesByParent<T>): DataLoader<ParentPageKey, Page<T>, string> {
  return new DataLoader(
    async (keys) => {
      const parentsByPage = new Map<string, { page: PageRequest; parentIds: string[] }>();
      for (const key of keys) {
        const group = parentsByPage.get(pageKey(key.page)) ?? { page: key.page, parentIds: [] };
        group.parentIds.push(key.parentId);
        parentsByPage.set(pageKey(key.page), group);
      }
      const answers = new Map<string, Page<T>>();
      for (const { page, parentIds } of parentsByPage.values()) {
        const pages = await load(parentIds, page);
        for (const parentId of parentIds) answers.set(cacheKey({ parentId, page }), pages.get(parentId)!);
      }
      return keys.map((key) => answers.get(cacheKey(key))!);
    },
    { cacheKeyFn: cacheKey },
  );
}
