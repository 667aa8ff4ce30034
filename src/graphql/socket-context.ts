import type { Database } from '../persistence/orm.js';
import type { FeedConnection } from '../realtime/feed-connection.js';
import type { Viewer } from '../services/service-context.js';
import type { Services } from '../services/services.js';
import { unitOfWork, type RequestContext, type SharedByUnits } from './context.js';
import type { FrameTransport } from './shared-frame-writer.js';
import type { PerEventContext } from './subscribe-per-event.js';
import type { Loaders } from './loaders/loaders.js';

/**
 * The context of an operation over WebSocket, for a connection authenticated in
 * `connection_init`. graphql-ws makes one per operation, but a subscription runs for many events:
 * `forEvent()` gives each event a context of its own, so events never share a unit of work. The
 * unit of work (forked EntityManager, services, loaders) is made when a resolver first asks for
 * it: the events of ten thousand subscribers that only read their payload cost no fork.
 */
export class SocketContext implements RequestContext, PerEventContext {
  private unit: Pick<RequestContext, 'services' | 'loaders'> | undefined;

  constructor(
    private readonly db: Database,
    readonly feed: FeedConnection,
    private readonly shared: SharedByUnits,
    /** The operation's own way to its client (absent in an event's context). */
    readonly transport?: FrameTransport,
  ) {}

  get viewer(): Viewer {
    return this.feed.viewer;
  }

  get services(): Services {
    return this.unitOfWork().services;
  }

  get loaders(): Loaders {
    return this.unitOfWork().loaders;
  }

  /** A context for one event of a subscription: same connection, a unit of work of its own. */
  forEvent(): SocketContext {
    return new SocketContext(this.db, this.feed, this.shared);
  }

  endSubscribeStep(): void {
    this.unit = undefined;
  }

  private unitOfWork(): Pick<RequestContext, 'services' | 'loaders'> {
    this.unit ??= unitOfWork(this.db.fork(), this.feed.viewer, this.shared);
    return this.unit;
  }
}
