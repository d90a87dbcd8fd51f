// Length-prefixed JSON frames: a 4-byte big-endian length, then that many bytes of UTF-8 JSON, at most 16 KiB.
import { MAX_FRAME_BYTES } from '../../../shared/cli-protocol';

const HEADER_BYTES = 4;

export class FrameError extends Error {
  constructor(readonly reason: 'too_large' | 'empty' | 'not_json') {
    super(reason === 'too_large' ? `A frame was larger than ${MAX_FRAME_BYTES} bytes.` : reason === 'empty' ? 'A frame was empty.' : 'A frame was not JSON.');
  }
}

/** One message as a frame; throws on a message that would not fit, which only a bug on our side can make. */
export function encodeFrame(message: unknown): Buffer {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  if (body.length > MAX_FRAME_BYTES) throw new FrameError('too_large');
  const header = Buffer.alloc(HEADER_BYTES);
  header.writeUInt32BE(body.length);
  return Buffer.concat([header, body]);
}

/**
 * Feeds bytes in as they arrive and hands out each whole frame's JSON. Holds at most one frame's bytes: a length over
 * the limit is refused from its header, before any of the body is read, so a peer cannot make us buffer more.
 */
export function createFrameReader(): { push(chunk: Buffer): unknown[] } {
  let pending: Buffer = Buffer.alloc(0);
  return {
    push(chunk) {
      pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
      const frames: unknown[] = [];
      while (pending.length >= HEADER_BYTES) {
        const length = pending.readUInt32BE(0);
        if (length > MAX_FRAME_BYTES) throw new FrameError('too_large');
        if (length === 0) throw new FrameError('empty');
        if (pending.length < HEADER_BYTES + length) break;
        const body = pending.subarray(HEADER_BYTES, HEADER_BYTES + length).toString('utf8');
        pending = pending.subarray(HEADER_BYTES + length);
        try {
          frames.push(JSON.parse(body));
        } catch {
          throw new FrameError('not_json');
        }
      }
      return frames;
    },
  };
}
