// The preload: exposes exactly the contract's methods as `window.butlr`, and nothing of Electron itself.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { buildBridgeApi } from '../shared/ipc/build-bridge-api';

contextBridge.exposeInMainWorld(
  'butlr',
  buildBridgeApi(
    (channel, request) => ipcRenderer.invoke(channel, request),
    (channel, listener) => {
      // Strip Electron's event (it carries `sender`) before anything reaches the page.
      const forward = (_event: Electron.IpcRendererEvent, payload: unknown): void => listener(payload);
      ipcRenderer.on(channel, forward);
      return () => void ipcRenderer.removeListener(channel, forward);
    },
    // Only a File the person handed the page (a drop) has a path; the page itself never sees it, main checks it.
    (file) => webUtils.getPathForFile(file),
  ),
);
