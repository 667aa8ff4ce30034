import { parse, validate, type DocumentNode, type GraphQLError, type GraphQLSchema } from 'graphql';
import { LruMap } from '../authz/lru-map.js';

/** Distinct operation texts remembered; dashboards send a handful, so this bounds memory, not hits. */
const MAX_ENTRIES = 1_000;

export type ParsedOperation = { readonly document: DocumentNode } | { readonly parseError: GraphQLError } | { readonly validationErrors: readonly GraphQLError[] };

/**
 * Parses and validates operation texts once each (least recently used first out). Ten thousand
 * dashboards subscribing with the same text then share one document: no repeated parse and
 * validation, one syntax tree in memory, and the same document object, by which their events'
 * results can be shared (`subscribe-per-event.ts`).
 */
export class DocumentCache {
  private readonly entries = new LruMap<string, ParsedOperation>(MAX_ENTRIES);

  constructor(private readonly schema: GraphQLSchema) {}

  get(query: string): ParsedOperation {
    const cached = this.entries.get(query);
    if (cached) return cached;
    const parsed = this.parse(query);
    this.entries.set(query, parsed);
    return parsed;
  }

  private parse(query: string): ParsedOperation {
    let document: DocumentNode;
    try {
      document = parse(query);
    } catch (error) {
      return { parseError: error as GraphQLError };
    }
    const validationErrors = validate(this.schema, document);
    return validationErrors.length > 0 ? { validationErrors } : { document };
  }
}
