// Tells the core when the machine wakes up or the network comes back, so waiting renewals are retried at once.
import { net, powerMonitor } from 'electron';

/** Electron's main process has no "online" event: poll `net.isOnline()` and report the offline → online edge. */
const ONLINE_POLL_MS = 10_000;

export function watchConnectivity(onBack: () => void): () => void {
  let online = net.isOnline();
  const poll = setInterval(() => {
    const now = net.isOnline();
    if (now && !online) onBack();
    online = now;
  }, ONLINE_POLL_MS);
  powerMonitor.on('resume', onBack);
  powerMonitor.on('unlock-screen', onBack);
  return () => {
    clearInterval(poll);
    powerMonitor.off('resume', onBack);
    powerMonitor.off('unlock-screen', onBack);
  };
}
