// A file dragged onto the window: while it hovers, the window says where it will go; dropped, one file goes to main, which
// refuses anything but a .env file or an export in words (the import dialog shows them); text or several files are refused
// here. The page never reads the file: main does.
import { useEffect, useRef, useState } from 'react';
import { IMPORT_PROBLEMS_DIALOG } from './element-ids';
import { showToast } from './toast-store';

const ONE_FILE = 'Drop one file at a time: a .env file or an export (.json).';
const ONLY_FILES = 'Only a file can be imported here: drop a .env file or an export (.json).';
const DIALOG_OPEN = 'Close the open dialog first, then drop the file again.';

const carriesFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') === true;
const isEditable = (target: EventTarget | null): boolean => target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea') !== null);

/** Whether a drop may open Import now: not over a modal dialog, except one listing a file's problems (then it is the next try). */
function acceptsDrops(): boolean {
  const open = document.querySelector('dialog[open]');
  return open === null || open.getAttribute('data-dialog') === IMPORT_PROBLEMS_DIALOG;
}

/** Listens on the whole window while mounted; returns whether files are being dragged over it now. */
export function useFileDrop(onFile: (file: File) => void): boolean {
  const [dragging, setDragging] = useState(false);
  const latest = useRef(onFile);
  useEffect(() => {
    latest.current = onFile;
  });
  useEffect(() => {
    const onDragOver = (event: DragEvent): void => {
      // Text dragged into the search field stays the browser's business.
      if (!carriesFiles(event) && isEditable(event.target)) return;
      // Taken over for every drag, so a drop of text or a link reaches onDrop and is refused in words, not in silence.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = carriesFiles(event) && acceptsDrops() ? 'copy' : 'none';
      setDragging(carriesFiles(event) && acceptsDrops());
    };
    const onDragLeave = (event: DragEvent): void => {
      // Leaving the window, not just moving from one element onto another.
      if (event.relatedTarget === null) setDragging(false);
    };
    const onDrop = (event: DragEvent): void => {
      if (!carriesFiles(event) && isEditable(event.target)) return;
      // A file dropped on a page opens it in place of the app; never let that happen.
      event.preventDefault();
      setDragging(false);
      const files = event.dataTransfer?.files;
      const file = files?.item(0);
      if (!acceptsDrops()) return showToast('alert', DIALOG_OPEN);
      if (!files || !file) return showToast('alert', ONLY_FILES);
      if (files.length > 1) return showToast('alert', ONE_FILE);
      latest.current(file);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
  return dragging;
}
