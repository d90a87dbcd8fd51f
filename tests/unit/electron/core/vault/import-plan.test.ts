// Import plans: clashes found ignoring case and spaces, nothing replaced unasked, renames numbered within the name limit.
import { describe, expect, it } from 'vitest';
import { PROFILE_NAME_MAX_LENGTH, profileNameSchema } from '../../../../../shared/profile';
import type { Result } from '../../../../../shared/result';
import { planImport, type ClashDecisions, type ExistingProfileRef, type ImportPlan } from '../../../../../electron/core/vault/import-plan';

interface Candidate {
  readonly name: string;
  readonly clientId: string;
}

const existing: ExistingProfileRef[] = [
  { id: 'id-prod', name: 'Production' },
  { id: 'id-stage', name: 'Staging' },
];

const candidate = (name: string): Candidate => ({ name, clientId: `client-of-${name}` });

function planOf(result: Result<ImportPlan<Candidate>>): ImportPlan<Candidate> {
  if (!result.ok) throw new Error(`expected a plan, got ${JSON.stringify(result.error)}`);
  return result.value;
}

const plan = (names: string[], decisions: ClashDecisions = {}, current = existing) => planOf(planImport(current, names.map(candidate), decisions));
const namesOf = (result: ImportPlan<Candidate>) => result.steps.map((step) => ('name' in step ? step.name : step.action));

describe('planImport', () => {
  it('adds candidates that clash with nothing, and is ready', () => {
    const result = plan(['Local', 'EU']);
    expect(result).toEqual({
      ready: true,
      steps: [
        { action: 'add', index: 0, candidate: candidate('Local'), name: 'Local' },
        { action: 'add', index: 1, candidate: candidate('EU'), name: 'EU' },
      ],
    });
  });

  it('holds a clash until someone decides, with the rename it would get', () => {
    const result = plan(['Local', 'Production']);
    expect(result.ready).toBe(false);
    expect(result.steps[1]).toEqual({
      action: 'undecided',
      index: 1,
      candidate: candidate('Production'),
      clashesWith: { id: 'id-prod', name: 'Production' },
      suggestedName: 'Production (2)',
    });
  });

  it('finds clashes ignoring case and surrounding spaces', () => {
    const result = plan(['  production ', 'STAGING']);
    expect(result.steps.map((step) => step.action)).toEqual(['undecided', 'undecided']);
  });

  it('replaces only when told to, naming the profile it replaces', () => {
    const result = plan(['production'], { 0: 'replace' });
    expect(result).toEqual({
      ready: true,
      steps: [{ action: 'replace', index: 0, candidate: candidate('production'), name: 'production', replaces: { id: 'id-prod', name: 'Production' } }],
    });
  });

  it('skips when told to, clashing or not', () => {
    const result = plan(['Production', 'Local'], { 0: 'skip', 1: 'skip' });
    expect(result).toEqual({
      ready: true,
      steps: [
        { action: 'skip', index: 0, candidate: candidate('Production') },
        { action: 'skip', index: 1, candidate: candidate('Local') },
      ],
    });
  });

  it('adds a candidate that does not clash even when told to rename or replace it', () => {
    expect(plan(['Local', 'EU'], { 0: 'rename', 1: 'replace' }).steps.map((step) => step.action)).toEqual(['add', 'add']);
  });

  it('renames to the first free number', () => {
    const result = plan(['Production'], { 0: 'rename' });
    expect(result.steps[0]).toEqual({ action: 'rename', index: 0, candidate: candidate('Production'), name: 'Production (2)', clashesWith: existing[0] });
    const crowded = [...existing, { id: 'a', name: 'production (2)' }, { id: 'b', name: 'Production (3)' }];
    expect(namesOf(plan(['Production'], { 0: 'rename' }, crowded))).toEqual(['Production (4)']);
  });

  it('numbers a name that already ends in a number from its base', () => {
    const current = [...existing, { id: 'p2', name: 'Production (2)' }];
    expect(namesOf(plan(['Production (2)'], { 0: 'rename' }, current))).toEqual(['Production (3)']);
  });

  it('never renames onto another candidate, or onto an earlier rename', () => {
    const current = [...existing, { id: 'p2', name: 'Production (2)' }];
    // "Production (3)" is the second candidate's own name; the first candidate must go past it.
    expect(namesOf(plan(['Production', 'Production (3)'], { 0: 'rename' }, current))).toEqual(['Production (4)', 'Production (3)']);
    expect(namesOf(plan(['production', 'Production (2)'], { 0: 'rename', 1: 'rename' }, current))).toEqual(['production (3)', 'Production (4)']);
  });

  it('keeps suggestions distinct while several clashes are undecided', () => {
    const current = [...existing, { id: 'p2', name: 'Production (2)' }];
    const result = plan(['Production', 'Production (2)'], {}, current);
    expect(result.steps.map((step) => (step.action === 'undecided' ? step.suggestedName : ''))).toEqual(['Production (3)', 'Production (4)']);
  });

  it('goes to two-digit numbers', () => {
    const current = [{ id: 'p', name: 'Production' }, ...Array.from({ length: 8 }, (_, index) => ({ id: `p${index + 2}`, name: `Production (${index + 2})` }))];
    expect(namesOf(plan(['Production'], { 0: 'rename' }, current))).toEqual(['Production (10)']);
  });

  it('shortens a long name so the numbered one stays within the limit', () => {
    const long = `${'Very long profile name '.repeat(4)}`.slice(0, PROFILE_NAME_MAX_LENGTH);
    const [renamed] = namesOf(plan([long], { 0: 'rename' }, [{ id: 'l', name: long }]));
    expect(renamed).toHaveLength(PROFILE_NAME_MAX_LENGTH);
    expect(renamed).toBe(`${long.slice(0, PROFILE_NAME_MAX_LENGTH - 4).trimEnd()} (2)`);
    expect(profileNameSchema.safeParse(renamed).success).toBe(true);
  });

  it('shortens the base again when the number grows a digit', () => {
    const long = 'x'.repeat(PROFILE_NAME_MAX_LENGTH);
    const current = [{ id: 'l', name: long }, ...Array.from({ length: 8 }, (_, index) => ({ id: `n${index}`, name: `${'x'.repeat(76)} (${index + 2})` }))];
    expect(namesOf(plan([long], { 0: 'rename' }, current))).toEqual([`${'x'.repeat(75)} (10)`]);
  });

  it('does not cut an emoji in half when shortening', () => {
    const emoji = '🔐'.repeat(PROFILE_NAME_MAX_LENGTH / 2);
    const [renamed] = namesOf(plan([emoji], { 0: 'rename' }, [{ id: 'e', name: emoji }]));
    expect(renamed).toBe(`${'🔐'.repeat(38)} (2)`);
    expect(renamed!.length).toBeLessThanOrEqual(PROFILE_NAME_MAX_LENGTH);
    expect(renamed).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });

  it('refuses an import whose own candidates share a name', () => {
    const result = planImport(existing, [candidate('EU'), candidate(' eu ')]);
    expect(result).toEqual({ ok: false, error: { code: 'invalid_request', message: '“eu” appears more than once in this import. Rename one of them first.' } });
  });
});
