// Import and export outcomes in plain words, for the toasts that confirm them.
import type { ImportOutcome } from '../../shared/transfer';

const profiles = (count: number): string => `${count} ${count === 1 ? 'profile' : 'profiles'}`;

export function describeImportOutcome({ added, replaced, skipped, withoutSecret, toConfirm }: ImportOutcome): string {
  const imported = added + replaced;
  if (imported === 0) return skipped > 0 ? `Nothing was imported: ${profiles(skipped)} skipped.` : 'Nothing was imported.';
  const details = [replaced > 0 ? `${replaced} replaced` : '', skipped > 0 ? `${skipped} skipped` : ''].filter(Boolean).join(', ');
  const secrets = withoutSecret === 0 ? '' : ` ${withoutSecret} ${withoutSecret === 1 ? 'needs its' : 'need their'} secret entered.`;
  const references = toConfirm === 0 ? '' : ` ${toConfirm} ${toConfirm === 1 ? 'has a secret reference' : 'have secret references'} to confirm in the profile.`;
  return `Imported ${profiles(imported)}${details ? ` (${details})` : ''}.${secrets}${references}`;
}

export function describeExport(count: number, savedTo: string): string {
  return `Exported ${profiles(count)} to ${savedTo}`;
}
