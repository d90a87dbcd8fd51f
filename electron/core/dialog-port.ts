// The native dialogs main may open for the core: Electron's `dialog` in the app, recorders in tests.
export interface DialogPort {
  /** Shows a token in a native dialog owned by main, so it never passes through the renderer. */
  showToken(profileName: string, accessToken: string): Promise<void>;
  /** Asks where to save a file; null when the person cancels. */
  chooseSavePath(suggestedName: string): Promise<string | null>;
}
