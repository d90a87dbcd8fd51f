// Decides, before anything is written, what an import does with each profile: add, rename, replace or skip; never overwrite unasked.
import { appError } from '../../../shared/app-error';
import { fail, ok, type Result } from '../../../shared/result';
import { firstFreeNumberedName, profileNameKey } from './profile-names';

export type ClashDecision = 'rename' | 'replace' | 'skip';

/** A profile already in the app, as far as the plan needs it. */
export interface ExistingProfileRef {
  readonly id: string;
  readonly name: string;
}

/** The person's answer per candidate, by its index in the import. Only clashing candidates need one; `skip` also drops a non-clashing one. */
export type ClashDecisions = Readonly<Record<number, ClashDecision | undefined>>;

interface StepBase<T> {
  readonly index: number;
  readonly candidate: T;
}

export type ImportStep<T> =
  | (StepBase<T> & { readonly action: 'add'; readonly name: string })
  | (StepBase<T> & { readonly action: 'rename'; readonly name: string; readonly clashesWith: ExistingProfileRef })
  | (StepBase<T> & { readonly action: 'replace'; readonly name: string; readonly replaces: ExistingProfileRef })
  | (StepBase<T> & { readonly action: 'skip' })
  /** A clash nobody has decided yet; `suggestedName` is what `rename` would give it. */
  | (StepBase<T> & { readonly action: 'undecided'; readonly clashesWith: ExistingProfileRef; readonly suggestedName: string });

export type DecidedImportStep<T> = Exclude<ImportStep<T>, { readonly action: 'undecided' }>;

/** Only a `ready` plan may be carried out; until then at least one clash still waits for a decision. */
export type ImportPlan<T> =
  | { readonly ready: true; readonly steps: readonly DecidedImportStep<T>[] }
  | { readonly ready: false; readonly steps: readonly ImportStep<T>[] };

/**
 * One step per candidate, in order. Names clash when equal after trimming and ignoring case. A renamed
 * candidate gets the first free "Name (n)" within the length limit, free of existing names, of every
 * candidate's own name and of earlier renames. Fails only when two candidates share a name.
 */
export function planImport<T extends { readonly name: string }>(
  existing: readonly ExistingProfileRef[],
  candidates: readonly T[],
  decisions: ClashDecisions = {},
): Result<ImportPlan<T>> {
  const existingByKey = new Map<string, ExistingProfileRef>();
  for (const profile of existing) if (!existingByKey.has(profileNameKey(profile.name))) existingByKey.set(profileNameKey(profile.name), profile);

  const candidateKeys = new Set<string>();
  for (const candidate of candidates) {
    const key = profileNameKey(candidate.name);
    if (candidateKeys.has(key)) return fail(appError('invalid_request', `“${candidate.name.trim()}” appears more than once in this import. Rename one of them first.`));
    candidateKeys.add(key);
  }

  // Every candidate's own name is reserved, skipped or not, so a suggestion does not move when another answer changes.
  const taken = new Set([...existingByKey.keys(), ...candidateKeys]);
  const rename = (name: string): string => {
    const renamed = firstFreeNumberedName(name, (option) => taken.has(profileNameKey(option)));
    taken.add(profileNameKey(renamed));
    return renamed;
  };

  const steps = candidates.map((candidate, index): ImportStep<T> => {
    const name = candidate.name.trim();
    const decision = decisions[index];
    if (decision === 'skip') return { action: 'skip', index, candidate };
    const clash = existingByKey.get(profileNameKey(name));
    if (clash === undefined) return { action: 'add', index, candidate, name };
    if (decision === 'replace') return { action: 'replace', index, candidate, name, replaces: clash };
    if (decision === 'rename') return { action: 'rename', index, candidate, name: rename(name), clashesWith: clash };
    return { action: 'undecided', index, candidate, clashesWith: clash, suggestedName: rename(name) };
  });

  const decided = steps.filter((step): step is DecidedImportStep<T> => step.action !== 'undecided');
  return ok(decided.length === steps.length ? { ready: true, steps: decided } : { ready: false, steps });
}
