/**
 * Role assignments through the API, on SQLite and on PostgreSQL.
 *
 * For each database: seeds 100,000 grants as the http benchmark does, starts the gateway in this
 * process, and sends `assignRole` mutations from a separate autocannon process at 32 connections,
 * each giving a member a project role it does not hold (the Org Admin's token; every request a
 * different principal and project, so none conflicts). Each assignment is one transaction with its
 * ROLE_ASSIGNED event and revision; afterwards the benchmark counts both in the database and fails
 * unless every request wrote exactly one of each. Ends with
 * `RESULT writes assignments_per_s=<the slower database's> p99_ms=<the worse p99>`.
 */
import { bootstrap } from '../src/app.js';
import type { RoleKey } from '../src/domain/role-tables.js';
import type { Database } from '../src/persistence/orm.js';
import type { Dialect } from '../src/persistence/orm-options.js';
import type { SeedDataset } from '../src/persistence/seed/seed-dataset.js';
import type { SeedOptions } from '../src/persistence/seed/seed-options.js';
import { createLogger } from '../src/server/logger.js';
import { benchmarkNamed } from './benchmarks.js';
import { formatTable, resultLine, roundSensibly } from './lib/format.js';
import { collectGarbage } from './lib/measure.js';
import { SeededRandom } from '../src/persistence/seed/seeded-random.js';
import { seedThrowawayDatabase } from './lib/seeded-database.js';
import { median } from './lib/stats.js';
import { describeVerdict } from './lib/targets.js';
import { BENCH_DIALECTS } from './lib/throwaway-database.js';
import { generateLoad, type LoadResult } from './load/load-generator.js';

const SEED = 20_261_124;
const ORGANIZATION: SeedOptions = { principals: 10_000, projects: 1_000, environments: 3_000, grants: 100_000, seed: SEED, organizationName: 'bench writes' };
const CONNECTIONS = 32;
const WARMUP_REQUESTS = 300;
const ROUNDS = 3;
const REQUESTS_PER_ROUND = 1_500;

const ASSIGN_ROLE = `mutation AssignRole($principalId: ID!, $scope: ScopeInput!, $role: Role!) {
  assignRole(principalId: $principalId, scope: $scope, role: $role) { revision changes { kind principalId newRole } }
}`;

const USER_PROJECT_ROLES: readonly (readonly [RoleKey, number])[] = [['PROJECT_ADMIN', 10], ['PROJECT_ARCHITECT', 15], ['PROJECT_CONTRIBUTOR', 35], ['PROJECT_MEMBER', 40]];

/** `count` assignments of a project role to a member holding none there, each pair once. */
function assignmentBodies(dataset: SeedDataset, count: number): string[] {
  const { principals, projects, grants } = dataset.snapshot;
  const taken = new Set(grants.map((g) => `${g.principalId}|${g.scope.id}`));
  const prng = new SeededRandom(SEED);
  const bodies: string[] = [];
  while (bodies.length < count) {
    const principal = prng.pick(principals);
    const project = prng.pick(projects);
    if (taken.has(`${principal.id}|${project.id}`)) continue;
    taken.add(`${principal.id}|${project.id}`);
    const role = principal.kind === 'SERVICE_ACCOUNT' ? 'PROJECT_MEMBER' : prng.weighted(USER_PROJECT_ROLES);
    bodies.push(JSON.stringify({ query: ASSIGN_ROLE, variables: { principalId: principal.id, scope: { level: 'PROJECT', id: project.id }, role } }));
  }
  return bodies;
}

async function countRows(db: Database, table: string, where: Record<string, string> = {}): Promise<number> {
  const em = db.fork();
  const [row] = await em.execute<{ count: string | number }[]>(em.getKnex()(table).where(where).count({ count: '*' }));
  return Number(row!.count);
}

async function measure(dialect: Dialect): Promise<LoadResult[]> {
  const { database, dataset, seeded } = await seedThrowawayDatabase(dialect, ORGANIZATION);
  collectGarbage();
  const gateway = await bootstrap(database.config, { logger: createLogger('error') });
  try {
    const total = WARMUP_REQUESTS + ROUNDS * REQUESTS_PER_ROUND;
    const bodies = assignmentBodies(dataset, total);
    const before = { assignments: await countRows(gateway.db, 'role_assignment'), events: await countRows(gateway.db, 'access_event', { kind: 'ROLE_ASSIGNED' }) };
    let sent = 0;
    const load = async (amount: number) => {
      const result = await generateLoad({ url: gateway.url, token: seeded.token, bodies: bodies.slice(sent, sent + amount), connections: CONNECTIONS, amount });
      sent += amount;
      return result;
    };
    await load(WARMUP_REQUESTS);
    const rounds: LoadResult[] = [];
    for (let round = 0; round < ROUNDS; round++) rounds.push(await load(REQUESTS_PER_ROUND));
    const added = {
      assignments: (await countRows(gateway.db, 'role_assignment')) - before.assignments,
      events: (await countRows(gateway.db, 'access_event', { kind: 'ROLE_ASSIGNED' })) - before.events,
    };
    if (added.assignments !== total || added.events !== total) {
      throw new Error(`${total} assignRole requests wrote ${added.assignments} role assignments and ${added.events} ROLE_ASSIGNED events.`);
    }
    console.log(`${dialect}: ${total} assignRole requests wrote ${added.assignments} role assignments and ${added.events} ROLE_ASSIGNED events`);
    return rounds;
  } finally {
    await gateway.close();
    await database.drop();
  }
}

async function main(): Promise<void> {
  const medians = new Map<Dialect, { perSecond: number; p50Ms: number; p99Ms: number }>();
  const rows: string[][] = [];
  for (const dialect of BENCH_DIALECTS) {
    const rounds = await measure(dialect);
    const summary = {
      perSecond: median(rounds.map((r) => r.requestsPerSecond)),
      p50Ms: median(rounds.map((r) => r.p50Ms)),
      p99Ms: median(rounds.map((r) => r.p99Ms)),
    };
    medians.set(dialect, summary);
    rows.push([dialect, `${Math.round(summary.perSecond)}`, rounds.map((r) => Math.round(r.requestsPerSecond)).join(' '), `${summary.p50Ms}`, `${summary.p99Ms}`]);
  }
  console.log(`\nassignRole at ${CONNECTIONS} connections: medians of ${ROUNDS} rounds of ${REQUESTS_PER_ROUND} requests`);
  console.log(formatTable(['database', 'assignments/s', 'by round', 'p50 ms', 'p99 ms'], rows));
  const all = [...medians.values()];
  const metrics: Record<string, number> = {
    assignments_per_s: roundSensibly(Math.min(...all.map((m) => m.perSecond))),
    p99_ms: Math.max(...all.map((m) => m.p99Ms)),
  };
  for (const target of benchmarkNamed('writes').targets) console.log(`target ${describeVerdict(target, metrics[target.metric]!)}`);
  console.log(resultLine('writes', metrics));
}

await main();
