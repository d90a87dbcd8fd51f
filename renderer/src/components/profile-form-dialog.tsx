// The profile dialog, new or edit: a modal form checked with the shared schemas, saved through main, closed with Esc or Cancel.
import { useEffect, useRef, useState, type FocusEvent, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { factsOf } from '../../../shared/credentials/credential-kinds';
import type { ProfileView } from '../../../shared/profile';
import { IpcError } from '../ipc-client';
import { firstInvalidField, secretFieldOf, type ProfileField, type TextField } from '../profile-form';
import { secretClearedBy, type ProfileSave } from '../profile-form-verdict';
import { useCreateProfile, useUpdateProfile } from '../queries';
import { showToast } from '../toast-store';
import { useProfileForm } from '../use-profile-form';
import { CredentialFields } from './credential-fields';
import { FormField } from './form-field';
import { KindChoice } from './kind-choice';
import { ModalDialog } from './modal-dialog';
import { OrganisingFields } from './organising-fields';
import { ProfileTestButton } from './profile-test-button';
import { WeakEncryptionConsent } from './weak-encryption-consent';

interface ProfileFormDialogProps {
  /** The saved profile to edit; without it the dialog creates a new one. */
  readonly profile?: ProfileView;
  /** Start in the secret field: the row asked for the secret to be entered again. */
  readonly focusSecret?: boolean;
  readonly onClose: () => void;
}

const NOT_SAVED = 'Nothing was saved. Without a keyring, a secret is stored only if you agree to it being obfuscated rather than encrypted.';

export function ProfileFormDialog({ profile, focusSecret = false, onClose }: ProfileFormDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const formErrorRef = useRef<HTMLParagraphElement>(null);
  const form = useProfileForm(profile);
  const create = useCreateProfile();
  const update = useUpdateProfile();
  const [consentFor, setConsentFor] = useState<ProfileSave | null>(null);
  const pending = create.isPending || update.isPending;
  const clearedBy = secretClearedBy(form.values, profile);
  const kind = form.values.kind;

  function focusField(field: ProfileField | undefined): void {
    const element = field && formRef.current?.elements.namedItem(field);
    const target = element instanceof RadioNodeList ? element[0] : element;
    if (target instanceof HTMLElement) target.focus();
  }

  // On opening only: the name, or the secret when that is what the row asked for.
  const [initialFocus] = useState<ProfileField>(() => (focusSecret && profile ? secretFieldOf(profile.kind) : 'name'));
  useEffect(() => {
    const input = formRef.current?.elements.namedItem(initialFocus);
    if (input instanceof HTMLElement) input.focus();
  }, [initialFocus]);

  function handleBlur(field: TextField, event: FocusEvent<HTMLElement>): void {
    // Moving to Save or Cancel: Save checks everything anyway, and a message appearing now would shift the button away from the pointer.
    if (event.relatedTarget instanceof HTMLElement && event.relatedTarget.closest('[data-form-action]')) return;
    form.blur(field);
  }

  function save(action: ProfileSave): void {
    const callbacks = {
      onSuccess: (saved: ProfileView) => {
        if (action.type === 'update') showToast('status', saved.secret === 'set' ? `Saved “${saved.name}”` : `Saved “${saved.name}”. Enter its secret to get tokens again.`);
        dialogRef.current?.close();
      },
      onError: (error: Error) => {
        if (error instanceof IpcError && error.code === 'weak_encryption') return setConsentFor(action);
        const field = flushSync(() => form.showServerError(error));
        if (field) focusField(field);
        else formErrorRef.current?.focus();
      },
    };
    if (action.type === 'create') create.mutate(action.input, callbacks);
    else if (Object.keys(action.changes).length === 0) dialogRef.current?.close();
    else update.mutate({ id: action.id, changes: action.changes }, callbacks);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (pending) return;
    // flushSync so the messages (and a reopened Advanced section) exist before focus moves to them.
    const verdict = flushSync(() => form.validateAll());
    if (verdict.ok) save(verdict.save);
    else focusField(firstInvalidField(verdict.errors, kind));
  }

  const secretWord = factsOf(kind).secret.word;
  return (
    <>
      <ModalDialog
        dialogRef={dialogRef}
        title={profile ? 'Edit profile' : 'New profile'}
        intro={profile ? 'Saved secrets are never shown again; type one only to replace it.' : `Paste the details of a Butlr API token. The ${secretWord} is encrypted on this computer and never shown again.`}
        error={form.formError}
        errorRef={formErrorRef}
        busy={pending}
        onSubmit={handleSubmit}
        formRef={formRef}
        onClose={onClose}
        actions={
          <>
            <button type="button" className="button" data-form-action onClick={() => dialogRef.current?.close()}>
              Cancel
            </button>
            <button type="submit" className="button button-primary" data-form-action aria-busy={pending}>
              Save profile
            </button>
          </>
        }
      >
        <KindChoice value={kind} locked={profile !== undefined} onChange={form.setKind} />
        <FormField field="name" label="Name" hint="How this profile appears in the list, e.g. Production." value={form.values.name} error={form.errors.name} onChange={form.change} onBlur={handleBlur} />
        <FormField field="baseUrl" label="Base URL" type="url" value={form.values.baseUrl} error={form.errors.baseUrl} onChange={form.change} onBlur={handleBlur} />
        <CredentialFields form={form} profile={profile} clearedBy={clearedBy} onBlur={handleBlur} />
        <OrganisingFields form={form} onBlur={handleBlur} />
        <ProfileTestButton
          form={form}
          profile={profile}
          onProblem={(field) => {
            if (field) focusField(field);
            else formErrorRef.current?.focus();
          }}
        />
      </ModalDialog>
      {/* Beside the dialog, not inside it: React would hand the consent dialog's close event on to this one's onClose. */}
      {consentFor && (
        <WeakEncryptionConsent
          onAgreed={() => {
            setConsentFor(null);
            save(consentFor);
          }}
          onCancel={() => {
            setConsentFor(null);
            form.showFormError(NOT_SAVED);
          }}
        />
      )}
    </>
  );
}
