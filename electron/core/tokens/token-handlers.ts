// IPC handlers for the token feature.
import { ok } from '../../../shared/result';
import type { DialogPort } from '../dialog-port';
import type { IpcRouter } from '../ipc/ipc-router';
import type { ProfileRepository } from '../profiles/profile-repository';
import type { ProfileService } from '../profiles/profile-service';
import type { ReferenceGate } from '../secret-sources/reference-gate';
import type { ReferenceResolver } from '../secret-sources/reference-resolver';
import { grantForReference, grantForStoredProfile, grantFromNewProfile } from './grants';
import { describeToken } from './token-details';
import type { TokenService } from './token-service';

interface TokenHandlerDeps {
  readonly tokens: TokenService;
  readonly profiles: ProfileService;
  readonly profileRepository: ProfileRepository;
  readonly dialogs: DialogPort;
  /** Reads the secret of a reference being tested, before it is saved. */
  readonly references: ReferenceResolver;
  /** What a window asks to run is checked first (reference-gate.ts). */
  readonly gateReference: ReferenceGate;
}

export function registerTokenHandlers(router: IpcRouter, { tokens, profiles, profileRepository, dialogs, references, gateReference }: TokenHandlerDeps): void {
  router.handle('fetchToken', ({ id }) => tokens.fetch(id));
  router.handle('copyToken', ({ id, format }) => tokens.copy(id, format));
  router.handle('testProfile', (input) => tokens.tryCredentials(grantFromNewProfile(input)));
  router.handle('testReferenceProfile', async (input) => {
    const admitted = await gateReference.forTest(input.secretReference, input);
    if (!admitted.ok) return admitted;
    // A Test reads the reference once, as a sign-in would; it is never held back by an earlier "not found".
    const secret = await references.resolve(null, input.secretReference);
    if (!secret.ok) return secret;
    const tried = await tokens.tryCredentials(grantForStoredProfile(input as never, secret.value), grantForReference(input, input.secretReference));
    return tried.ok ? ok({ ...tried.value, allowedCommand: admitted.value }) : tried;
  });
  router.handle('setAutoRefresh', async ({ id, enabled }) => profiles.setAutoRefresh(id, enabled));
  router.handle('getTokenDetails', async ({ id }) => {
    if (!tokens.lifetime(id)) return ok(null);
    const held = await tokens.heldToken(id);
    return held.ok ? ok(describeToken(held.value.accessToken, held.value.lifetime)) : held;
  });
  router.handle('revealToken', async ({ id }) => {
    const held = await tokens.heldToken(id);
    if (!held.ok) return held;
    await dialogs.showToken(profileRepository.get(id)?.name ?? 'Profile', held.value.accessToken);
    return ok({ shown: true });
  });
}
