// Who may take which profile's token without being asked again: grants and recent denials per CLI session, in memory only.
import type { ScriptGrant } from '../../../shared/script-access';
import type { TimerPort } from '../tokens/refresh-scheduler';

export const TEN_MINUTES_MS = 10 * 60_000;
/** A denial stands this long for its session, so a script calling in a loop meets one dialog, not one per call. */
export const DENIAL_MS = 2 * 60_000;

export interface ScriptGrants {
  /** The live grant of `session` for `profileId`, if any. */
  find(session: string, profileId: string): ScriptGrant | undefined;
  /** When the person denied `session` this profile, if that still stands. */
  deniedAt(session: string, profileId: string): number | undefined;
  grant(session: string, profileId: string, caller: string, expiresAt: number | null): ScriptGrant;
  deny(session: string, profileId: string): void;
  revoke(grantId: string): boolean;
  /** Live grants, oldest first. */
  list(): ScriptGrant[];
  dispose(): void;
}

interface ScriptGrantsDeps {
  readonly now: () => number;
  readonly newId: () => string;
  readonly timers: TimerPort;
  /** A grant ended on its own (its ten minutes are up): the board's marker goes. */
  readonly onExpired: () => void;
}

const keyOf = (session: string, profileId: string): string => `${session}:${profileId}`;

export function createScriptGrants({ now, newId, timers, onExpired }: ScriptGrantsDeps): ScriptGrants {
  const grants = new Map<string, { grant: ScriptGrant; session: string; timer: unknown }>();
  const denials = new Map<string, number>();
  const live = (entry: { grant: ScriptGrant }): boolean => entry.grant.expiresAt === null || entry.grant.expiresAt > now();
  const drop = (key: string): void => {
    const entry = grants.get(key);
    if (entry?.timer !== undefined) timers.clearTimeout(entry.timer);
    grants.delete(key);
  };

  return {
    find(session, profileId) {
      const entry = grants.get(keyOf(session, profileId));
      return entry && live(entry) ? entry.grant : undefined;
    },
    deniedAt(session, profileId) {
      const at = denials.get(keyOf(session, profileId));
      if (at === undefined || now() - at < DENIAL_MS) return at;
      denials.delete(keyOf(session, profileId));
      return undefined;
    },
    grant(session, profileId, caller, expiresAt) {
      const key = keyOf(session, profileId);
      drop(key);
      denials.delete(key);
      const grant: ScriptGrant = { id: newId(), profileId, caller, grantedAt: now(), expiresAt };
      const timer =
        expiresAt === null
          ? undefined
          : timers.setTimeout(() => {
              grants.delete(key);
              onExpired();
            }, Math.max(0, expiresAt - now()));
      grants.set(key, { grant, session, timer });
      return grant;
    },
    deny(session, profileId) {
      const key = keyOf(session, profileId);
      drop(key);
      denials.set(key, now());
    },
    revoke(grantId) {
      const key = [...grants].find(([, entry]) => entry.grant.id === grantId)?.[0];
      if (key === undefined) return false;
      drop(key);
      return true;
    },
    list: () => [...grants.values()].filter(live).map((entry) => entry.grant),
    dispose() {
      for (const key of [...grants.keys()]) drop(key);
      denials.clear();
    },
  };
}
