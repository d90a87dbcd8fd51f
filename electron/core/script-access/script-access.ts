// Scripts' access to tokens: the three methods `butlr-cred` may call, each new caller approved once by a person.
import type { CliError, CliProfile, TokenGetResult } from '../../../shared/cli-protocol';
import { matchProfile } from '../../../shared/cli-protocol';
import { closestWord } from '../../../shared/edit-distance';
import { fail, ok, type Result } from '../../../shared/result';
import type { ScriptAccess, ScriptAccessAnswer } from '../../../shared/script-access';
import type { TokenInfo } from '../../../shared/token-info';
import type { ActivityLog } from '../activity/activity-log';
import type { CliMethodHandlers, CliSession } from '../cli-channel/channel-connection';
import type { ChannelStatus } from '../cli-channel/channel-server';
import type { EmitCoreEvent } from '../events/core-events';
import type { Logger } from '../logger';
import { profileNotFound } from '../profiles/profile-errors';
import type { ProfileRepository, StoredProfile } from '../profiles/profile-repository';
import type { TokenService } from '../tokens/token-service';
import { describeCaller, type ScriptAccessQuestion } from './consent-dialog';
import { createConsentQueue } from './consent-queue';
import { createScriptGrants, TEN_MINUTES_MS } from './script-grants';

const PAGE_BYTES = 12 * 1024;

export interface ScriptAccessService {
  /** What `butlr-cred` may call, for the channel. */
  readonly handlers: CliMethodHandlers;
  view(): ScriptAccess;
  setChannelStatus(status: ChannelStatus): void;
  setWithoutAsking(profileId: string, enabled: boolean): Result<{ id: string; enabled: boolean }>;
  revoke(grantId: string): { revoked: boolean };
  dispose(): void;
}

interface ScriptAccessDeps {
  readonly profiles: ProfileRepository;
  readonly tokens: TokenService;
  readonly activity: ActivityLog;
  readonly ask: (question: ScriptAccessQuestion) => Promise<ScriptAccessAnswer>;
  readonly timers: Parameters<typeof createScriptGrants>[0]['timers'];
  readonly now: () => number;
  readonly newId: () => string;
  readonly appVersion: string;
  readonly emit: EmitCoreEvent;
  readonly logger: Logger;
}

/** A token's state as `list` shows it, from the times alone. */
function cliTokenOf(info: TokenInfo, now: number): CliProfile['token'] {
  if (info.state === 'none') return { state: 'none', expiresAt: null };
  if (info.state === 'failed') return { state: 'failed', expiresAt: info.previous?.expiresAt ?? null };
  return { state: info.expiresAt !== null && info.expiresAt <= now ? 'expired' : 'valid', expiresAt: info.expiresAt };
}

export function createScriptAccess(deps: ScriptAccessDeps): ScriptAccessService {
  const { profiles, tokens, activity, now, emit, logger } = deps;
  const changed = (): void => emit('scriptAccessChanged', {});
  const grants = createScriptGrants({ now, newId: deps.newId, timers: deps.timers, onExpired: changed });
  const consent = createConsentQueue(deps.ask, (error) => logger.error('cli: the consent dialog failed', error));
  let channel: ChannelStatus = { state: 'off' };
  /** Sessions already recorded as taking a token by the profile's no-asking setting, so a loop writes one line, not one per call. */
  const recordedWithoutAsking = new Set<string>();

  const record = (profileId: string, kind: 'script_allowed' | 'script_denied', caller: string, access?: Exclude<ScriptAccessAnswer, 'deny'> | 'without_asking'): void =>
    activity.record(profileId, { at: now(), kind, trigger: 'script', caller, ...(access ? { access } : {}) });

  /** Whether this session may have this profile's token: a setting, a grant, a recent denial, or the person's answer now. */
  async function allowed(session: CliSession, profile: StoredProfile): Promise<Result<true, CliError>> {
    const caller = describeCaller(session.caller);
    if (profile.scriptsWithoutAsking) {
      const key = `${session.session}:${profile.id}`;
      if (!recordedWithoutAsking.has(key)) {
        recordedWithoutAsking.add(key);
        record(profile.id, 'script_allowed', caller, 'without_asking');
      }
      return ok(true);
    }
    if (grants.find(session.session, profile.id)) return ok(true);
    const denied = `You denied this terminal session the token of “${profile.name}” in Butlr Credentials.`;
    if (grants.deniedAt(session.session, profile.id) !== undefined) return fail({ code: 'denied', message: `${denied} Ask again in a couple of minutes, or from a new terminal.` });
    const answer = await consent.ask(`${session.session}:${profile.id}`, { profileName: profile.name, caller });
    if (answer === 'busy') return fail({ code: 'busy', message: 'Too many requests are waiting for a person to answer in Butlr Credentials. Try again in a moment.' });
    // The profile may have gone, or been granted by a parallel call, while the dialog was open.
    if (!profiles.get(profile.id)) return fail({ code: 'unknown_profile', message: 'That profile was deleted while you were asked.' });
    if (answer === 'deny') {
      // Callers that joined the same question hear the same answer; it is recorded once.
      if (grants.deniedAt(session.session, profile.id) === undefined) {
        grants.deny(session.session, profile.id);
        record(profile.id, 'script_denied', caller);
        logger.info(`cli: a person denied a script the token of profile ${profile.id}`);
        changed();
      }
      return fail({ code: 'denied', message: denied });
    }
    if (!grants.find(session.session, profile.id)) {
      grants.grant(session.session, profile.id, caller, answer === 'ten_minutes' ? now() + TEN_MINUTES_MS : null);
      record(profile.id, 'script_allowed', caller, answer);
      logger.info(`cli: a person allowed a script the token of profile ${profile.id} (${answer})`);
      changed();
    }
    return ok(true);
  }

  const handlers: CliMethodHandlers = {
    hello: async () => ok({ app: 'Butlr Credentials', version: deps.appVersion }),
    async listProfiles(_session, { cursor = 0 }) {
      const all = profiles.list();
      const page: CliProfile[] = [];
      let bytes = 0;
      let index = cursor;
      for (; index < all.length; index += 1) {
        const profile = all[index]!;
        const entry: CliProfile = { id: profile.id, name: profile.name, kind: profile.kind, token: cliTokenOf(tokens.info(profile.id), now()) };
        bytes += JSON.stringify(entry).length + 1;
        if (bytes > PAGE_BYTES && page.length > 0) break;
        page.push(entry);
      }
      return ok({ profiles: page, next: index < all.length ? index : null });
    },
    async getToken(session, { profile: query, minValiditySeconds }) {
      const match = matchProfile(query, profiles.list());
      if ('unknown' in match) {
        const meant = closestWord(query, profiles.list().map((profile) => profile.name));
        return fail({ code: 'unknown_profile', message: `No profile is named “${query.slice(0, 80)}”.${meant ? ` Did you mean “${meant}”?` : ''} butlr-cred list shows them.` });
      }
      if ('ambiguous' in match) {
        const names = match.ambiguous.slice(0, 5).map((profile) => `“${profile.name}”`).join(', ');
        return fail({ code: 'ambiguous_profile', message: `“${query.slice(0, 80)}” could be ${names}${match.ambiguous.length > 5 ? ', …' : ''}. Give more of the name, or the id.` });
      }
      const profile = match.found;
      const permission = await allowed(session, profile);
      if (!permission.ok) return permission;
      const token = await tokens.handOut(profile.id, minValiditySeconds * 1000);
      if (!token.ok) {
        // The app's own words for what went wrong (shared/app-error.ts), never a secret or a token.
        return fail({ code: token.error.code === 'not_found' ? 'unknown_profile' : 'sign_in_failed', message: token.error.message, appCode: token.error.code });
      }
      return ok({ profile: { id: profile.id, name: profile.name }, ...token.value } satisfies TokenGetResult);
    },
  };

  return {
    handlers,
    view: () => ({
      channel,
      grants: grants.list().filter((grant) => profiles.get(grant.profileId) !== undefined),
      withoutAsking: profiles
        .list()
        .filter((profile) => profile.scriptsWithoutAsking)
        .map((profile) => profile.id),
    }),
    setChannelStatus(status) {
      channel = status;
      changed();
    },
    setWithoutAsking(profileId, enabled) {
      if (!profiles.get(profileId)) return fail(profileNotFound());
      profiles.update(profileId, (profile) => ({ ...profile, scriptsWithoutAsking: enabled }));
      logger.info(`cli: scripts ${enabled ? 'may' : 'may no longer'} take the token of profile ${profileId} without asking`);
      changed();
      return ok({ id: profileId, enabled });
    },
    revoke(grantId) {
      const revoked = grants.revoke(grantId);
      if (revoked) changed();
      return { revoked };
    },
    dispose: () => grants.dispose(),
  };
}
