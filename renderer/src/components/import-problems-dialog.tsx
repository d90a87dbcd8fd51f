// The import dialog for a file that could not be read: each problem on its own line, with where it is and a suggestion
// where there is one, kept until the person closes the dialog or picks (or drops) another file.
import { useId, useRef } from 'react';
import type { FileProblem } from '../../../shared/app-error';
import { IMPORT_PROBLEMS_DIALOG } from '../element-ids';
import { ModalDialog } from './modal-dialog';

interface ImportProblemsDialogProps {
  /** Main's summary: which file, and that nothing was imported; or the one thing wrong with it. */
  readonly message: string;
  readonly problems: readonly FileProblem[];
  readonly choosing: boolean;
  readonly onChooseAnother: () => void;
  readonly onClose: () => void;
}

export function ImportProblemsDialog({ message, problems, choosing, onChooseAnother, onClose }: ImportProblemsDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const reportId = useId();
  return (
    <ModalDialog
      dialogRef={dialogRef}
      name={IMPORT_PROBLEMS_DIALOG}
      title="Import profiles"
      className="dialog-wide"
      describedBy={reportId}
      busy={choosing}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
            Close
          </button>
          <button type="button" className="button button-primary" aria-busy={choosing} onClick={onChooseAnother}>
            Choose another file…
          </button>
        </>
      }
    >
      <div id={reportId} className="import-report">
        <p className="form-error import-summary">{message}</p>
        {problems.length > 0 && (
          <ul className="import-problems" aria-label="Problems" data-testid="import-problems">
            {problems.map((problem, index) => (
              // Problems have no identity beyond their place in the file's list, which never changes for this dialog.
              <li key={index} className="import-problem">
                {problem.line !== undefined && <span className="import-problem-line">Line {problem.line}</span>}
                <span>{problem.message}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <p className="field-hint">To try again, fix the file and choose it once more, or drop a file on this window.</p>
    </ModalDialog>
  );
}
