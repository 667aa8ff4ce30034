import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { printRolegateSchema } from '../../src/graphql/emit-schema.js';

describe('the committed schema', () => {
  it('is exactly the schema the gateway serves (run `npm run emit:schema` after changing a type or resolver)', async () => {
    const committed = await readFile(new URL('../../schema/schema.graphql', import.meta.url), 'utf8');
    expect(await printRolegateSchema()).toBe(committed);
  });
});
