// The core's event bus: services say what changed; the renderer forwarder, the refresh scheduler and the desktop
// integration each subscribe on their own. Payload types are the contract's, so what the window hears is what was said.
import type { IpcEventPayload } from '../../../shared/ipc/contract';
import type { IpcEventName } from '../../../shared/ipc/channels';
import type { Logger } from '../logger';

/** What the core announces: every window event but the menu's commands and desktop notices, which the shell sends to the main window itself. */
export type CoreEventName = Exclude<IpcEventName, 'menuCommand' | 'desktopNotice'>;
export type CoreEventPayload<E extends CoreEventName> = IpcEventPayload<E>;

/** What a service is given to announce a change; it does not know who listens. */
export type EmitCoreEvent = <E extends CoreEventName>(name: E, payload: CoreEventPayload<E>) => void;

export type AnyCoreEventListener = <E extends CoreEventName>(name: E, payload: CoreEventPayload<E>) => void;

export interface CoreEvents {
  readonly emit: EmitCoreEvent;
  /** Hears one kind of event; returns the unsubscribe. */
  on<E extends CoreEventName>(name: E, listener: (payload: CoreEventPayload<E>) => void): () => void;
  /** Hears every event, for the renderer forwarder; returns the unsubscribe. */
  onAny(listener: AnyCoreEventListener): () => void;
}

export function createCoreEvents(logger: Logger): CoreEvents {
  const byName = new Map<CoreEventName, Set<(payload: never) => void>>();
  const any = new Set<AnyCoreEventListener>();
  // One listener that throws must not keep the others from hearing, nor fail the operation that emitted.
  const guarded = (name: CoreEventName, run: () => void): void => {
    try {
      run();
    } catch (error) {
      logger.error(`events: a ${name} listener failed`, error);
    }
  };
  return {
    emit(name, payload) {
      for (const listener of [...(byName.get(name) ?? [])]) guarded(name, () => (listener as (payload: CoreEventPayload<typeof name>) => void)(payload));
      for (const listener of [...any]) guarded(name, () => listener(name, payload));
    },
    on(name, listener) {
      const listeners = byName.get(name) ?? new Set();
      byName.set(name, listeners);
      const entry = listener as (payload: never) => void;
      listeners.add(entry);
      return () => void listeners.delete(entry);
    },
    onAny(listener) {
      any.add(listener);
      return () => void any.delete(listener);
    },
  };
}
