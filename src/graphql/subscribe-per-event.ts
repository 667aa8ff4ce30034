import { createSourceEventStream, execute, type DocumentNode, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { DirectlyWritable } from '../realtime/feed-stream.js';
import { SharedFrameWriter, type FrameTransport } from './shared-frame-writer.js';

/** A context that can make a fresh one for each event of a subscription. */
export interface PerEventContext {
  forEvent(): unknown;
  /**
   * Lets go of what the subscribe step used (its unit of work): graphql-ws keeps the operation's
   * context for as long as the subscription lives.
   */
  endSubscribeStep(): void;
  /** Where the operation's `next` messages may be written directly, when its transport allows it. */
  readonly transport?: FrameTransport;
}

type PromiseOrValue<T> = T | Promise<T>;

/** Thrown by the stand-in context of a shared execution when a resolver reaches for the context. */
class ContextUnavailable extends Error {}

/**
 * The context of a shared execution: reading any of its properties stops the sharing of that
 * document's results. Symbol keys are not context data but instrumentation probing for itself
 * (Apollo's, on the schema both transports share); like a plain object, it answers them undefined.
 */
const NO_CONTEXT: object = new Proxy(
  {},
  {
    get(_target, property) {
      if (typeof property === 'symbol') return undefined;
      throw new ContextUnavailable('this execution is shared by several subscribers and has no context');
    },
  },
);

/**
 * One event's result for every subscription running the same document with the same variables:
 * executed once, and serialized once for those whose frames are written directly. `result` is
 * undefined when the execution read the context (then each subscriber executes its own).
 */
export class SharedResult {
  private settled = false;
  private value: ExecutionResult | undefined;
  private serialized: Buffer | undefined;
  private waiting: (() => void)[] = [];
  readonly result: Promise<ExecutionResult | undefined>;

  /**
   * An execution that finished synchronously settles at once: the fan-out then writes each
   * subscriber's frame as it judges it, so the first clients receive the event while the last are
   * still being judged, instead of every write waiting for the whole batch.
   */
  constructor(execution: PromiseOrValue<ExecutionResult | undefined>) {
    if (!isPromise(execution)) {
      this.settle(execution);
      this.result = Promise.resolve(execution);
      return;
    }
    this.result = execution.then(
      (value) => this.settle(value),
      (error: unknown) => {
        this.settle(undefined);
        throw error;
      },
    );
    // Direct writers only wait for the settling; a failure reaches whichever reader awaits `result`,
    // and must not be an unhandled rejection when every subscriber had already gone.
    this.result.catch(() => undefined);
  }

  get isSettled(): boolean {
    return this.settled;
  }

  /**
   * The result as JSON (UTF-8), once settled, when every subscriber may be sent the same text: not
   * when the result has errors (they are formatted for each operation) or could not be shared.
   */
  get json(): Buffer | undefined {
    if (this.serialized === undefined && this.value && !this.value.errors) this.serialized = Buffer.from(JSON.stringify(this.value));
    return this.serialized;
  }

  /** Runs `then` once settled: at once if it is, else with every other waiter in one go. */
  whenSettled(then: () => void): void {
    if (this.settled) then();
    else this.waiting.push(then);
  }

  private settle(value: ExecutionResult | undefined): ExecutionResult | undefined {
    this.value = value;
    this.settled = true;
    const waiting = this.waiting;
    this.waiting = [];
    for (const then of waiting) then();
    return value;
  }
}

/** Results by event object (gone with it), document and variables. */
const sharedResults = new WeakMap<object, Map<DocumentNode, Map<string, SharedResult>>>();
/** Documents found to read the context: executed per subscriber from then on. */
const contextBound = new WeakSet<DocumentNode>();

/**
 * graphql-js `subscribe`, except in how events are executed. graphql-ws builds one context per
 * operation, but the events of a long-lived subscription must not share a unit of work: each is
 * executed with a context of its own (`contextValue.forEvent()`). And when many subscriptions
 * receive the same event with the same document and variables, it is executed once for all of
 * them, unless the execution reads the context (then each gets its own); when the transport
 * allows it, the shared result is also serialized once and written straight to each client
 * (`SharedFrameWriter`). Errors of the subscribe step come back as an ExecutionResult, as from
 * `subscribe`.
 */
export async function subscribeWithContextPerEvent(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const context = args.contextValue as PerEventContext;
  const stream = await createSourceEventStream(args);
  context.endSubscribeStep();
  if (!isAsyncIterable(stream)) return stream;
  const variables = `${args.operationName ?? ''}\u0000${JSON.stringify(args.variableValues ?? {})}`;
  const resultOf = (payload: unknown) => sharedResult(args, payload, variables);
  const transport = context.transport;
  if (transport && isDirectlyWritable(stream) && !contextBound.has(args.document)) {
    stream.sendDirectly((line) => new SharedFrameWriter(line, transport, resultOf));
  }
  const own = (payload: unknown) => execute({ ...args, rootValue: payload, contextValue: context.forEvent() });
  return mapEvents(stream, async (payload) => (await resultOf(payload)?.result) ?? own(payload));
}

/** The event's result shared among identical subscriptions, or undefined when it cannot be shared. */
function sharedResult(args: ExecutionArgs, payload: unknown, variables: string): SharedResult | undefined {
  if (typeof payload !== 'object' || payload === null || contextBound.has(args.document)) return undefined;
  let byDocument = sharedResults.get(payload);
  if (!byDocument) {
    byDocument = new Map();
    sharedResults.set(payload, byDocument);
  }
  let byVariables = byDocument.get(args.document);
  if (!byVariables) {
    byVariables = new Map();
    byDocument.set(args.document, byVariables);
  }
  let result = byVariables.get(variables);
  if (!result) {
    result = new SharedResult(sharedExecution(args, payload));
    byVariables.set(variables, result);
  }
  return result;
}

/** Executes the event without a context: undefined when a resolver reached for one. */
function sharedExecution(args: ExecutionArgs, payload: object): PromiseOrValue<ExecutionResult | undefined> {
  const unlessContextBound = (executed: ExecutionResult): ExecutionResult | undefined => {
    if (!executed.errors?.some((error) => error.originalError instanceof ContextUnavailable)) return executed;
    contextBound.add(args.document);
    return undefined;
  };
  const executed = execute({ ...args, rootValue: payload, contextValue: NO_CONTEXT });
  return isPromise(executed) ? executed.then(unlessContextBound) : unlessContextBound(executed);
}

function isPromise<T>(value: PromiseOrValue<T>): value is Promise<T> {
  return typeof (value as Partial<Promise<T>> | undefined)?.then === 'function';
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

function isDirectlyWritable(value: object): value is DirectlyWritable<unknown> {
  return typeof (value as Partial<DirectlyWritable<unknown>>).sendDirectly === 'function';
}

/** Maps a source stream event by event; returning or throwing into it closes the source. */
function mapEvents<T, R>(source: AsyncIterable<T>, map: (value: T) => R | Promise<R>): AsyncIterableIterator<R> {
  const iterator = source[Symbol.asyncIterator]();
  const close = async (): Promise<void> => {
    await iterator.return?.();
  };
  const mapped: AsyncIterableIterator<R> = {
    async next() {
      const result = await iterator.next();
      if (result.done) return { value: undefined, done: true };
      try {
        return { value: await map(result.value), done: false };
      } catch (error) {
        await close().catch(() => undefined);
        throw error;
      }
    },
    async return() {
      await close();
      return { value: undefined, done: true };
    },
    async throw(error: unknown) {
      await close();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return mapped;
    },
  };
  return mapped;
}
