// The whole window as the drop target for an import file (use-file-drop.ts), with the overlay that says so while one
// hovers. A later part: it is listening a moment after the first paint; a file dropped before then is refused by main's
// navigation guard, as any drop outside the app's own handling is.
import { useFileDrop } from '../use-file-drop';

export function FileDropTarget({ onFile }: { readonly onFile: (file: File) => void }) {
  const dragging = useFileDrop(onFile);
  // Only while a file hovers over the window; the drop itself is announced by the import dialog it opens.
  return dragging ? (
    <div className="drop-overlay" aria-hidden="true">
      <p>Drop a .env file or an export (.json) to import it</p>
    </div>
  ) : null;
}
