// The application menu's File › New profile, Import…, Export… and Settings…: main sends the command, the window opens the
// dialog its own button opens.
import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../shared/menu-command';

/** `run` may change every render (the latest is used). Like the keyboard shortcuts, nothing opens over another modal dialog. */
export function useMenuCommands(run: (command: MenuCommand) => void): void {
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  });
  useEffect(
    () =>
      window.butlr.onMenuCommand(({ command }) => {
        if (!document.querySelector('dialog[open]')) latest.current(command);
      }),
    [],
  );
}
