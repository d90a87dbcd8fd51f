// The base URL rule as a plain function and as a schema: only characters no shell or header gives a meaning to get through.
import { describe, expect, it } from 'vitest';
import { BASE_URL_MESSAGES, baseUrlProblem, baseUrlSchema, checkBaseUrl } from '../../../shared/base-url';
import { seededRandom } from '../../electron/hostile-payloads';

const SEED = Number(process.env.BUTLR_URL_SEED ?? Date.now() % 2 ** 32);
/** What a normalised base URL may consist of: scheme, host, port and an unreserved path. */
const SAFE_BASE_URL = /^https?:\/\/[A-Za-z0-9.\-[\]:]+(\/[A-Za-z0-9\-._~/]*)?$/;

describe('the path rule', () => {
  it.each([
    ['https://gateway.example.com/butlr-eu_2.v3~x/', 'https://gateway.example.com/butlr-eu_2.v3~x'],
    ['https://gateway.example.com/a/b/c', 'https://gateway.example.com/a/b/c'],
    ['https://bücher.example/api', 'https://xn--bcher-kva.example/api'],
    ['http://[::1]:4010/api', 'http://[::1]:4010/api'],
  ])('accepts %j as %j', (typed, saved) => {
    expect(checkBaseUrl(typed)).toEqual({ ok: true, baseUrl: saved });
    expect(baseUrlProblem(typed)).toBeNull();
  });

  it.each([
    "https://host/x'$(id)'",
    'https://host/x"y',
    'https://host/$HOME',
    'https://host/`id`',
    'https://host/a;b',
    'https://host/a|b',
    'https://host/a&b',
    'https://host/a<b',
    'https://host/a>b',
    'https://host/a(b)',
    'https://host/a!b',
    'https://host/a*b',
    'https://host/a,b',
    'https://host/a=b',
    'https://host/a+b',
    'https://host/a@b',
    'https://host/a%20b',
    'https://host/ä',
  ])('refuses %j with the path message', (typed) => {
    expect(baseUrlProblem(typed)).toBe(BASE_URL_MESSAGES.path);
  });

  it.each(["https://a'$(id)'.example/", 'https://a`id`.example', 'https://a;b.example', 'https://a&b.example', 'https://a(b).example', 'https://a_b.example'])(
    'refuses the host in %j',
    (typed) => {
      expect(baseUrlProblem(typed)).toBe(BASE_URL_MESSAGES.host);
    },
  );

  // The URL parser would quietly turn these into something else (`\` into `/`, tabs and line breaks dropped).
  it.each(['https://host/a\\b', 'https://host/a b', 'https://ho\tst/', 'https://host/a\nb', 'https://host/a\u00a0b'])('refuses %j rather than rewrite it', (typed) => {
    expect(baseUrlProblem(typed)).toBe(BASE_URL_MESSAGES.rewritten);
  });

  it.each(['https://host/?', 'https://host/#', 'https://host/api?', 'https://u@host/', 'https://host/?a=b'])('refuses %j, even with an empty query or fragment', (typed) => {
    expect(baseUrlProblem(typed)).toBe(BASE_URL_MESSAGES.extras);
  });

  it('gives the schema the same message, once', () => {
    const result = baseUrlSchema.safeParse("https://host/x'$(id)'");
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([BASE_URL_MESSAGES.path]);
  });

  it('accepts every URL it saved, unchanged, so stored profiles can be checked again with it', () => {
    for (const typed of ['https://api.butlr.io/', 'http://127.0.0.1:4010', 'https://bücher.example/x/']) {
      const saved = checkBaseUrl(typed);
      if (!saved.ok) throw new Error(saved.problem);
      expect(checkBaseUrl(saved.baseUrl)).toEqual(saved);
    }
  });

  it('never lets through anything outside the safe characters, for random paths and hosts', () => {
    console.log(`base-url seed ${SEED} (replay with BUTLR_URL_SEED=${SEED})`);
    const random = seededRandom(SEED);
    const safe = [...'abcXYZ019-._~/'];
    const hostile = [..."'\"$`\\!;|&<>(){}[]*?#%=+,@: \t\nä€"];
    // Mostly safe characters, so that many URLs pass and what passes is worth checking.
    const draw = (from: readonly string[]): string => from[Math.floor(random() * from.length)]!;
    const pick = (length: number): string => Array.from({ length }, () => draw(random() < 0.9 ? safe : hostile)).join('');
    let accepted = 0;
    for (let round = 0; round < 2000; round += 1) {
      const typed = random() < 0.5 ? `https://api.example/${pick(8)}` : `https://${pick(6)}.example/${pick(3)}`;
      const check = checkBaseUrl(typed);
      if (!check.ok) continue;
      accepted += 1;
      expect(check.baseUrl, `${JSON.stringify(typed)} (seed ${SEED})`).toMatch(SAFE_BASE_URL);
    }
    expect(accepted).toBeGreaterThan(0);
  });
});
