// Applies an edit to a stored profile, enforcing that a saved secret stays bound to the server it was entered for.
import { appError } from '../../../shared/app-error';
import type { ProfileChanges } from '../../../shared/profile';
import { fail, ok, type Result } from '../../../shared/result';
import type { StoredProfile } from './profiles-file';

export interface PlannedChange {
  readonly profile: StoredProfile;
  /** The held token belongs to the old server or identity and must be dropped. */
  readonly tokenInvalidated: boolean;
}

/**
 * A new base URL or audience without a new secret clears the stored secret: a tampered or mistaken profile can then
 * never send a saved secret to another host. A new client ID or username keeps the secret but drops the token; the kept
 * secret is sealed again for the new identity (profile-edit.ts), since every saved secret is sealed with its identity.
 */
export function applyProfileChanges(current: StoredProfile, changes: ProfileChanges, newEncryptedSecret: string | null): Result<PlannedChange> {
  if (current.kind === 'password' && (changes.clientId !== undefined || changes.audience !== undefined)) {
    return fail(appError('invalid_request', 'A username-and-password profile has no client ID or audience.', { field: changes.clientId !== undefined ? 'clientId' : 'audience' }));
  }
  if (current.kind === 'client_credentials' && changes.username !== undefined) {
    return fail(appError('invalid_request', 'A client-credentials profile has no username.', { field: 'username' }));
  }
  const serverChanged =
    (changes.baseUrl !== undefined && changes.baseUrl !== current.baseUrl) ||
    (current.kind === 'client_credentials' && changes.audience !== undefined && changes.audience !== current.audience);
  const identityChanged =
    current.kind === 'client_credentials'
      ? changes.clientId !== undefined && changes.clientId !== current.clientId
      : changes.username !== undefined && changes.username !== current.username;

  const encryptedSecret = newEncryptedSecret ?? (serverChanged ? null : current.encryptedSecret);
  const common = {
    name: changes.name ?? current.name,
    baseUrl: changes.baseUrl ?? current.baseUrl,
    notes: changes.notes ?? current.notes,
    tags: changes.tags ?? current.tags,
    color: changes.color === undefined ? current.color : changes.color,
    pinned: changes.pinned ?? current.pinned,
    encryptedSecret,
  };
  const profile: StoredProfile =
    current.kind === 'password'
      ? { ...current, ...common, username: changes.username ?? current.username }
      : { ...current, ...common, clientId: changes.clientId ?? current.clientId, audience: changes.audience ?? current.audience };
  return ok({ profile, tokenInvalidated: serverChanged || identityChanged || newEncryptedSecret !== null });
}
