// Saves a person's edit of a profile: plans it (profile-changes.ts), seals the secret for the identity after the edit, and
// writes it only if the profile's server, identity and secret are still those it was planned for.
import { appError, type AppError } from '../../../shared/app-error';
import type { ProfileChanges } from '../../../shared/profile';
import { fail, ok, type Result } from '../../../shared/result';
import { keyringUnavailable } from '../security/secret-cipher';
import type { TokenService } from '../tokens/token-service';
import { applyProfileChanges } from './profile-changes';
import { profileNotFound } from './profile-errors';
import type { LoadedProfile, ProfileRepository, StoredProfile } from './profile-repository';
import type { ProfileSecrets } from './profile-secrets';
import { sameSignInIdentity } from './sign-in-identity';

export const changedWhileSaving = (): AppError =>
  appError('invalid_request', 'The profile’s base URL, sign-in or secret changed while this edit was being saved, so nothing was saved. Open it again and retry.');

interface ProfileEditDeps {
  readonly profiles: ProfileRepository;
  readonly secrets: ProfileSecrets;
  readonly tokens: Pick<TokenService, 'forget'>;
}

/** The secret an edit saves, sealed for the identity after the edit: a new one as entered, a kept one sealed again; null keeps what is stored. */
async function secretForEdit(secrets: ProfileSecrets, loaded: LoadedProfile, changes: ProfileChanges, edited: StoredProfile): Promise<Result<string | null>> {
  if (changes.secret !== undefined) return secrets.seal(changes.secret, edited, 'secret');
  if (changes.secretReference !== undefined) return secrets.confirm(changes.secretReference, edited);
  // A new client ID or username on the same server keeps the secret: it is sealed again for that identity.
  if (edited.encryptedSecret !== null && !sameSignInIdentity(loaded.profile, edited)) {
    // A keyring not ready yet would make the kept secret look unreadable, and the edit would drop it: wait for the keyring.
    if ((await secrets.state(loaded)) === 'waiting') return fail(keyringUnavailable());
    return ok(await secrets.rebind(loaded, edited));
  }
  return ok(null);
}

/** `loaded` is the profile as read when the edit began; the name rule was checked by the caller. */
export async function saveProfileEdit({ profiles, secrets, tokens }: ProfileEditDeps, loaded: LoadedProfile, changes: ProfileChanges): Promise<Result<void>> {
  const { id } = loaded.profile;
  const draft = applyProfileChanges(loaded.profile, changes, null);
  if (!draft.ok) return draft;
  const secret = await secretForEdit(secrets, loaded, changes, draft.value.profile);
  if (!secret.ok) return secret;
  const planned = applyProfileChanges(loaded.profile, changes, secret.value);
  if (!planned.ok) return planned;
  // The revision moves only with the server, identity or secret, so the rest of the record (a rename or a pin meanwhile)
  // is taken as it is now.
  const change = (latest: StoredProfile): StoredProfile => {
    const replanned = applyProfileChanges(latest, changes, secret.value);
    return replanned.ok ? replanned.value.profile : latest;
  };
  if (profiles.updateIf(id, loaded.revision, change) === null) {
    return fail(profiles.load(id) ? changedWhileSaving() : profileNotFound());
  }
  // A token issued to the old identity or server must not be handed out for the new one.
  if (planned.value.tokenInvalidated) tokens.forget(id);
  return ok(undefined);
}
