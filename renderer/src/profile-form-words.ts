// The profile form's words that depend on what is saved and what is typed: its title and intro, the line under the
// secret, and what Test says while it waits for a secret. Built from the form's values each time, so no two lines disagree.
import { factsOf } from '../../shared/credentials/credential-kinds';
import type { ProfileView } from '../../shared/profile';
import type { FormPurpose, ProfileKind } from './profile-form';

/** What the form knows besides the saved profile: why it is open, and which typed change would clear the saved secret. */
export interface SecretSituation {
  readonly purpose: FormPurpose;
  /** The name of the change that clears the saved secret on save ("base URL", "audience"), or null. */
  readonly clearedBy: string | null;
}

const EDITING: SecretSituation = { purpose: 'edit', clearedBy: null };

/** There is a saved secret this profile can keep: the lines about "the saved one" are about something real. */
function keepsSaved(profile: ProfileView, clearedBy: string | null): boolean {
  return !profile.secretReference && (profile.secret === 'set' || profile.secret === 'waiting') && clearedBy === null;
}

export function formTitle(profile: ProfileView | undefined, purpose: FormPurpose): string {
  if (!profile) return 'New profile';
  const { word } = factsOf(profile.kind).secret;
  // The same words as the row's button that opened it.
  if (purpose === 'update') return `Update ${word}`;
  if (purpose === 'enter') return 'Enter secret';
  return 'Edit profile';
}

/** Why the row asked for the secret: none is saved, or the saved one cannot be used (the row's problem line says the same). */
function enterReason(profile: ProfileView, name: string): string {
  switch (profile.secret) {
    case 'unreadable':
      return `The saved ${name} cannot be decrypted on this computer: enter it again to get tokens.`;
    case 'server_changed':
      return `The base URL or sign-in changed outside the app, so the saved ${name} cannot be used: enter it again.`;
    default:
      return `No ${name} is saved for this profile: enter it to get tokens.`;
  }
}

/** `clearedBy`: the typed change that would clear the saved secret on save, if any: then there is nothing to keep. */
export function formIntro(kind: ProfileKind, profile: ProfileView | undefined, purpose: FormPurpose, clearedBy: string | null = null): string {
  const facts = factsOf(kind);
  const { name, word } = facts.secret;
  const kept = `The ${word} is encrypted on this computer and never shown again.`;
  if (!profile) return `${facts.formIntro} ${kept}`;
  if (purpose === 'update') return `Butlr rejected the saved ${name}: enter the new one to get tokens again.`;
  if (purpose === 'enter') return enterReason(profile, name);
  if (profile.secretReference) return `The ${name} is read from the secret manager each time; nothing secret is saved here.`;
  return keepsSaved(profile, clearedBy) ? 'Saved secrets are never shown again; type one only to replace it.' : kept;
}

/** The line under the secret field on an edit: what the saved secret's state, and the typed changes, mean for what to type. */
export function secretHint(profile: ProfileView | undefined, { purpose, clearedBy }: SecretSituation = EDITING): string | undefined {
  if (!profile) return undefined;
  if (profile.secretReference) return 'Type the secret to store it here instead of reading it from the secret manager.';
  const { word } = factsOf(profile.kind).secret;
  // Saving as typed would drop the saved secret: "leave empty" would lose it.
  if (clearedBy) return `Enter the ${word} again: the saved one was for the old ${clearedBy}.`;
  // The intro says why the secret is asked for; this line need not say it again.
  if (purpose === 'update' || purpose === 'enter') return 'What you type here is encrypted on this computer and never shown again.';
  switch (profile.secret) {
    case 'set':
      return `Leave empty to keep the saved ${word}.`;
    case 'missing':
      return `No ${word} is saved. Enter it to get tokens again.`;
    case 'unreadable':
      return `The saved ${word} cannot be decrypted on this computer. Enter it again.`;
    case 'server_changed':
      return `The base URL or sign-in changed outside the app; enter the ${word} again.`;
    case 'waiting':
      // Nothing is lost: typing one is only needed to replace it.
      return `The saved ${word} is kept while the system keyring is locked. Leave empty to keep it.`;
  }
}

/** What Test says on an edit while the secret field is empty: the saved secret is named only when there is one to keep. */
export function testWaitingText(profile: ProfileView, kind: ProfileKind, clearedBy: string | null): string {
  const { name } = factsOf(kind).secret;
  return keepsSaved(profile, clearedBy) ? `Type the ${name} to test: the saved one never leaves the app’s background process.` : `Type the ${name} to test.`;
}
