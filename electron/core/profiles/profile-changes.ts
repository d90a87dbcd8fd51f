// Applies an edit to a stored profile, enforcing that a saved secret stays bound to the server it was entered for.
import { appError } from '../../../shared/app-error';
import { credentialKindList, factsOf, fieldValueOf, withCredentialFields } from '../../../shared/credentials/credential-kinds';
import type { ProfileChanges } from '../../../shared/profile';
import { fail, ok, type Result } from '../../../shared/result';
import type { StoredProfile } from './profiles-file';

export interface PlannedChange {
  readonly profile: StoredProfile;
  /** The held token belongs to the old server or identity and must be dropped. */
  readonly tokenInvalidated: boolean;
}

/**
 * A new base URL or audience (any field of the kind that names the server) without a new secret clears the stored secret:
 * a tampered or mistaken profile can then never send a saved secret to another host. A new client ID or username keeps
 * the secret but drops the token; the kept secret is sealed again for the new identity (profile-edit.ts), since every
 * saved secret is sealed with its identity. A secret reference is held to the same rule through its confirmation, which is
 * sealed like a secret: a new server leaves the reference in place, unconfirmed, until the person confirms it again.
 */
export function applyProfileChanges(current: StoredProfile, changes: ProfileChanges, newEncryptedSecret: string | null): Result<PlannedChange> {
  const facts = factsOf(current.kind);
  const own = new Set(facts.fields.map((field) => field.key));
  // An edit may name any kind's fields; those of another kind do not belong to this profile.
  const foreign = [...new Map(credentialKindList.flatMap((kind) => kind.fields).filter((field) => !own.has(field.key)).map((field) => [field.key, field])).values()];
  const given = foreign.find((field) => changes[field.key] !== undefined);
  if (given) {
    return fail(appError('invalid_request', `A ${facts.adjective} profile has no ${joinWithOr(foreign.map((field) => field.name))}.`, { field: given.key }));
  }
  const changedFields = facts.fields.filter((field) => changes[field.key] !== undefined && changes[field.key] !== fieldValueOf(current, field.key));
  const serverChanged = (changes.baseUrl !== undefined && changes.baseUrl !== current.baseUrl) || changedFields.some((field) => field.server);
  const identityChanged = changedFields.length > 0;

  if (changes.secret !== undefined && changes.secretReference !== undefined) {
    return fail(appError('invalid_request', 'Give either the secret or where to read it from, not both.', { field: 'secretReference' }));
  }
  const encryptedSecret = newEncryptedSecret ?? (serverChanged ? null : current.encryptedSecret);
  // A typed secret replaces a reference; a reference replaces a typed secret. Only its confirmation is cleared with the server.
  const secretReference = changes.secretReference ?? (changes.secret !== undefined ? undefined : current.secretReference);
  const common = {
    name: changes.name ?? current.name,
    baseUrl: changes.baseUrl ?? current.baseUrl,
    notes: changes.notes ?? current.notes,
    tags: changes.tags ?? current.tags,
    color: changes.color === undefined ? current.color : changes.color,
    pinned: changes.pinned ?? current.pinned,
    encryptedSecret,
  };
  const { secretReference: _previous, ...rest } = current;
  const profile: StoredProfile = withCredentialFields({ ...rest, ...common, ...(secretReference === undefined ? {} : { secretReference }) }, changes);
  return ok({ profile, tokenInvalidated: serverChanged || identityChanged || newEncryptedSecret !== null });
}

/** "client ID or audience"; "a, b or c". */
function joinWithOr(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}
