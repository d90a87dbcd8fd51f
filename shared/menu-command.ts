// What the application menu asks the main window to do: each opens the same dialog as the window's own button.
import { z } from './zod-mini';

export const menuCommands = ['newProfile', 'import', 'export', 'settings'] as const;

export const menuCommandSchema = z.enum(menuCommands);
export type MenuCommand = z.infer<typeof menuCommandSchema>;
