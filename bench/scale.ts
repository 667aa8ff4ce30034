/**
 * Does a permission question cost the same in a small and a large organization?
 *
 * For SQLite and PostgreSQL, and for organizations of 10,000, 100,000 and 1,000,000 grants (ten
 * grants per principal, a hundred per project, three environments per project: the whole
 * organization grows, its density does not), seeds a throwaway database with `rolegate seed`'s
 * use case and times, one at a time, through the database store and the permission engine (what
 * a request runs, without the HTTP server's own cost and noise), the three sizes of a database in
 * the same interleaved rounds:
 * - effectivePermissions of a principal at an environment;
 * - whoCan "who can deploy to this environment" (environment.deploy WRITE, first 50);
 * - two pages of listings that grow with the organization, which must not: accessEvents, the audit
 *   log's first page about a principal (first 50), and organizationMembers, a page of the
 *   organization's members (first 50, after a random principal id).
 * Prints each latency and the ratio of the largest organization's p50 to the smallest's. Ends with
 * `RESULT scale ratio=<the worse ratio of effectivePermissions and whoCan on the two databases>
 * pages_ratio=<the worst of the two pages'>`.
 */
import { PermissionEngine } from '../src/authz/permission-engine.js';
import { DatabaseGrantStore } from '../src/persistence/database-grant-store.js';
import { AccessEventRepository } from '../src/persistence/repositories/access-event.repository.js';
import { RoleAssignmentRepository } from '../src/persistence/repositories/role-assignment.repository.js';
import { openDatabase } from '../src/persistence/orm.js';
import type { Dialect } from '../src/persistence/orm-options.js';
import { benchmarkNamed } from './benchmarks.js';
import { formatTable, resultLine, roundSensibly } from './lib/format.js';
import { collectGarbage, measureCases, type Case, type CaseSummary, type MeasureOptions } from './lib/measure.js';
import { RequestDraw } from './lib/request-draw.js';
import { organizationOfSize, seedThrowawayDatabase } from './lib/seeded-database.js';
import { describeVerdict } from './lib/targets.js';
import { BENCH_DIALECTS } from './lib/throwaway-database.js';

const SEED = 20_261_123;
const SIZES = [10_000, 100_000, 1_000_000] as const;
const REQUESTS = 10_000;
const MEASURE: MeasureOptions = { rounds: 5, roundMs: 2_000, warmupMs: 2_000 };
const OPERATIONS = ['effectivePermissions', 'whoCan', 'accessEvents', 'organizationMembers'] as const;

type Operation = (typeof OPERATIONS)[number];

/** What the issue's `ratio` covers; the pages have their own. */
const PERMISSION_QUESTIONS: readonly Operation[] = ['effectivePermissions', 'whoCan'];

interface Measured {
  readonly dialect: Dialect;
  readonly grants: number;
  readonly summaries: ReadonlyMap<Operation, CaseSummary>;
}

interface Opened {
  readonly grants: number;
  readonly cases: readonly Case[];
  close(): Promise<void>;
}

/** A seeded database of the size, open, with a timed case per operation. */
async function open(dialect: Dialect, grants: number): Promise<Opened> {
  const { database, dataset } = await seedThrowawayDatabase(dialect, organizationOfSize(grants, SEED));
  const db = await openDatabase(database.config);
  const draw = new RequestDraw(dataset, SEED);
  const asked = Array.from({ length: REQUESTS }, () => draw.principalAtEnvironment());
  const environments = Array.from({ length: REQUESTS }, () => draw.environment());
  // Each operation gets a fresh unit of work, as a request would.
  const engine = () => new PermissionEngine(new DatabaseGrantStore(db.fork()));
  const operations: Record<Operation, Case['op']> = {
    effectivePermissions: (i) => {
      const { principalId, scope } = asked[i % REQUESTS]!;
      return engine().effectivePermissions(principalId, scope);
    },
    whoCan: (i) => engine().whoCan({ permissionKey: 'environment.deploy', access: 'WRITE', scope: environments[i % REQUESTS]!, first: 50 }),
    accessEvents: (i) => new AccessEventRepository(db.fork()).ofOrganization({ organizationId: dataset.organizationId, principalId: asked[i % REQUESTS]!.principalId, limit: 50 }),
    organizationMembers: (i) => new RoleAssignmentRepository(db.fork()).atScopes('ORGANIZATION', [dataset.organizationId], { limit: 50, after: asked[i % REQUESTS]!.principalId }),
  };
  return {
    grants,
    cases: OPERATIONS.map((operation) => ({ name: `${operation} ${grants}`, op: operations[operation] })),
    close: async () => {
      await db.close();
      await database.drop();
    },
  };
}

/**
 * All sizes of one database are open at once and timed in the same interleaved rounds, so a
 * change in the machine's load, or the JIT warming up, affects every size alike.
 */
async function measureDialect(dialect: Dialect): Promise<Measured[]> {
  const opened: Opened[] = [];
  try {
    for (const grants of SIZES) opened.push(await open(dialect, grants));
    collectGarbage();
    const summaries = await measureCases(
      opened.flatMap((o) => o.cases),
      MEASURE,
    );
    const byName = new Map(summaries.map((s) => [s.name, s]));
    return opened.map((o) => ({
      dialect,
      grants: o.grants,
      summaries: new Map(OPERATIONS.map((operation) => [operation, byName.get(`${operation} ${o.grants}`)!])),
    }));
  } finally {
    for (const o of opened) await o.close();
  }
}

function ratioOf(measured: readonly Measured[], dialect: Dialect, operation: Operation): number {
  const p50 = (grants: number) => measured.find((m) => m.dialect === dialect && m.grants === grants)!.summaries.get(operation)!.p50Us;
  return p50(SIZES[SIZES.length - 1]) / p50(SIZES[0]);
}

async function main(): Promise<void> {
  const measured: Measured[] = [];
  for (const dialect of BENCH_DIALECTS) measured.push(...(await measureDialect(dialect)));
  console.log(`\nmedians of ${MEASURE.rounds} rounds of ${MEASURE.roundMs} ms per operation and size, interleaved, one operation at a time`);
  const rows = measured.flatMap((m) =>
    OPERATIONS.map((operation) => {
      const s = m.summaries.get(operation)!;
      return [m.dialect, operation, `${m.grants}`, `${Math.round(s.opsPerSecond)}`, `${roundSensibly(s.p50Us)}`, `${roundSensibly(s.p99Us)}`];
    }),
  );
  console.log(formatTable(['database', 'operation', 'grants', 'ops/s', 'p50 µs', 'p99 µs'], rows));

  console.log(`\np50 at ${SIZES[SIZES.length - 1]} grants over p50 at ${SIZES[0]}:`);
  const worst = { questions: 0, pages: 0 };
  for (const dialect of BENCH_DIALECTS) {
    for (const operation of OPERATIONS) {
      const ratio = ratioOf(measured, dialect, operation);
      if (PERMISSION_QUESTIONS.includes(operation)) worst.questions = Math.max(worst.questions, ratio);
      else worst.pages = Math.max(worst.pages, ratio);
      console.log(`  ${dialect} ${operation}: ${roundSensibly(ratio)}`);
    }
  }
  const metrics: Record<string, number> = { ratio: roundSensibly(worst.questions), pages_ratio: roundSensibly(worst.pages) };
  for (const target of benchmarkNamed('scale').targets) console.log(`target ${describeVerdict(target, metrics[target.metric]!)}`);
  console.log(resultLine('scale', metrics));
}

await main();
