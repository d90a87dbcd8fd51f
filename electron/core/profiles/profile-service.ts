// Creates, lists and deletes profiles; turns stored records into the views the renderer may see.
import { appError, type AppError } from '../../../shared/app-error';
import type { NewProfile, ProfileView } from '../../../shared/profile';
import { fail, ok, type Result } from '../../../shared/result';
import type { EventEmitter } from '../ipc/ipc-router';
import type { Logger } from '../logger';
import type { SecretCipher } from '../security/secret-cipher';
import type { TokenService } from '../tokens/token-service';
import type { ProfileRepository, StoredProfile } from './profile-repository';

export interface ProfileService {
  list(): Promise<ProfileView[]>;
  create(input: NewProfile): Promise<Result<ProfileView>>;
  remove(id: string): Result<{ id: string }>;
  setAutoRefresh(id: string, enabled: boolean): Result<{ id: string; autoRefresh: boolean }>;
}

interface ProfileServiceDeps {
  readonly profiles: ProfileRepository;
  readonly tokens: TokenService;
  readonly cipher: SecretCipher;
  readonly now: () => number;
  readonly newId: () => string;
  /** Whether new profiles start with auto-refresh on (a setting). */
  readonly autoRefreshByDefault: () => boolean;
  readonly nextRefreshAt: (id: string) => number | null;
  readonly emit: EventEmitter;
  readonly logger: Logger;
}

const nameTaken = (name: string): AppError => appError('name_taken', `A profile named “${name}” already exists. Choose another name.`, { field: 'name' });

export function createProfileService(deps: ProfileServiceDeps): ProfileService {
  const { profiles, tokens, cipher, now, newId, emit, logger } = deps;
  // Whether each stored ciphertext decrypts, remembered per ciphertext so listing does not decrypt every time.
  const readable = new Map<string, boolean>();
  const isReadable = async (encryptedSecret: string): Promise<boolean> => {
    const known = readable.get(encryptedSecret);
    if (known !== undefined) return known;
    const result = (await cipher.decrypt(encryptedSecret)).ok;
    readable.set(encryptedSecret, result);
    return result;
  };

  const isNameTaken = (name: string): boolean => {
    const key = name.toLocaleLowerCase();
    return profiles.list().some((profile) => profile.name.toLocaleLowerCase() === key);
  };

  const toView = async (profile: StoredProfile): Promise<ProfileView> => {
    const { encryptedSecret, ...metadata } = profile;
    return {
      ...metadata,
      secret: (await isReadable(encryptedSecret)) ? 'set' : 'unreadable',
      token: tokens.info(profile.id),
      nextRefreshAt: deps.nextRefreshAt(profile.id),
    };
  };

  return {
    list: () => Promise.all(profiles.list().map(toView)),
    async create(input) {
      if (isNameTaken(input.name)) return fail(nameTaken(input.name));
      const encryptedSecret = await cipher.encrypt(input.clientSecret);
      if (!encryptedSecret.ok) return fail({ ...encryptedSecret.error, field: 'clientSecret' });
      // Checked again: another create with the same name may have finished while we were encrypting.
      if (isNameTaken(input.name)) return fail(nameTaken(input.name));
      const { clientSecret: _secret, ...metadata } = input;
      const stored: StoredProfile = { ...metadata, id: newId(), createdAt: now(), autoRefresh: deps.autoRefreshByDefault(), encryptedSecret: encryptedSecret.value };
      readable.set(stored.encryptedSecret, true);
      profiles.add(stored);
      logger.info(`profiles: created profile ${stored.id}`);
      emit('profilesChanged', {});
      return ok(await toView(stored));
    },
    remove(id) {
      if (!profiles.remove(id)) return fail(appError('not_found', 'That profile no longer exists.'));
      tokens.forget(id);
      logger.info(`profiles: deleted profile ${id}`);
      emit('profilesChanged', {});
      return ok({ id });
    },
    setAutoRefresh(id, enabled) {
      if (!profiles.update(id, { autoRefresh: enabled })) return fail(appError('not_found', 'That profile no longer exists.'));
      logger.info(`profiles: auto-refresh ${enabled ? 'on' : 'off'} for profile ${id}`);
      emit('profilesChanged', {});
      return ok({ id, autoRefresh: enabled });
    },
  };
}
