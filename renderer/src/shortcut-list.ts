// What the shortcuts sheet lists, apart from the listener (keyboard-shortcuts.ts), so the words load with the sheet.

/** What the shortcuts sheet lists, in the words it shows; "Mod" is Ctrl, or Cmd on macOS. */
export const SHORTCUTS: readonly { readonly keys: readonly string[]; readonly action: string }[] = [
  { keys: ['/', 'Mod+F'], action: 'Search profiles' },
  { keys: ['↑', '↓'], action: 'Select the previous or next profile' },
  { keys: ['Enter', 'Mod+C'], action: 'Copy the selected profile’s token' },
  { keys: ['Mod+R'], action: 'Get token for the selected profile' },
  { keys: ['Shift+F10', 'Menu'], action: 'The selected profile’s menu (also a right-click, or More)' },
  { keys: ['Mod+N'], action: 'New profile' },
  { keys: ['Mod+,'], action: 'Settings' },
  { keys: ['Alt+↑', 'Alt+↓'], action: 'Move the profile up or down (manual order)' },
  { keys: ['Mod+Z'], action: 'Undo a delete' },
  { keys: ['Esc'], action: 'Close a dialog, menu or the details panel' },
  { keys: ['?'], action: 'Show these shortcuts' },
];
