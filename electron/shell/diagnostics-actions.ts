// Help → Open logs folder and Help → Copy diagnostics: the facts only Electron knows, the core's report, the clipboard.
import { mkdir } from 'node:fs/promises';
import { release } from 'node:os';
import { app, clipboard, dialog, shell, type BrowserWindow } from 'electron';
import type { EncryptionStatus } from '../../shared/encryption-status';
import { buildDiagnosticsReport } from '../core/diagnostics/diagnostics-report';
import type { ErrorTallySnapshot } from '../core/diagnostics/error-tally';
import type { Logger } from '../core/logger';
import { logsFolder } from './file-logger';

/** What the report needs from the core. */
export interface DiagnosticsSources {
  /** Only counted. */
  profiles(): Promise<readonly unknown[]>;
  encryptionStatus(): Promise<EncryptionStatus>;
  errors(): ErrorTallySnapshot;
}

/** Menu actions: each settles without throwing, logging what went wrong. */
export interface DiagnosticsActions {
  openLogsFolder(): Promise<void>;
  copyDiagnostics(): Promise<void>;
}

/** macOS 14.2.1 and Windows 10.0.22631 rather than their kernels' numbers; the kernel's release on Linux (and off Electron). */
function systemVersion(): string {
  return typeof process.getSystemVersion === 'function' ? process.getSystemVersion() : release();
}

export function createDiagnosticsActions(sources: DiagnosticsSources, parentWindow: () => BrowserWindow | null, logger: Logger): DiagnosticsActions {
  const openLogsFolder = async (): Promise<void> => {
    const folder = logsFolder();
    // Nothing may have been logged yet; the folder is opened all the same.
    await mkdir(folder, { recursive: true, mode: 0o700 });
    const problem = await shell.openPath(folder);
    // Not the path: it names the person's home folder.
    if (problem) logger.warn('diagnostics: the logs folder could not be opened');
  };
  const copyDiagnostics = async (): Promise<void> => {
    const report = buildDiagnosticsReport({
      generatedAt: Date.now(),
      appVersion: app.getVersion(),
      versions: process.versions,
      os: { platform: process.platform, version: systemVersion(), arch: process.arch },
      encryption: await sources.encryptionStatus(),
      profiles: await sources.profiles(),
      errors: sources.errors(),
    });
    await clipboard.writeText(report);
    logger.info('diagnostics: copied the report to the clipboard');
    // The report itself is shown, so the person sees exactly what they are about to share.
    const options = {
      type: 'info' as const,
      title: 'Diagnostics copied',
      message: 'Copied the diagnostics to the clipboard',
      detail: `${report}\nPaste it into your message to support. The log file (Help → Open logs folder) has the details.`,
      buttons: ['OK'],
      noLink: true,
    };
    const parent = parentWindow();
    await (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
  };
  return {
    openLogsFolder: () => openLogsFolder().catch((error: unknown) => logger.error('diagnostics: could not open the logs folder', error)),
    copyDiagnostics: () => copyDiagnostics().catch((error: unknown) => logger.error('diagnostics: could not copy the report', error)),
  };
}
