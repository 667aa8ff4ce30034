import { createSourceEventStream, execute, type ExecutionArgs, type ExecutionResult } from 'graphql';

/** A context that can make a fresh one for each event of a subscription. */
export interface PerEventContext {
  forEvent(): unknown;
}

/**
 * graphql-js `subscribe`, except that each event is executed with a context of its own
 * (`contextValue.forEvent()`) rather than the one the subscription was made with: graphql-ws
 * builds one context per operation, and the events of a long-lived subscription must not share a
 * unit of work. Errors of the subscribe step come back as an ExecutionResult, as from `subscribe`.
 */
export async function subscribeWithContextPerEvent(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const stream = await createSourceEventStream(args);
  if (!isAsyncIterable(stream)) return stream;
  const context = args.contextValue as PerEventContext;
  return mapEvents(stream, (payload) => execute({ ...args, rootValue: payload, contextValue: context.forEvent() }));
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
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
