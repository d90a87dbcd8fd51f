// How the board, the details panel and Settings word scripts' grants and the channel's state.
import { describe, expect, it } from 'vitest';
import type { ScriptAccess } from '../../../shared/script-access';
import { channelStatusText, grantTimeLeft, liveGrantsOf, scriptsMarkerLabel } from '../../../renderer/src/script-grants-view';

const NOW = Date.UTC(2026, 0, 5, 9, 0);
const PROFILE = '0b5e8f5c-3f0a-4d36-9d7e-3c1f8a0f2b11';
const grant = (id: string, expiresAt: number | null, profileId = PROFILE) => ({ id, profileId, caller: `bash (pid ${id.length})`, grantedAt: NOW - 1000, expiresAt });
const access = (grants: ScriptAccess['grants']): ScriptAccess => ({ channel: { state: 'off' }, grants, withoutAsking: [] });

describe('liveGrantsOf', () => {
  it('keeps this profile’s grants that have not ended by now, and those until quit', () => {
    const live = grant('a', NOW + 60_000);
    const forever = grant('bb', null);
    const ended = grant('ccc', NOW);
    const other = grant('dddd', NOW + 60_000, 'another');
    expect(liveGrantsOf(access([live, forever, ended, other]), PROFILE, NOW)).toEqual([live, forever]);
    expect(liveGrantsOf(undefined, PROFILE, NOW)).toEqual([]);
  });
});

describe('the words', () => {
  it('says the time left, or until the app quits', () => {
    expect(grantTimeLeft(grant('a', NOW + 9 * 60_000 + 41_000), NOW)).toBe('09:41 left');
    expect(grantTimeLeft(grant('a', null), NOW)).toBe('until the app quits');
  });

  it('names each caller and its time in the marker', () => {
    expect(scriptsMarkerLabel([grant('a', NOW + 60_000), grant('bb', null)], NOW)).toBe('Scripts may take this token: bash (pid 1), 01:00 left; bash (pid 2), until the app quits.');
  });

  it('says where the channel listens, or why it does not', () => {
    expect(channelStatusText({ state: 'listening', address: '/run/user/1000/butlr-credentials/butlr-cred.sock' })).toBe('Listening for butlr-cred at /run/user/1000/butlr-credentials/butlr-cred.sock.');
    expect(channelStatusText({ state: 'refused', address: '/x', reason: '/x has mode 0755, not 0700: other users could reach it.' })).toBe(
      'Not listening for butlr-cred: /x has mode 0755, not 0700: other users could reach it.',
    );
    expect(channelStatusText({ state: 'off' })).toBe('Starting to listen for butlr-cred…');
  });
});
