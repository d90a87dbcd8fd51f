// The profile dialog, new or edit, in the order a person fills it: name, client ID, secret (shown on demand) with Test and
// its result on the same line, then Advanced (base URL, audience) and Organise (notes, tags, colour) folded away. Checked
// with the shared schemas, saved through main (keeping the token a Test fetched), closed with Esc or Cancel.
import { useEffect, useRef, useState, type FocusEvent, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { factsOf, principalFieldOf } from '../../../shared/credentials/credential-kinds';
import type { ProfileView } from '../../../shared/profile';
import { IpcError } from '../ipc-client';
import { firstInvalidField, formPurposeOf, pointsAtAddress, secretFieldOf, sectionOf, unfoldedSections, type FieldErrors, type FormSection, type ProfileField, type ProfileKind, type TextField } from '../profile-form';
import { referenceReconfirmedBy, secretClearedBy, type ProfileSave } from '../profile-form-verdict';
import { formIntro, formTitle } from '../profile-form-words';
import { useCreateProfile, useUpdateProfile } from '../queries';
import { useCreateReferenceProfile } from '../settings-queries';
import { showToast } from '../toast-store';
import { usePastedCredentials } from '../use-pasted-credentials';
import { useProfileForm } from '../use-profile-form';
import { useProfileTest } from '../use-profile-test';
import { CredentialFields } from './credential-fields';
import { FormDisclosure } from './form-disclosure';
import { FormField } from './form-field';
import { KindSwitch } from './kind-switch';
import { ModalDialog } from './modal-dialog';
import { OrganisingFields } from './organising-fields';
import { WeakEncryptionConsent } from './weak-encryption-consent';

interface ProfileFormDialogProps {
  /** The saved profile to edit; without it the dialog creates a new one. */
  readonly profile?: ProfileView;
  /** Start in the secret field: the row asked for the secret to be entered again. */
  readonly focusSecret?: boolean;
  /** The profile as main saved it, just before the dialog closes: the board then brings its row into view. */
  readonly onSaved?: (saved: ProfileView) => void;
  readonly onClose: () => void;
}

const NOT_SAVED = 'Nothing was saved. Without a keyring, a secret is stored only if you agree to it being obfuscated rather than encrypted.';

export function ProfileFormDialog({ profile, focusSecret = false, onSaved, onClose }: ProfileFormDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const formErrorRef = useRef<HTMLParagraphElement>(null);
  const [purpose] = useState(() => formPurposeOf(profile, focusSecret));
  const form = useProfileForm(profile, purpose);
  const create = useCreateProfile();
  const createWithReference = useCreateReferenceProfile();
  const update = useUpdateProfile();
  const [consentFor, setConsentFor] = useState<ProfileSave | null>(null);
  const [sections, setSections] = useState(() => unfoldedSections(profile));
  const [revealed, setRevealed] = useState(false);
  // A value pasted into a folded field (a base URL from .env lines) is shown, not changed out of sight.
  const pasted = usePastedCredentials(form, () => setSections((current) => ({ ...current, advanced: true })));
  const pending = create.isPending || createWithReference.isPending || update.isPending;
  const clearedBy = secretClearedBy(form.values, profile);
  const reconfirmedBy = referenceReconfirmedBy(form.values, profile);
  const kind = form.values.kind;

  function focusField(field: ProfileField | undefined): void {
    const element = field && formRef.current?.elements.namedItem(field);
    const target = element instanceof RadioNodeList ? element[0] : element;
    if (target instanceof HTMLElement) target.focus();
  }

  /** Opens each folded part that holds a field with a message, then focuses the first such field. */
  function showInvalid(errors: FieldErrors): void {
    const holding = (section: FormSection): boolean => Object.keys(errors).some((field) => sectionOf(field as ProfileField, kind) === section);
    flushSync(() => setSections((current) => ({ advanced: current.advanced || holding('advanced'), organise: current.organise || holding('organise') })));
    focusField(firstInvalidField(errors, kind));
  }

  /** A failure that says to check the base URL: the field is shown, not left folded under Advanced. */
  function showAddress(): void {
    setSections((current) => (current.advanced ? current : { ...current, advanced: true }));
  }

  const test = useProfileTest(form, profile, showInvalid, showAddress);

  // On opening only: the name, or the secret when that is what the row asked for.
  // A secret read from a secret manager has no secret field: its source's choice is where it is changed.
  const [initialFocus] = useState<ProfileField | 'secretSource'>(() => (focusSecret && profile ? (profile.secretReference ? 'secretSource' : secretFieldOf(profile.kind)) : 'name'));
  useEffect(() => {
    const input = formRef.current?.elements.namedItem(initialFocus);
    if (input instanceof HTMLElement) input.focus();
  }, [initialFocus]);

  function handleBlur(field: TextField, event: FocusEvent<HTMLElement>): void {
    // Moving to Save, Cancel, Test or a folded part's button: Save checks everything anyway, and a message appearing now
    // would shift the button away from the pointer.
    if (event.relatedTarget instanceof HTMLElement && event.relatedTarget.closest('[data-form-action]')) return;
    form.blur(field);
  }

  function switchKind(next: ProfileKind): void {
    flushSync(() => {
      form.setKind(next);
      setRevealed(false);
    });
    focusField(principalFieldOf(next).key);
  }

  function save(action: ProfileSave): void {
    const callbacks = {
      onSuccess: (saved: ProfileView) => {
        if (action.type === 'create') showToast('status', `Added “${saved.name}”`);
        else showToast('status', saved.secret === 'set' ? `Saved “${saved.name}”` : `Saved “${saved.name}”. Enter its secret to get tokens again.`);
        onSaved?.(saved);
        dialogRef.current?.close();
      },
      onError: (error: Error) => {
        if (error instanceof IpcError && error.code === 'weak_encryption') return setConsentFor(action);
        const field = flushSync(() => form.showServerError(error));
        if (field) return showInvalid({ [field]: error.message });
        if (error instanceof IpcError && pointsAtAddress(error.code)) flushSync(showAddress);
        formErrorRef.current?.focus();
      },
    };
    // Main keeps the token a Test fetched only if these are the credentials it was fetched with; otherwise it ignores it.
    // Likewise it asks again about a custom command unless the handle names exactly the command and profile allowed on Test.
    const { testedToken, allowedCommand } = test;
    const handles = { ...(testedToken && { testedToken }), ...(allowedCommand && { allowedCommand }) };
    if (action.type === 'create') {
      const { input } = action;
      if ('secretReference' in input) createWithReference.mutate({ ...input, ...handles }, callbacks);
      else create.mutate(testedToken ? { ...input, testedToken } : input, callbacks);
    }
    else if (Object.keys(action.changes).length === 0) dialogRef.current?.close();
    else update.mutate({ id: action.id, changes: action.changes, ...handles }, callbacks);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (pending) return;
    // The secret is hidden again on saving, whatever comes of it. flushSync so the messages exist before focus moves to them.
    const verdict = flushSync(() => {
      setRevealed(false);
      return form.validateAll();
    });
    if (verdict.ok) save(verdict.save);
    else showInvalid(verdict.errors);
  }

  return (
    <>
      <ModalDialog
        dialogRef={dialogRef}
        title={formTitle(profile, purpose)}
        intro={formIntro(kind, profile, purpose, clearedBy)}
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
        <FormField field="name" label="Name" hint="How this profile appears in the list, e.g. Production." value={form.values.name} error={form.errors.name} onChange={form.change} onBlur={handleBlur} />
        <CredentialFields
          form={form}
          profile={profile}
          purpose={purpose}
          clearedBy={clearedBy}
          reconfirmedBy={reconfirmedBy}
          test={test}
          revealed={revealed}
          onReveal={setRevealed}
          pasted={pasted.note}
          onPaste={pasted.onPaste}
          onBlur={handleBlur}
        />
        {/* A saved profile keeps its kind. */}
        {!profile && <KindSwitch kind={kind} onSwitch={switchKind} />}
        <FormDisclosure id="profile-form-advanced" label="Advanced" open={sections.advanced} onToggle={(open) => setSections((current) => ({ ...current, advanced: open }))}>
          <FormField field="baseUrl" label="Base URL" type="url" hint="Leave as is unless Butlr gave you another address." value={form.values.baseUrl} error={form.errors.baseUrl} onChange={form.change} onBlur={handleBlur} />
          {factsOf(kind)
            .fields.filter((field) => field.advanced)
            .map((field) => (
              <FormField key={field.key} field={field.key} label={field.label} hint={field.hint} value={form.values[field.key]} error={form.errors[field.key]} onChange={form.change} onBlur={handleBlur} />
            ))}
        </FormDisclosure>
        <FormDisclosure id="profile-form-organise" label="Organise" open={sections.organise} onToggle={(open) => setSections((current) => ({ ...current, organise: open }))}>
          <OrganisingFields form={form} onBlur={handleBlur} />
        </FormDisclosure>
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
