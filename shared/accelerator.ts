// Keyboard shortcuts in Electron's accelerator syntax, for the quick switcher's global shortcut setting.
import { z } from './zod-mini';

const MODIFIER = '(?:CommandOrControl|CmdOrCtrl|Command|Cmd|Control|Ctrl|Alt|Option|AltGr|Shift|Super|Meta)';
const KEY = "(?:[A-Z0-9]|F(?:[1-9]|1[0-9]|2[0-4])|Space|Tab|Enter|Up|Down|Left|Right|Home|End|PageUp|PageDown|Insert|Delete|Backspace|Plus|[`\\-=\\[\\];',./\\\\])";
const ACCELERATOR = new RegExp(`^(?:${MODIFIER}\\+){1,4}${KEY}$`);

/**
 * Not Ctrl/Cmd+Shift+Space (1Password's), nor anything a desktop or a terminal commonly takes; three modifiers make a
 * clash unlikely anywhere.
 */
export const DEFAULT_QUICK_SWITCHER_SHORTCUT = 'CommandOrControl+Alt+Shift+B';

/** A global shortcut with at least one modifier, or '' for none. */
export const acceleratorSchema = z
  .string()
  .check(
    z.trim(),
    z.refine((value) => value === '' || ACCELERATOR.test(value), 'Use modifiers and a key joined by +, for example CommandOrControl+Alt+Shift+B; leave empty for none.'),
  );
