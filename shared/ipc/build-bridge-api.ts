// Builds the `window.butlr` object from the channel table: one named method per request, one `on<Event>` per event.
import type { ButlrApi } from './bridge-api';
import { eventListenerName, ipcChannels, ipcEventChannels, type IpcEventName, type IpcMethod } from './channels';

export type Invoke = (channel: string, request: unknown) => Promise<unknown>;
export type Subscribe = (channel: string, listener: (payload: unknown) => void) => () => void;

export function buildBridgeApi(invoke: Invoke, subscribe: Subscribe): ButlrApi {
  const api: Record<string, unknown> = {};
  for (const method of Object.keys(ipcChannels) as IpcMethod[]) {
    const channel = ipcChannels[method];
    api[method] = (request?: unknown) => invoke(channel, request);
  }
  for (const name of Object.keys(ipcEventChannels) as IpcEventName[]) {
    const channel = ipcEventChannels[name];
    api[eventListenerName(name)] = (listener: (payload: unknown) => void) => subscribe(channel, listener);
  }
  return Object.freeze(api) as ButlrApi;
}
