// The "New profile" dialog: a modal form checked with the shared schema, saved through main, closed with Esc or Cancel.
import { useEffect, useRef, useState, type FocusEvent, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { firstInvalidField, type ProfileField } from '../profile-form';
import { useCreateProfile } from '../queries';
import { useProfileForm } from '../use-profile-form';
import { FormField } from './form-field';

interface NewProfileDialogProps {
  readonly onClose: () => void;
}

export function NewProfileDialog({ onClose }: NewProfileDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const formErrorRef = useRef<HTMLParagraphElement>(null);
  const form = useProfileForm();
  const create = useCreateProfile();
  const [advancedOpen, setAdvancedOpen] = useState(false);
  const showAdvanced = advancedOpen || form.errors.audience !== undefined;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    formRef.current?.querySelector<HTMLInputElement>('input[name="name"]')?.focus();
  }, []);

  function focusField(field: ProfileField): void {
    const input = formRef.current?.elements.namedItem(field);
    if (input instanceof HTMLInputElement) input.focus();
  }

  function handleBlur(field: ProfileField, event: FocusEvent<HTMLInputElement>): void {
    // Moving to Save or Cancel: Save checks everything anyway, and a message appearing now would shift the button away from the pointer.
    if (event.relatedTarget instanceof HTMLElement && event.relatedTarget.closest('[data-form-action]')) return;
    form.blur(field);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (create.isPending) return;
    // flushSync so the messages (and a reopened Advanced section) exist before focus moves to them.
    const verdict = flushSync(() => form.validateAll());
    if (!verdict.ok) {
      const field = firstInvalidField(verdict.errors);
      if (field) focusField(field);
      return;
    }
    create.mutate(verdict.input, {
      onSuccess: () => dialogRef.current?.close(),
      onError: (error) => {
        const field = flushSync(() => form.showServerError(error));
        if (field) focusField(field);
        else formErrorRef.current?.focus();
      },
    });
  }

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby="new-profile-title"
      onCancel={(event) => {
        if (create.isPending) event.preventDefault();
      }}
      onClose={onClose}
    >
      <form ref={formRef} className="profile-form" noValidate onSubmit={handleSubmit}>
        <h2 id="new-profile-title">New profile</h2>
        <p className="dialog-intro">Paste the client ID and secret of a Butlr API token. The secret is encrypted on this computer and never shown again.</p>
        {form.formError && (
          <p ref={formErrorRef} className="form-error" tabIndex={-1}>
            {form.formError}
          </p>
        )}
        <fieldset disabled={create.isPending}>
          <FormField field="name" label="Name" hint="How this profile appears in the list, e.g. Production." value={form.values.name} error={form.errors.name} onChange={form.change} onBlur={handleBlur} />
          <FormField field="baseUrl" label="Base URL" type="url" value={form.values.baseUrl} error={form.errors.baseUrl} onChange={form.change} onBlur={handleBlur} />
          <FormField field="clientId" label="Client ID" value={form.values.clientId} error={form.errors.clientId} onChange={form.change} onBlur={handleBlur} />
          <FormField field="clientSecret" label="Client secret" type="password" value={form.values.clientSecret} error={form.errors.clientSecret} onChange={form.change} onBlur={handleBlur} />
          <button type="button" className="disclosure" aria-expanded={showAdvanced} aria-controls="new-profile-advanced" onClick={() => setAdvancedOpen(!showAdvanced)}>
            Advanced
          </button>
          <div id="new-profile-advanced">
            {showAdvanced && (
              <FormField field="audience" label="Audience" hint="Leave as is unless Butlr support told you otherwise." value={form.values.audience} error={form.errors.audience} onChange={form.change} onBlur={handleBlur} />
            )}
          </div>
          <div className="dialog-actions">
            <button type="button" className="button" data-form-action onClick={() => dialogRef.current?.close()}>
              Cancel
            </button>
            <button type="submit" className="button button-primary" data-form-action aria-busy={create.isPending}>
              Save profile
            </button>
          </div>
        </fieldset>
      </form>
    </dialog>
  );
}
