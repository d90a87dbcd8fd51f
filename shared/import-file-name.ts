// Which file names a drop may bring to Import: a .env file in any of its usual namings, or an export (.json).

/** `.env`, `.env.staging`, `staging.env` or `vault.json`, in any case. Main checks the same rule before it opens a dropped file. */
export function isImportFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return lower === '.env' || lower.startsWith('.env.') || lower.endsWith('.env') || lower.endsWith('.json');
}

/** What a person is told when a drop brings anything else. */
export function notAnImportFile(name: string): string {
  return `${name === '' ? 'That' : name} is not a .env file or an export (.json), so it was not imported. Drop a .env file or a Butlr Credentials export, or use Import… to choose any file.`;
}
