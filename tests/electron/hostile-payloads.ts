// Seeded generators of IPC payloads that no channel may accept: wrong types, huge and deep values, prototype-pollution keys;
// and the senders no channel may answer.
import type { IpcSenderEvent, IpcSenderFrame } from '../../electron/core/ipc/ipc-router';

/** mulberry32: a tiny seeded PRNG, so a failing run can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface HostilePayload {
  readonly label: string;
  readonly value: unknown;
}

/** Keys no request schema names; any object carrying one must be refused by a strict schema. */
const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'isAdmin', '', ' ', 'a.b', '0', '💥', 'ID', 'id '];
/** Keys requests really use, given wrong values here. */
const REAL_KEYS = ['id', 'name', 'kind', 'baseUrl', 'clientId', 'clientSecret', 'audience', 'enabled'];
const HUGE = 'A'.repeat(1_000_000);

/** JSON.parse makes `__proto__` an own property, as a payload from a hostile page would carry it. */
export const POLLUTION_TEXTS = [
  '{"__proto__": {"polluted": "yes", "isAdmin": true}}',
  '{"constructor": {"prototype": {"polluted": "yes"}}}',
  '{"prototype": {"polluted": "yes"}, "__proto__": {"toString": "polluted"}}',
  '{"id": "00000000-0000-4000-8000-000000000000", "__proto__": {"polluted": "yes"}}',
  '[{"__proto__": {"polluted": "yes"}}]',
];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function deeplyNested(depth: number, asArrays: boolean): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = asArrays ? [value] : { a: value };
  return value;
}

/** An own, enumerable property even for `__proto__`, exactly as JSON.parse would make it. */
function put(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Any value structured clone can carry, short of functions and symbols, which IPC refuses on the renderer side. */
function anyValue(random: () => number, depth: number): unknown {
  const kinds = depth > 2 ? 12 : 15;
  switch (Math.floor(random() * kinds)) {
    case 0: return pick(random, [0, -1, -0, 1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 2, 1e308]);
    case 1: return pick(random, ['', ' ', 'null', 'undefined', 'true', '../../etc/passwd', '<script>alert(1)</script>', 'javascript:alert(1)', '\u0000', '\ud800', 'Ω≈ç√', 'not-a-uuid']);
    case 2: return random() < 0.05 ? HUGE : 'x'.repeat(Math.floor(random() * 5000));
    case 3: return pick(random, [true, false]);
    case 4: return null;
    case 5: return BigInt(Math.floor(random() * 1000));
    case 6: return new Date(Math.floor(random() * 2 ** 40));
    case 7: return new Uint8Array([1, 2, 3]);
    case 8: return new Map([['id', 'x']]);
    case 9: return deeplyNested(1000 + Math.floor(random() * 4000), random() < 0.5);
    case 10: return JSON.parse(pick(random, POLLUTION_TEXTS));
    case 11: return undefined;
    case 12: return Array.from({ length: Math.floor(random() * 5) }, () => anyValue(random, depth + 1));
    default: return hostileObject(random, depth + 1);
  }
}

/** An object with at least one key no schema knows, plus some real keys with values of the wrong kind. */
function hostileObject(random: () => number, depth: number): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  put(object, pick(random, HOSTILE_KEYS), anyValue(random, depth + 1));
  const extra = Math.floor(random() * 4);
  for (let i = 0; i < extra; i += 1) put(object, pick(random, random() < 0.5 ? REAL_KEYS : HOSTILE_KEYS), anyValue(random, depth + 1));
  return object;
}

/** A payload no channel's request schema accepts: never `undefined` (the no-argument request) and never a bare `{}`. */
export function randomHostilePayload(random: () => number): HostilePayload {
  const roll = random();
  if (roll < 0.1) {
    const text = pick(random, POLLUTION_TEXTS);
    return { label: `JSON.parse(${text})`, value: JSON.parse(text) };
  }
  if (roll < 0.55) {
    const value = hostileObject(random, 0);
    return { label: `object with keys ${JSON.stringify(Object.keys(value))}`, value };
  }
  let value = anyValue(random, 0);
  while (value === undefined || (typeof value === 'object' && value !== null && !Array.isArray(value))) value = anyValue(random, 0);
  return { label: shortLabel(value), value };
}

/** Names a value without walking it: String() on a 5,000-deep array would overflow the stack itself. */
function shortLabel(value: unknown): string {
  if (Array.isArray(value)) return `array of ${value.length}`;
  if (typeof value === 'string') return `string of ${value.length} characters: ${JSON.stringify(value.slice(0, 30))}`;
  if (typeof value === 'object' && value !== null) return value.constructor?.name ?? 'object';
  return `${typeof value} ${String(value)}`;
}

/**
 * Near-misses of real requests, each broken on purpose: a valid new profile with one field wrong (and pollution keys
 * riding along), and the real profile's id with a stray key, so a schema that ignores unknown keys would act on it.
 */
export function nearMisses(realProfileId: string, validNewProfile: Record<string, unknown>): HostilePayload[] {
  const brokenProfiles: [string, Record<string, unknown>][] = [
    ['name is a number', { name: 42 }],
    ['name is blank', { name: '   ' }],
    ['name is too long', { name: 'n'.repeat(81) }],
    ['base URL is plain http to a remote host', { baseUrl: 'http://evil.example' }],
    ['base URL is javascript:', { baseUrl: 'javascript:alert(1)' }],
    ['base URL carries credentials', { baseUrl: 'https://user:pass@api.butlr.io' }],
    ['client id is an array', { clientId: ['demo-client'] }],
    ['client secret is null', { clientSecret: null }],
    ['client secret is huge', { clientSecret: HUGE }],
    ['kind is misspelt', { kind: 'client_credentials ' }],
    ['audience is an object', { audience: {} }],
  ];
  const payloads: HostilePayload[] = brokenProfiles.map(([label, change]) => {
    const value: Record<string, unknown> = JSON.parse(`{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}`);
    for (const [key, field] of Object.entries({ ...validNewProfile, ...change })) put(value, key, field);
    return { label: `new profile, ${label}`, value };
  });
  const missingSecret: Record<string, unknown> = { ...validNewProfile };
  delete missingSecret.clientSecret;
  payloads.push({ label: 'new profile without a secret', value: missingSecret });
  payloads.push(
    { label: 'real id with a __proto__ key', value: JSON.parse(`{"id": "${realProfileId}", "__proto__": {"polluted": "yes"}}`) },
    { label: 'real id with a constructor key', value: JSON.parse(`{"id": "${realProfileId}", "constructor": {"prototype": {"polluted": "yes"}}}`) },
    { label: 'real id with a stray field', value: { id: realProfileId, force: true } },
    { label: 'real id with enabled as a string', value: { id: realProfileId, enabled: 'true' } },
    { label: 'real id in an array', value: { id: [realProfileId] } },
    { label: 'real id with trailing space', value: { id: `${realProfileId} ` } },
    { label: 'real id, bare', value: realProfileId },
    { label: 'a list of requests', value: [{ id: realProfileId }] },
  );
  return payloads;
}

/** An IPC event no channel may answer, however valid its payload. */
export interface HostileSender {
  readonly label: string;
  readonly event: IpcSenderEvent;
}

/**
 * Everything that is not our window's main frame: other senders (look-alikes of ours included, since the check must be
 * by identity), and our own window speaking from a sub-frame, even one on our own origin, or from a frame that is gone.
 */
export function hostileSenders(trustedSender: { readonly id: number }, mainFrame: IpcSenderFrame): HostileSender[] {
  const otherSenders: unknown[] = [{ ...trustedSender }, { id: trustedSender.id }, null, 0, 'test-window', [], { id: 999, kind: 'other-window' }];
  return [
    ...otherSenders.map((sender) => ({ label: `sender ${JSON.stringify(sender)}`, event: { sender, senderFrame: mainFrame } })),
    { label: 'our window, from a sub-frame on our own origin', event: { sender: trustedSender, senderFrame: { url: mainFrame.url, parent: mainFrame } } },
    { label: 'our window, from a cross-origin sub-frame', event: { sender: trustedSender, senderFrame: { url: 'https://evil.example/', parent: mainFrame } } },
    { label: 'our window, from a frame that is gone', event: { sender: trustedSender, senderFrame: null } },
  ];
}
