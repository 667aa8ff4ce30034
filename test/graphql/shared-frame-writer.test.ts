import { GraphQLError, type ExecutionResult } from 'graphql';
import { MessageType, stringifyMessage } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import { SharedFrameWriter, type FrameTransport } from '../../src/graphql/shared-frame-writer.js';
import { SharedResult } from '../../src/graphql/subscribe-per-event.js';
import type { DirectLine } from '../../src/realtime/feed-stream.js';

/** A result settled by hand. */
function later(): { shared: SharedResult; resolve: (result: ExecutionResult | undefined) => void } {
  let resolve!: (result: ExecutionResult | undefined) => void;
  const shared = new SharedResult(new Promise((r) => (resolve = r)));
  return { shared, resolve };
}

const settled = async (result: ExecutionResult | undefined): Promise<SharedResult> => {
  const shared = new SharedResult(Promise.resolve(result));
  await shared.result;
  return shared;
};

function writerOver(results: Map<string, SharedResult | undefined>, id = 'op-1') {
  const frames: string[] = [];
  const events: string[] = [];
  let open = true;
  const line: DirectLine = {
    open: () => open,
    sent: () => events.push('sent'),
    flushed: () => events.push('flushed'),
    cannot: () => events.push('cannot'),
  };
  const transport: FrameTransport = { id, send: (frame) => frames.push(frame.toString('utf8')) };
  const writer = new SharedFrameWriter(line, transport, (payload) => results.get(payload as string));
  return { writer, frames, events, close: () => (open = false) };
}

describe("writing a subscription's shared results straight to its socket", () => {
  it("writes exactly the text graphql-ws's own next message would be", async () => {
    const result = { data: { accessChanged: { revision: 7, kind: 'ROLE_ASSIGNED', note: 'quote " and \\ backslash, ünïcödé ✓' } } };
    const id = 'client "id" 1';
    const { writer, frames, events } = writerOver(new Map([['e7', await settled(result)]]), id);
    writer.write('e7');
    expect(frames).toEqual([stringifyMessage({ id, type: MessageType.Next, payload: result })]);
    expect(events).toEqual(['sent']);
  });

  it('writes a result executed synchronously before write returns: the fan-out sends each frame as it judges', () => {
    const { writer, frames, events } = writerOver(new Map([['e1', new SharedResult({ data: { accessChanged: { revision: 1 } } })]]));
    writer.write('e1');
    expect(frames).toHaveLength(1);
    expect(events).toEqual(['sent']);
  });

  it('holds later values back until an earlier result settles, then writes them in order', async () => {
    const first = later();
    const second = await settled({ data: { n: 2 } });
    const { writer, frames } = writerOver(new Map([['one', first.shared], ['two', second]]));
    writer.write('one');
    writer.write('two');
    expect(frames).toEqual([]);
    first.resolve({ data: { n: 1 } });
    await first.shared.result;
    expect(frames.map((f) => JSON.parse(f).payload.data.n)).toEqual([1, 2]);
  });

  it('hands back to the reader a result with errors, which each operation formats, and sends nothing from it on', async () => {
    const failed = await settled({ data: null, errors: [new GraphQLError('boom')] });
    const { writer, frames, events } = writerOver(new Map([['ok', await settled({ data: { n: 1 } })], ['bad', failed], ['after', await settled({ data: { n: 3 } })]]));
    writer.write('ok');
    writer.write('bad');
    expect(frames).toHaveLength(1);
    expect(events).toEqual(['sent', 'cannot']);
  });

  it('hands back a value whose result cannot be shared (its execution reads the context)', async () => {
    const { writer, frames, events } = writerOver(new Map([['own', await settled(undefined)], ['unshareable', undefined]]));
    writer.write('own');
    expect(events).toEqual(['cannot']);
    const second = writerOver(new Map([['unshareable', undefined]]));
    second.writer.write('unshareable');
    expect(second.events).toEqual(['cannot']);
    expect([...frames, ...second.frames]).toEqual([]);
  });

  it('hands back a value whose execution failed, leaving the failure to the reader rather than unhandled', async () => {
    const failed = new SharedResult(Promise.reject(new Error('execution failed')));
    const { writer, frames, events } = writerOver(new Map([['x', failed]]));
    writer.write('x');
    await new Promise((resolve) => setImmediate(resolve));
    expect(events).toEqual(['cannot']);
    expect(frames).toEqual([]);
  });

  it('sends nothing once the subscription ended', async () => {
    const pending = later();
    const { writer, frames, events, close } = writerOver(new Map([['e', pending.shared]]));
    writer.write('e');
    close();
    pending.resolve({ data: { n: 1 } });
    await pending.shared.result;
    expect(frames).toEqual([]);
    expect(events).toEqual([]);
  });
});
