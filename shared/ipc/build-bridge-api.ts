// Builds the `window.butlr` object from the channel table: one named method per request, one `on<Event>` per event.
import type { ButlrApi } from './bridge-api';
import { eventListenerName, ipcChannels, ipcEventChannels, isFileMethod, type IpcEventName, type IpcMethod } from './channels';

export type Invoke = (channel: string, request: unknown) => Promise<unknown>;
export type Subscribe = (channel: string, listener: (payload: unknown) => void) => () => void;
/** Where a File the page was handed lives on disk (Electron's webUtils.getPathForFile); '' for one made in the page. */
export type PathForFile = (file: File) => string;

export function buildBridgeApi(invoke: Invoke, subscribe: Subscribe, pathForFile: PathForFile): ButlrApi {
  // Anything but a File from disk (a Blob, a plain object) has no path: main then says only a file can be imported.
  const pathOf = (file: unknown): string => {
    try {
      return pathForFile(file as File);
    } catch {
      return '';
    }
  };
  const api: Record<string, unknown> = {};
  for (const method of Object.keys(ipcChannels) as IpcMethod[]) {
    const channel = ipcChannels[method];
    api[method] = isFileMethod(method) ? (file: unknown) => invoke(channel, { path: pathOf(file) }) : (request?: unknown) => invoke(channel, request);
  }
  for (const name of Object.keys(ipcEventChannels) as IpcEventName[]) {
    const channel = ipcEventChannels[name];
    api[eventListenerName(name)] = (listener: (payload: unknown) => void) => subscribe(channel, listener);
  }
  return Object.freeze(api) as ButlrApi;
}
