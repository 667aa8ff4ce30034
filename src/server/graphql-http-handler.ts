import type { ApolloServer, BaseContext, ContextThunk } from '@apollo/server';
import { HeaderMap, type HTTPGraphQLResponse } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Requests larger than this are refused before parsing: no legitimate operation comes close. */
const MAX_BODY_BYTES = 1024 * 1024;

export type RequestContextFactory<TContext> = (request: IncomingMessage) => Promise<TContext>;

/**
 * Apollo Server's integration for node:http, written against its documented integration API
 * (`executeHTTPGraphQLRequest`), so the gateway needs no web framework and the graphql-ws server
 * can share the same http.Server.
 */
export function createGraphQLHttpHandler<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  context: RequestContextFactory<TContext>,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    const body = await readBody(req);
    if (body === undefined) {
      res.writeHead(413, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: 'Request body too large', extensions: { code: 'BAD_REQUEST' } }] }));
      return;
    }
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const contextThunk: ContextThunk<TContext> = () => context(req);
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body: parseBody(body, headers) },
      context: contextThunk,
    });
    await writeResponse(res, response);
  };
}

async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Apollo expects a parsed JSON body; a malformed one is passed as text so Apollo answers 400. */
function parseBody(body: string, headers: HeaderMap): unknown {
  if (body === '') return undefined;
  if (!(headers.get('content-type') ?? '').includes('application/json')) return body;
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}

async function writeResponse(res: ServerResponse, response: HTTPGraphQLResponse): Promise<void> {
  for (const [name, value] of response.headers) res.setHeader(name, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}
