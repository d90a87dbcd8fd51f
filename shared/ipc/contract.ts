// The typed IPC contract: each method's request and response, and each event's payload, as zod schemas.
import { z } from 'zod';
import { encryptionStatusSchema } from '../encryption-status';
import { newProfileSchema, profileIdSchema, profileViewSchema } from '../profile';
import { tokenInfoSchema } from '../token-info';
import { ipcChannels, ipcEventChannels, type IpcEventName, type IpcMethod } from './channels';

const byId = z.object({ id: profileIdSchema }).strict();
const noRequest = z.undefined();

export const ipcContract = {
  listProfiles: { channel: ipcChannels.listProfiles, request: noRequest, response: z.array(profileViewSchema) },
  createProfile: { channel: ipcChannels.createProfile, request: newProfileSchema, response: profileViewSchema },
  deleteProfile: { channel: ipcChannels.deleteProfile, request: byId, response: z.object({ id: profileIdSchema }) },
  fetchToken: { channel: ipcChannels.fetchToken, request: byId, response: tokenInfoSchema },
  copyToken: {
    channel: ipcChannels.copyToken,
    request: byId,
    /** `renewed` tells whether a fresh token had to be fetched first. */
    response: z.object({ expiresAt: z.number(), renewed: z.boolean() }),
  },
  getEncryptionStatus: { channel: ipcChannels.getEncryptionStatus, request: noRequest, response: encryptionStatusSchema },
} as const satisfies { [M in IpcMethod]: { channel: (typeof ipcChannels)[M]; request: z.ZodType; response: z.ZodType } };

export const ipcEvents = {
  tokenChanged: { channel: ipcEventChannels.tokenChanged, payload: z.object({ profileId: profileIdSchema }) },
  profilesChanged: { channel: ipcEventChannels.profilesChanged, payload: z.object({}) },
} as const satisfies { [E in IpcEventName]: { channel: (typeof ipcEventChannels)[E]; payload: z.ZodType } };

export type IpcContract = typeof ipcContract;
export type IpcRequest<M extends IpcMethod> = z.input<IpcContract[M]['request']>;
export type IpcParsedRequest<M extends IpcMethod> = z.output<IpcContract[M]['request']>;
export type IpcResponse<M extends IpcMethod> = z.output<IpcContract[M]['response']>;
export type IpcEventPayload<E extends IpcEventName> = z.output<(typeof ipcEvents)[E]['payload']>;
