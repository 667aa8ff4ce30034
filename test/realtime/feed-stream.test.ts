import { describe, expect, it } from 'vitest';
import { ResubscribeRequiredError } from '../../src/domain/errors.js';
import { ConnectionBudget } from '../../src/realtime/connection-budget.js';
import { FeedStream, type DirectLine, type DirectWriter } from '../../src/realtime/feed-stream.js';

/** A writer that sends at once unless told to hold, and a transport that flushes only when told. */
class RecordingWriter implements DirectWriter<string> {
  line!: DirectLine;
  readonly sent: string[] = [];
  readonly held: string[] = [];
  holding = false;
  private unflushed = 0;

  write(value: string): void {
    if (this.holding || this.held.length > 0) this.held.push(value);
    else this.send(value);
  }

  /** Sends what it held back, in order. */
  release(): void {
    this.holding = false;
    for (const value of this.held.splice(0)) this.send(value);
  }

  /** The transport lets everything sent leave the process. */
  flushAll(): void {
    for (; this.unflushed > 0; this.unflushed--) this.line.flushed();
  }

  giveUp(): void {
    this.held.length = 0;
    this.line.cannot();
  }

  private send(value: string): void {
    if (!this.line.open()) return;
    this.line.sent();
    this.sent.push(value);
    this.unflushed++;
  }
}

function streamWithWriter(limit = 10, deliveredThrough = 0) {
  const budget = new ConnectionBudget(limit);
  const stream = new FeedStream<string>(budget, deliveredThrough, () => undefined);
  const writer = new RecordingWriter();
  stream.sendDirectly((line) => {
    writer.line = line;
    return writer;
  });
  return { budget, stream, writer };
}

/** Lets pending reads settle. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('a feed stream whose transport writes live values directly', () => {
  it('leaves values to the reader until it waits with nothing left, then hands them to the writer in order', async () => {
    const { stream, writer } = streamWithWriter();
    stream.push({ revision: 1, values: ['a'] });
    expect(writer.sent).toEqual([]);
    expect((await stream.next()).value).toBe('a');

    const waiting = stream.next();
    await settle();
    stream.push({ revision: 2, values: ['b', 'c'] });
    stream.push({ revision: 3, values: ['d'] });
    expect(writer.sent).toEqual(['b', 'c', 'd']);
    expect(stream.lastDeliveredRevision).toBe(3);

    await stream.return();
    await expect(waiting).resolves.toEqual({ value: undefined, done: true });
  });

  it('counts a revision delivered only once all its values are sent', async () => {
    const { stream, writer } = streamWithWriter();
    void stream.next();
    await settle();
    writer.holding = true;
    stream.push({ revision: 4, values: ['a', 'b'] });
    expect(stream.lastDeliveredRevision).toBe(0);
    writer.release();
    expect(stream.lastDeliveredRevision).toBe(4);
  });

  it('hands what the writer cannot send back to the reader, in order, and the reader sends everything after', async () => {
    const { stream, writer } = streamWithWriter();
    const first = stream.next();
    await settle();
    stream.push({ revision: 1, values: ['a'] });
    writer.holding = true;
    stream.push({ revision: 2, values: ['b', 'c'] });
    stream.push({ revision: 3, values: ['d'] });
    writer.giveUp();
    stream.push({ revision: 4, values: ['e'] });

    const read = [(await first).value];
    for (let i = 0; i < 3; i++) read.push((await stream.next()).value);
    expect(writer.sent).toEqual(['a']);
    expect(read).toEqual(['b', 'c', 'd', 'e']);
    expect(stream.lastDeliveredRevision).toBe(3);
  });

  it('keeps values sent but not yet flushed in the budget: a client that stops reading falls behind', async () => {
    const { budget, stream, writer } = streamWithWriter(3, 7);
    const reading = stream.next();
    await settle();
    stream.push({ revision: 8, values: ['a', 'b'] });
    stream.push({ revision: 9, values: ['c'] });
    expect(budget.queued).toBe(3);
    stream.push({ revision: 10, values: ['d'] });

    expect(writer.sent).toEqual(['a', 'b', 'c']);
    expect(stream.ended).toBe(true);
    const ending = await reading.then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(ending).toBeInstanceOf(ResubscribeRequiredError);
    expect((ending as ResubscribeRequiredError).details).toEqual({ lastRevision: 9 });
    writer.flushAll();
    expect(budget.queued).toBe(0);
  });

  it('gives room back as the transport flushes, so a client that keeps up never falls behind', async () => {
    const { budget, stream, writer } = streamWithWriter(2);
    void stream.next();
    await settle();
    for (let revision = 1; revision <= 20; revision++) {
      stream.push({ revision, values: [`v${revision}`] });
      writer.flushAll();
    }
    expect(stream.ended).toBe(false);
    expect(writer.sent).toHaveLength(20);
    expect(budget.queued).toBe(0);
  });

  it('drops what the writer holds once the stream ends, and gives its room back', async () => {
    const { budget, stream, writer } = streamWithWriter();
    void stream.next();
    await settle();
    writer.holding = true;
    stream.push({ revision: 1, values: ['a', 'b'] });
    await stream.return();
    writer.release();
    expect(writer.sent).toEqual([]);
    expect(budget.queued).toBe(0);
  });
});
