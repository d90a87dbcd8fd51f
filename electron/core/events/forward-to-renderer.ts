// The renderer's subscription to the core's events: each is parsed against the contract, then sent on its channel.
import { ipcEvents } from '../../../shared/ipc/contract';
import type { CoreEvents } from './core-events';

export function forwardEventsToRenderer(events: CoreEvents, send: (channel: string, payload: unknown) => void): () => void {
  return events.onAny((name, payload) => {
    const event = ipcEvents[name];
    // Parsing strips any field the contract does not name, as the router does for answers.
    send(event.channel, event.payload.parse(payload));
  });
}
