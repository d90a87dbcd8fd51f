// The native dialogs main may open for the core: Electron's `dialog` in the app, recorders in tests.
import type { ScriptAccessAnswer } from '../../shared/script-access';
import type { ScriptAccessQuestion } from './script-access/consent-dialog';
import type { CommandQuestion } from './secret-sources/command-question';

/** The kinds of file the app reads and writes, each with its own filter in the dialogs. */
export type FileKind = 'csv' | 'export' | 'import';

export interface DialogPort {
  /** Shows a token in a native dialog owned by main, so it never passes through the renderer. */
  showToken(profileName: string, accessToken: string): Promise<void>;
  /** Asks where to save a file; null when the person cancels. */
  chooseSavePath(suggestedName: string, kind: FileKind): Promise<string | null>;
  /** Asks which file to open; null when the person cancels. */
  chooseOpenPath(kind: FileKind): Promise<string | null>;
  /** Asks whether a command-line tool may have a profile's token (consent-dialog.ts has the words); Escape denies. */
  askScriptAccess(question: ScriptAccessQuestion): Promise<ScriptAccessAnswer>;
  /**
   * Asks, in a dialog owned by main, whether a secret reference may run (a custom command, or a preset whose answer goes
   * to a server other than Butlr's own; command-question.ts has the words): what a window asks to run is never run on the
   * window's word alone. True only when the person chose Run it; Escape declines.
   */
  confirmCommand(question: CommandQuestion): Promise<boolean>;
}
