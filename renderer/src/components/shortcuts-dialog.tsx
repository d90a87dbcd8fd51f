// The "Keyboard shortcuts" sheet that "?" opens: every shortcut the window answers, with Ctrl or Cmd as this computer uses.
import { SHORTCUTS } from '../keyboard-shortcuts';
import { useModalDialog } from '../use-modal-dialog';

const MOD = /Mac|iPhone|iPad/.test(navigator.platform) ? 'Cmd' : 'Ctrl';

export function ShortcutsDialog({ onClose }: { readonly onClose: () => void }) {
  const dialogRef = useModalDialog();
  return (
    <dialog ref={dialogRef} className="dialog shortcuts-dialog" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <dl className="shortcut-list">
        {SHORTCUTS.map(({ keys, action }) => (
          <div key={action} className="shortcut">
            <dt>
              {keys.map((combo, index) => (
                <span key={combo}>
                  {index > 0 && <span className="muted"> or </span>}
                  <kbd>{combo.replace('Mod', MOD)}</kbd>
                </span>
              ))}
            </dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
      <div className="dialog-actions">
        <button type="button" className="button button-primary" autoFocus onClick={() => dialogRef.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}
