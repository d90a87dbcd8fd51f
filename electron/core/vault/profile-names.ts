// Profile-name helpers for imports: the key two names clash on, truncation that respects the length limit, and "Name (2)" numbering.
import { PROFILE_NAME_MAX_LENGTH } from '../../../shared/profile';

/**
 * Two names clash when their keys are equal: trimmed and case-folded the way profile-service's
 * name check does it (toLocaleLowerCase), so a plan never promises a name the service then refuses.
 */
export function profileNameKey(name: string): string {
  return name.trim().toLocaleLowerCase();
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The longest prefix of whole characters (emoji and accents included) that fits in `maxLength` UTF-16 units. */
export function truncateName(text: string, maxLength: number = PROFILE_NAME_MAX_LENGTH): string {
  if (text.length <= maxLength) return text;
  let kept = '';
  for (const { segment } of graphemes.segment(text)) {
    if (kept.length + segment.length > maxLength) break;
    kept += segment;
  }
  return kept;
}

const NUMBER_SUFFIX = /^(.*\S)\s*\((\d+)\)$/;

/**
 * The first of "Name (2)", "Name (3)", … that `isTaken` does not claim, shortened so it stays within the
 * length limit. A name that already ends in "(n)" is numbered from its base, so "Name (2)" becomes "Name (3)".
 */
export function firstFreeNumberedName(name: string, isTaken: (name: string) => boolean, maxLength: number = PROFILE_NAME_MAX_LENGTH): string {
  const trimmed = name.trim();
  const base = NUMBER_SUFFIX.exec(trimmed)?.[1] ?? trimmed;
  for (let number = 2; ; number += 1) {
    const suffix = ` (${number})`;
    const candidate = truncateName(base, maxLength - suffix.length).trimEnd() + suffix;
    // Terminates: each number gives a different name, and only finitely many are taken.
    if (!isTaken(candidate)) return candidate;
  }
}
