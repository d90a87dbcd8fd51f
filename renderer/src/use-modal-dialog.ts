// Opens a <dialog> as a modal once it is on the page, so the browser traps focus, handles Esc and restores focus on close.
import { useEffect, type RefObject } from 'react';

export function useModalDialog(dialogRef: RefObject<HTMLDialogElement | null>): void {
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, [dialogRef]);
}
