import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { printSchema } from 'graphql';
import { buildRolegateSchema } from './schema.js';

/** The committed SDL, as `npm run emit:schema` writes it and the schema test compares it. */
export async function printRolegateSchema(): Promise<string> {
  return printSchema(await buildRolegateSchema()) + '\n';
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await writeFile(new URL('../../../schema/schema.graphql', import.meta.url), await printRolegateSchema());
}
