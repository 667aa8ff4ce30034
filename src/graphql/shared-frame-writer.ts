import { MessageType } from 'graphql-ws';
import type { DirectLine, DirectWriter } from '../realtime/feed-stream.js';
import type { SharedResult } from './subscribe-per-event.js';

/** One operation's way to its client: writes a whole text message, and says when it left the process. */
export interface FrameTransport {
  /** The operation's id, chosen by the client in `subscribe`. */
  readonly id: string;
  /** `frame` is the message's UTF-8 text. */
  send(frame: Buffer, flushed: () => void): void;
}

const CLOSING_BRACE = 0x7d;

/**
 * Writes a subscription's events as graphql-ws `next` messages straight to the socket, the
 * payload serialized once for every subscriber of the same document and variables: the frame is
 * the text graphql-ws would have written (`{"id":…,"type":"next","payload":…}`). Values go out in
 * the order written; one whose result is not settled holds back those after it. A result that
 * cannot be sent as shared text (it has errors, which each operation formats, or it read the
 * context) is handed back to the stream's reader with everything after it.
 *
 * Frames are built as bytes, not strings: ten thousand copies of an event then live outside the
 * JavaScript heap while the sockets flush them, and garbage collection does not copy them.
 */
export class SharedFrameWriter implements DirectWriter<unknown> {
  private readonly pending: SharedResult[] = [];
  private readonly head: Buffer;

  constructor(
    private readonly line: DirectLine,
    private readonly transport: FrameTransport,
    private readonly resultOf: (payload: unknown) => SharedResult | undefined,
  ) {
    this.head = Buffer.from(`{"id":${JSON.stringify(transport.id)},"type":"${MessageType.Next}","payload":`);
  }

  write(value: unknown): void {
    const result = this.resultOf(value);
    if (!result) {
      this.giveUp();
      return;
    }
    this.pending.push(result);
    if (this.pending.length === 1) this.drain();
  }

  private readonly drain = (): void => {
    while (this.pending.length > 0) {
      if (!this.line.open()) {
        this.pending.length = 0;
        return;
      }
      const next = this.pending[0]!;
      if (!next.isSettled) {
        next.whenSettled(this.drain);
        return;
      }
      const json = next.json;
      if (json === undefined) {
        this.giveUp();
        return;
      }
      this.pending.shift();
      this.line.sent();
      this.transport.send(this.frame(json), this.line.flushed);
    }
  };

  /** `{"id":…,"type":"next","payload":` + the result + `}`, copied into one buffer without an array of parts per frame. */
  private frame(json: Buffer): Buffer {
    const frame = Buffer.allocUnsafe(this.head.length + json.length + 1);
    this.head.copy(frame, 0);
    json.copy(frame, this.head.length);
    frame[frame.length - 1] = CLOSING_BRACE;
    return frame;
  }

  private giveUp(): void {
    this.pending.length = 0;
    this.line.cannot();
  }
}
