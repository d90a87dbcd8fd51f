// The theme setting in main: Electron's nativeTheme (which also sets the pages' prefers-color-scheme, native dialogs and
// menus) and the windows' background, which shows before a page paints and behind it while a window resizes.
import { BrowserWindow, nativeTheme } from 'electron';
import type { Theme } from '../../shared/settings';
import { windowBackground } from './secure-window';

export function applyTheme(theme: Theme): void {
  if (nativeTheme.themeSource !== theme) nativeTheme.themeSource = theme;
  const background = windowBackground(nativeTheme.shouldUseDarkColors);
  for (const window of BrowserWindow.getAllWindows()) if (!window.isDestroyed()) window.setBackgroundColor(background);
}
