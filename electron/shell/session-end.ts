// The OS ending the session with the app still running: Windows sends the window `session-end` at log-off and shutdown,
// and then never emits before-quit or will-quit; Linux and macOS report a coming shutdown through powerMonitor.
import { powerMonitor, type BrowserWindow } from 'electron';

/**
 * Runs `cleanUp` once when the session ends. It must be synchronous: on Windows the process may be ended as soon as the
 * handler returns. After a Linux or macOS shutdown notice the app quits the ordinary way too (`quit`).
 */
export function watchSessionEnd(window: BrowserWindow, cleanUp: () => void, quit: () => void): () => void {
  const onSessionEnd = (): void => cleanUp();
  const onShutdown = (): void => {
    cleanUp();
    quit();
  };
  window.on('session-end', onSessionEnd);
  powerMonitor.on('shutdown', onShutdown);
  return () => {
    if (!window.isDestroyed()) window.off('session-end', onSessionEnd);
    powerMonitor.off('shutdown', onShutdown);
  };
}
