// How many profiles the window's first paint asks for (the contract's listFirstProfiles). Free of zod, so the early
// script (renderer/src/early-requests.ts) can use it for a few bytes.

/** More than any window holds at its first paint. */
export const FIRST_PROFILES_MAX = 200;

/** Enough to fill a window `height` px tall with compact rows (about 31 px each, renderer/src/board-layout.ts). */
export function firstProfilesFor(height: number): number {
  return Math.min(FIRST_PROFILES_MAX, Math.max(1, Math.ceil(height / 30) + 1));
}
