// Creates, edits, duplicates, orders and deletes (with undo) profiles; turns stored records into the views the renderer may see.
import { appError, type AppError } from '../../../shared/app-error';
import { pinnedFirst } from '../../../shared/pinned-first';
import { factsOf, secretOf } from '../../../shared/credentials/credential-kinds';
import { UNDO_DELETE_MS } from '../../../shared/undo-delete';
import { isReferenceProfile, type AnyNewProfile, type ProfileChanges, type ProfileView, type SecretState } from '../../../shared/profile';
import { fail, ok, type Result } from '../../../shared/result';
import type { EmitCoreEvent } from '../events/core-events';
import type { Logger } from '../logger';
import type { TimerPort } from '../tokens/refresh-scheduler';
import { grantForReference, grantForStoredProfile, grantFromNewProfile } from '../tokens/grants';
import type { TokenService } from '../tokens/token-service';
import { newStoredProfile, type ProfileSource } from './new-stored-profile';
import { applyProfileChanges } from './profile-changes';
import { changedWhileSaving, saveProfileEdit } from './profile-edit';
import { profileNotFound } from './profile-errors';
import { firstFreeNumberedName } from '../vault/profile-names';
import type { LoadedProfile, ProfileRepository, StoredProfile } from './profile-repository';
import type { ProfileSecrets } from './profile-secrets';
import type { ReferenceGate } from '../secret-sources/reference-gate';
import { sameSignInIdentity } from './sign-in-identity';

/**
 * A profile from outside (an import file), already validated: its metadata and its secret if the file had it, or where
 * its secret is read from, and whether that reference may run without the person confirming it (imported-references.ts).
 */
export type ProfileCandidate = ProfileSource & { readonly secret: string | null; readonly confirmReference?: boolean };

export interface ProfileService {
  list(): Promise<ProfileView[]>;
  /** The first `count` of the board's opening order (pinned first, then the manual order), and how many there are. */
  listFirst(count: number): Promise<{ profiles: ProfileView[]; total: number }>;
  /**
   * `testedToken`: the handle a Test of these credentials returned; its token is kept if it still matches (see
   * TokenService.keepTested). `allowedCommand`: the handle a Test of a custom command returned, which spares the dialog a
   * second time for exactly that command and identity (reference-gate.ts).
   */
  create(input: AnyNewProfile, testedToken?: string, allowedCommand?: string): Promise<Result<ProfileView>>;
  /** `testedToken`, `allowedCommand`: as for create; only an edit that carries the secret or the reference can match one. */
  update(id: string, changes: ProfileChanges, testedToken?: string, allowedCommand?: string): Promise<Result<ProfileView>>;
  duplicate(id: string): Promise<Result<ProfileView>>;
  /** Hides the profile at once and purges it when the undo window ends. */
  remove(id: string): Result<{ id: string; undoUntil: number }>;
  restore(id: string): Promise<Result<ProfileView>>;
  reorder(ids: readonly string[]): Result<{ ids: string[] }>;
  setAutoRefresh(id: string, enabled: boolean): Result<{ id: string; autoRefresh: boolean }>;
  isNameTaken(name: string, exceptId?: string): boolean;
  /** Takes in a profile from an import file, as new or in place of `replaceId`; without a secret it waits for one. */
  adopt(candidate: ProfileCandidate, replaceId: string | null): Promise<Result<ProfileView>>;
  /** Cancels pending purges; a deletion still pending then becomes final at the next start. */
  dispose(): void;
}

interface ProfileServiceDeps {
  readonly profiles: ProfileRepository;
  readonly tokens: TokenService;
  readonly secrets: ProfileSecrets;
  readonly timers: TimerPort;
  readonly now: () => number;
  readonly newId: () => string;
  /** Whether new profiles start with auto-refresh on (a setting). */
  readonly autoRefreshByDefault: () => boolean;
  readonly nextRefreshAt: (id: string) => number | null;
  readonly lastUsedAt: (id: string) => number | null;
  /** Checks a reference a window gives before it is confirmed (reference-gate.ts). */
  readonly gateReference: ReferenceGate;
  readonly emit: EmitCoreEvent;
  readonly logger: Logger;
}

const nameTaken = (name: string): AppError => appError('name_taken', `A profile named “${name}” already exists. Choose another name.`, { field: 'name' });

/** A stored profile without what the list never shows, kind by kind. */
type ProfileMetadata = StoredProfile extends infer Kind ? (Kind extends StoredProfile ? Omit<Kind, 'encryptedSecret' | 'order' | 'deletedAt' | 'scriptsWithoutAsking'> : never) : never;

export function createProfileService(deps: ProfileServiceDeps): ProfileService {
  const { profiles, tokens, secrets, timers, now, newId, emit, logger } = deps;

  const isNameTaken = (name: string, exceptId?: string): boolean => {
    const key = name.trim().toLocaleLowerCase();
    return profiles.list().some((profile) => profile.id !== exceptId && profile.name.toLocaleLowerCase() === key);
  };

  // A stored record's shown fields, kept per record (records are replaced, never changed in place): a rest-spread that
  // leaves fields out is several times slower than copying a plain object, and the list makes 1,000 of them per call.
  const metadataByRecord = new WeakMap<StoredProfile, ProfileMetadata>();
  const metadataOf = (profile: StoredProfile): ProfileMetadata => {
    let metadata = metadataByRecord.get(profile);
    if (metadata === undefined) {
      const { encryptedSecret: _secret, order: _order, deletedAt: _deletedAt, scriptsWithoutAsking: _scripts, ...shown } = profile;
      metadata = shown;
      metadataByRecord.set(profile, metadata);
    }
    return metadata;
  };
  const viewWith = (loaded: LoadedProfile, secret: SecretState): ProfileView => {
    const { id } = loaded.profile;
    return { ...metadataOf(loaded.profile), secret, damage: loaded.damage, token: tokens.info(id), nextRefreshAt: deps.nextRefreshAt(id), lastUsedAt: deps.lastUsedAt(id) };
  };
  const toView = async (loaded: LoadedProfile): Promise<ProfileView> => viewWith(loaded, await secrets.state(loaded));
  /** The view of a profile just written: read back, so it shows what is stored. */
  const viewOf = async (id: string): Promise<Result<ProfileView>> => {
    const loaded = profiles.load(id);
    return loaded ? ok(await toView(loaded)) : fail(profileNotFound());
  };

  const nextOrder = (): number => Math.max(-1, ...profiles.list().map((profile) => profile.order)) + 1;

  const changed = (what: string, id: string): void => {
    logger.info(`profiles: ${what} profile ${id}`);
    emit('profilesChanged', {});
  };

  const pendingPurges = new Map<string, unknown>();
  const purge = (id: string): void => {
    pendingPurges.delete(id);
    if (!profiles.getDeleted(id)) return;
    try {
      profiles.remove(id);
      tokens.forget(id);
      logger.info(`profiles: purged profile ${id}`);
    } catch (error) {
      // It stays marked deleted (hidden) and is purged at the next start.
      logger.error(`profiles: could not purge profile ${id}`, error);
    }
  };
  // A deletion left pending by a previous run (the app quit inside the undo window) is final now.
  for (const deleted of profiles.listDeleted()) purge(deleted.id);

  return {
    isNameTaken,
    dispose() {
      for (const handle of pendingPurges.values()) timers.clearTimeout(handle);
      pendingPurges.clear();
    },
    async list() {
      const all = profiles.loadAll();
      const states = await secrets.states(all);
      return all.map((loaded, index) => viewWith(loaded, states[index]!));
    },
    async listFirst(count) {
      const all = profiles.loadAll();
      // The board's own order when it opens: the manual order, pinned first (as renderer/src/board-view.ts sorts it).
      const first = pinnedFirst(all, (loaded) => loaded.profile.pinned).slice(0, count);
      const states = await secrets.states(first);
      return { profiles: first.map((loaded, index) => viewWith(loaded, states[index]!)), total: all.length };
    },
    async create(input, testedToken, allowedCommand) {
      if (isNameTaken(input.name)) return fail(nameTaken(input.name));
      if (isReferenceProfile(input)) {
        const admitted = await deps.gateReference.forSave(input.secretReference, input, allowedCommand);
        if (!admitted.ok) return admitted;
      }
      // What is sealed: the secret typed in, or the reference the person gave (confirmed by giving it).
      const encryptedSecret = isReferenceProfile(input)
        ? await secrets.confirm(input.secretReference, input)
        : await secrets.seal(secretOf(input), input, factsOf(input.kind).secret.key);
      if (!encryptedSecret.ok) return encryptedSecret;
      // Checked again: another create with the same name may have finished while we were encrypting.
      if (isNameTaken(input.name)) return fail(nameTaken(input.name));
      const stored = newStoredProfile(input, {
        id: newId(),
        createdAt: now(),
        autoRefresh: deps.autoRefreshByDefault(),
        pinned: false,
        order: nextOrder(),
        encryptedSecret: encryptedSecret.value,
      });
      profiles.add(stored);
      // Before the change is announced, so no list is drawn with the new profile still waiting for its token.
      if (testedToken !== undefined) {
        await tokens.keepTested(stored.id, testedToken, isReferenceProfile(input) ? grantForReference(input, input.secretReference) : grantFromNewProfile(input));
      }
      changed('created', stored.id);
      return viewOf(stored.id);
    },
    async update(id, changes, testedToken, allowedCommand) {
      const loaded = profiles.load(id);
      if (!loaded) return fail(profileNotFound());
      if (changes.name !== undefined && isNameTaken(changes.name, id)) return fail(nameTaken(changes.name));
      if (changes.secretReference !== undefined) {
        // Checked for the profile as it will be after the edit: its name in the dialog, its server and identity.
        const edited = applyProfileChanges(loaded.profile, changes, null);
        if (!edited.ok) return edited;
        const admitted = await deps.gateReference.forSave(changes.secretReference, edited.value.profile, allowedCommand);
        if (!admitted.ok) return admitted;
      }
      const saved = await saveProfileEdit({ profiles, secrets, tokens }, loaded, changes);
      if (!saved.ok) return saved;
      const edited = profiles.get(id);
      if (testedToken !== undefined && edited) {
        const tested = changes.secret !== undefined ? grantForStoredProfile(edited, changes.secret) : changes.secretReference ? grantForReference(edited, changes.secretReference) : null;
        if (tested) await tokens.keepTested(id, testedToken, tested);
      }
      changed('edited', id);
      return viewOf(id);
    },
    async adopt(candidate, replaceId) {
      const loaded = replaceId === null ? null : profiles.load(replaceId);
      if (replaceId !== null && !loaded) return fail(profileNotFound());
      const replaced = loaded?.profile;
      if (isNameTaken(candidate.name, replaceId ?? undefined)) return fail(nameTaken(candidate.name));
      const sealed =
        candidate.secretReference !== undefined
          ? candidate.confirmReference === true
            ? await secrets.confirm(candidate.secretReference, candidate)
            : null
          : candidate.secret === null
            ? null
            : await secrets.seal(candidate.secret, candidate, 'secret');
      if (sealed && !sealed.ok) return sealed;
      // A file without secrets replacing a profile for the same server and identity keeps the secret already saved; a
      // reference replaces it (and is not confirmed by anything the profile held before).
      const keptSecret =
        replaced && sealed === null && candidate.secretReference === undefined && replaced.secretReference === undefined && sameSignInIdentity(replaced, candidate)
          ? replaced.encryptedSecret
          : null;
      const stored = newStoredProfile(candidate, {
        id: replaced?.id ?? newId(),
        createdAt: replaced?.createdAt ?? now(),
        autoRefresh: replaced?.autoRefresh ?? deps.autoRefreshByDefault(),
        pinned: replaced?.pinned ?? false,
        order: replaced?.order ?? nextOrder(),
        encryptedSecret: sealed?.value ?? keptSecret,
      });
      if (loaded) {
        if (profiles.updateIf(loaded.profile.id, loaded.revision, () => stored) === null) return fail(changedWhileSaving());
        if (keptSecret === null) tokens.forget(loaded.profile.id);
      } else {
        profiles.add(stored);
      }
      changed(replaced ? 'replaced from an import' : 'imported', stored.id);
      return viewOf(stored.id);
    },
    async duplicate(id) {
      const original = profiles.get(id);
      if (!original) return fail(profileNotFound());
      const name = firstFreeNumberedName(original.name, (candidate) => isNameTaken(candidate));
      // A copy is a new profile for scripts too: they are asked about it until a person says otherwise.
      const { scriptsWithoutAsking: _withoutAsking, ...copied } = original;
      const copy: StoredProfile = { ...copied, id: newId(), name, createdAt: now(), order: nextOrder(), deletedAt: null };
      profiles.add(copy);
      changed('duplicated', `${id} as ${copy.id}`);
      return viewOf(copy.id);
    },
    remove(id) {
      if (!profiles.get(id)) return fail(profileNotFound());
      const deletedAt = now();
      profiles.update(id, (profile) => ({ ...profile, deletedAt }));
      pendingPurges.set(id, timers.setTimeout(() => purge(id), UNDO_DELETE_MS));
      changed('deleted', id);
      return ok({ id, undoUntil: deletedAt + UNDO_DELETE_MS });
    },
    async restore(id) {
      const deleted = profiles.getDeleted(id);
      if (!deleted) return fail(appError('not_found', 'That profile can no longer be restored: the undo window has passed.'));
      if (isNameTaken(deleted.name)) return fail(nameTaken(deleted.name));
      const restored = { ...deleted, deletedAt: null };
      timers.clearTimeout(pendingPurges.get(id));
      pendingPurges.delete(id);
      profiles.update(id, () => restored);
      changed('restored', id);
      return viewOf(id);
    },
    reorder(ids) {
      const known = new Set(profiles.list().map((profile) => profile.id));
      if (ids.length !== known.size || new Set(ids).size !== ids.length || !ids.every((id) => known.has(id))) {
        return fail(appError('invalid_request', 'The list changed while you were moving profiles. Try again.'));
      }
      profiles.reorder(ids);
      changed('reordered', `${ids.length}`);
      return ok({ ids: [...ids] });
    },
    setAutoRefresh(id, enabled) {
      if (!profiles.get(id)) return fail(profileNotFound());
      profiles.update(id, (profile) => ({ ...profile, autoRefresh: enabled }));
      changed(`auto-refresh ${enabled ? 'on' : 'off'} for`, id);
      return ok({ id, autoRefresh: enabled });
    },
  };
}
