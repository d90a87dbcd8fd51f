// Tells TypeScript the preload's `window.butlr` exists, typed from the shared contract rather than written by hand.
import type { ButlrApi } from '../../shared/ipc/bridge-api';

declare global {
  interface Window {
    readonly butlr: ButlrApi;
  }
}
