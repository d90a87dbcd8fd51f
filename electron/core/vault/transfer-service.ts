// Import and export end to end: file dialogs, a preview with name clashes, the person's decisions, and the writes.
import { appError } from '../../../shared/app-error';
import { credentialFieldsOf, principalOf } from '../../../shared/credentials/credential-kinds';
import { fail, ok, type Result } from '../../../shared/result';
import type { ClashDecision, ImportOutcome, ImportPreview } from '../../../shared/transfer';
import type { DialogPort } from '../dialog-port';
import type { Logger } from '../logger';
import type { ProfileRepository } from '../profiles/profile-repository';
import type { ProfileService } from '../profiles/profile-service';
import type { ProfileSecrets } from '../profiles/profile-secrets';
import { writeFileAtomicallyAsync } from '../storage/atomic-file';
import { buildExport, type ExportSource } from './export-format';
import { checkDroppedPath } from './dropped-file';
import { previewOfReference, type LocalCli } from '../secret-sources/imported-references';
import { planImport } from './import-plan';
import { readImportFile, unlockImport, type ImportSession } from './import-session';

export interface TransferService {
  startImport(): Promise<Result<ImportPreview | null>>;
  /** The same for a file dropped on the window: its path is checked first, as no dialog chose it. */
  importDroppedFile(path: string): Promise<Result<ImportPreview>>;
  unlockImport(importId: string, passphrase: string): Promise<Result<ImportPreview>>;
  finishImport(importId: string, decisions: Readonly<Record<string, ClashDecision>>): Promise<Result<ImportOutcome>>;
  cancelImport(importId: string): void;
  exportProfiles(passphrase: string | undefined): Promise<Result<{ savedTo: string | null; count: number }>>;
}

interface TransferServiceDeps {
  readonly profiles: ProfileService;
  /** Whether secrets can be saved right now (encryption available, weak-keyring consent given); checked before any write. */
  readonly secretsCanBeSaved: () => Promise<Result<void>>;
  readonly profileRepository: ProfileRepository;
  /** Opens a saved secret only for the server and identity it was entered for. */
  readonly secrets: ProfileSecrets;
  readonly dialogs: DialogPort;
  readonly now: () => number;
  readonly newId: () => string;
  /** Where a vendor CLI is on this computer, for the references a file brings (never the file's path). */
  readonly localCli: LocalCli;
  readonly logger: Logger;
}

const expired = () => appError('not_found', 'This import is no longer open. Choose the file again.');

export function createTransferService(deps: TransferServiceDeps): TransferService {
  const { profiles, profileRepository, secrets, dialogs, now, newId, logger } = deps;
  // One import at a time: a file's decrypted secrets stay in memory only until it is finished or cancelled.
  let open: { id: string; session: ImportSession } | null = null;

  const existing = () => profileRepository.list().map(({ id, name }) => ({ id, name }));

  const preview = (id: string, session: ImportSession): Result<ImportPreview> => {
    const plan = planImport(existing(), session.candidates);
    if (!plan.ok) return plan;
    return ok({
      importId: id,
      fileName: session.fileName,
      source: session.source,
      secrets: session.secrets,
      profiles: plan.value.steps.map((step) => ({
        index: step.index,
        name: step.candidate.name,
        kind: step.candidate.kind,
        baseUrl: step.candidate.baseUrl,
        principal: principalOf(step.candidate).value,
        hasSecret: step.candidate.secret !== null,
        reference: step.candidate.secretReference ? previewOfReference(step.candidate.secretReference, step.candidate.confirmReference === true, deps.localCli) : null,
        clashesWith: step.action === 'undecided' ? step.clashesWith.name : null,
        suggestedName: step.action === 'undecided' ? step.suggestedName : null,
      })),
    });
  };

  const session = (importId: string): ImportSession | null => (open?.id === importId ? open.session : null);

  const openFile = async (path: string): Promise<Result<ImportPreview>> => {
    const read = await readImportFile(path, deps.localCli);
    if (!read.ok) return read;
    open = { id: newId(), session: read.value };
    return preview(open.id, open.session);
  };

  return {
    async startImport() {
      const path = await dialogs.chooseOpenPath('import');
      if (path === null) return ok(null);
      return openFile(path);
    },
    async importDroppedFile(path) {
      const checked = checkDroppedPath(path);
      return checked.ok ? openFile(checked.value) : checked;
    },
    async unlockImport(importId, passphrase) {
      const current = session(importId);
      if (!current) return fail(expired());
      const unlocked = await unlockImport(current, passphrase, deps.localCli);
      if (!unlocked.ok) return unlocked;
      open = { id: importId, session: unlocked.value };
      return preview(importId, unlocked.value);
    },
    async finishImport(importId, decisions) {
      const current = session(importId);
      if (!current) return fail(expired());
      const byIndex = Object.fromEntries(Object.entries(decisions).map(([index, decision]) => [Number(index), decision]));
      const plan = planImport(existing(), current.candidates, byIndex);
      if (!plan.ok) return plan;
      if (!plan.value.ready) return fail(appError('invalid_request', 'Choose rename, replace or skip for every profile whose name is already taken.'));
      // All or nothing on what is knowable up front: no half-finished import because secrets cannot be saved.
      if (plan.value.steps.some((step) => step.action !== 'skip' && step.candidate.secret !== null)) {
        const saveable = await deps.secretsCanBeSaved();
        if (!saveable.ok) return saveable;
      }
      const outcome = { added: 0, replaced: 0, skipped: 0, withoutSecret: 0, toConfirm: 0 };
      for (const step of plan.value.steps) {
        if (step.action === 'skip') {
          outcome.skipped += 1;
          continue;
        }
        const replaceId = step.action === 'replace' ? step.replaces.id : null;
        const adopted = await profiles.adopt({ ...step.candidate, name: step.name }, replaceId);
        // Stop at the first failure (e.g. no consent for weak encryption): what was imported so far stays, and is counted.
        if (!adopted.ok) return fail({ ...adopted.error, message: `${adopted.error.message} (${outcome.added + outcome.replaced} imported before this.)` });
        if (replaceId) outcome.replaced += 1;
        else outcome.added += 1;
        if (adopted.value.secret !== 'set') outcome[adopted.value.secretReference ? 'toConfirm' : 'withoutSecret'] += 1;
      }
      open = null;
      logger.info(`transfer: imported ${outcome.added} new and ${outcome.replaced} replaced profiles`);
      return ok(outcome);
    },
    cancelImport(importId) {
      if (open?.id === importId) open = null;
    },
    async exportProfiles(passphrase) {
      const stored = profileRepository.list();
      const sources: ExportSource[] = [];
      for (const profile of stored) {
        // Secrets are decrypted only to be sealed under the passphrase; without one the file carries none. A secret sealed
        // for another server than the profile names (changed outside the app) is left out, as an unreadable one is.
        // A reference is exported as it is, for the team: it is never run to put its answer in a file.
        const { name, baseUrl, notes, tags, color, secretReference } = profile;
        const loaded = passphrase === undefined || profile.encryptedSecret === null || secretReference ? undefined : profileRepository.load(profile.id);
        const secret = loaded ? await secrets.open(loaded) : null;
        const common = { name, baseUrl, notes, tags, color, secret: secret?.ok ? secret.value.secret : null, ...(secretReference && { secretReference }) };
        sources.push({ ...credentialFieldsOf(profile), ...common });
      }
      const text = await buildExport(sources, passphrase === undefined ? {} : { passphrase }, now());
      if (!text.ok) return text;
      const path = await dialogs.chooseSavePath(`butlr-credentials-${new Date(now()).toISOString().slice(0, 10)}.json`, 'export');
      if (path === null) return ok({ savedTo: null, count: 0 });
      try {
        // A new 0600 file renamed over the chosen one: writing into an existing file would keep its mode (say 0644).
        await writeFileAtomicallyAsync(path, text.value);
      } catch {
        return fail(appError('storage', `Could not write ${path}. Choose a folder you can write to and try again.`));
      }
      logger.info(`transfer: exported ${sources.length} profiles${passphrase === undefined ? ' without secrets' : ' with sealed secrets'}`);
      return ok({ savedTo: path, count: sources.length });
    },
  };
}
