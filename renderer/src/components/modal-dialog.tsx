// The one modal <dialog>: opened as a modal on mount, labelled by its heading, then intro, form-level error, content and
// the actions at the bottom; while busy, Esc is ignored and the content and actions are disabled.
import { useId, type FormEvent, type ReactNode, type Ref, type RefObject } from 'react';
import { useModalDialog } from '../use-modal-dialog';

interface ModalDialogProps {
  /** The caller's handle on the dialog, to close it from its own buttons; closing runs `onClose`. */
  readonly dialogRef: RefObject<HTMLDialogElement | null>;
  readonly title: string;
  /** Which dialog this is, as `data-dialog`, for code that must tell an open dialog apart (a drop may replace the import dialog). */
  readonly name?: string;
  /** Beside `dialog`: a width (`dialog-wide`, `dialog-narrow`). */
  readonly className?: string;
  /** The id of what explains the dialog, for a question that needs it read out with the title. */
  readonly describedBy?: string;
  readonly intro?: ReactNode;
  /** The form-level error, under the intro. Announced as an alert, unless `errorRef` is given: then the caller moves focus to it. */
  readonly error?: string | null;
  readonly errorRef?: Ref<HTMLParagraphElement>;
  /**
   * A request is on its way: Esc does nothing, and the content and actions (in one fieldset) are disabled. Leave it out
   * for a dialog that sends nothing; then there is no fieldset.
   */
  readonly busy?: boolean;
  /** With it the dialog's body is a <form> (submitted by a `type="submit"` action); without it, a <div>. */
  readonly onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
  readonly formRef?: Ref<HTMLFormElement>;
  readonly actions: ReactNode;
  readonly onClose: () => void;
  readonly children?: ReactNode;
}

export function ModalDialog({ dialogRef, title, name, className, describedBy, intro, error, errorRef, busy, onSubmit, formRef, actions, onClose, children }: ModalDialogProps) {
  useModalDialog(dialogRef);
  const titleId = useId();
  const content = (
    <>
      {children}
      <div className="dialog-actions">{actions}</div>
    </>
  );
  const body = (
    <>
      <h2 id={titleId}>{title}</h2>
      {intro && <p className="dialog-intro">{intro}</p>}
      {error && (
        <p ref={errorRef} className="form-error" {...(errorRef ? { tabIndex: -1 } : { role: 'alert' })}>
          {error}
        </p>
      )}
      {busy === undefined ? content : <fieldset disabled={busy}>{content}</fieldset>}
    </>
  );
  return (
    <dialog
      ref={dialogRef}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      data-dialog={name}
      onCancel={(event) => {
        if (busy) event.preventDefault();
      }}
      onClose={onClose}
    >
      {onSubmit ? (
        <form ref={formRef} className="profile-form" noValidate onSubmit={onSubmit}>
          {body}
        </form>
      ) : (
        <div className="profile-form">{body}</div>
      )}
    </dialog>
  );
}
