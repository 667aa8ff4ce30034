import type { ServerResponse } from 'node:http';
import type { Database } from '../persistence/orm.js';

/**
 * `GET /health`: public, for load balancers and orchestrators. 200 when the database answers,
 * 503 otherwise; it reveals nothing about tenants.
 */
export async function respondHealth(db: Database, res: ServerResponse): Promise<void> {
  let healthy = true;
  try {
    await db.orm.em.getConnection().execute('select 1');
  } catch {
    healthy = false;
  }
  res.writeHead(healthy ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify({ status: healthy ? 'ok' : 'unavailable', database: db.dialect }));
}
