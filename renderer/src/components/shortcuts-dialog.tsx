// The "Keyboard shortcuts" sheet that "?" opens: every shortcut the window answers, with Ctrl or Cmd as this computer uses.
import { useRef } from 'react';
import { SHORTCUTS } from '../shortcut-list';
import { ModalDialog } from './modal-dialog';

const MOD = /Mac|iPhone|iPad/.test(navigator.platform) ? 'Cmd' : 'Ctrl';

export function ShortcutsDialog({ onClose }: { readonly onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  return (
    <ModalDialog
      dialogRef={dialogRef}
      title="Keyboard shortcuts"
      onClose={onClose}
      actions={
        <button type="button" className="button button-primary" autoFocus onClick={() => dialogRef.current?.close()}>
          Close
        </button>
      }
    >
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
    </ModalDialog>
  );
}
