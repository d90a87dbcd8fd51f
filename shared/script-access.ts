// What the windows may see of scripts' access to tokens: the channel's state, live grants and the no-asking profiles.
import { z } from './zod-mini';
import { profileIdSchema } from './profile';

/** Whether the app listens for `butlr-cred`, and where; or why it refused to. */
export const channelStatusSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('off') }),
  z.object({ state: z.literal('listening'), address: z.string() }),
  z.object({ state: z.literal('refused'), address: z.string(), reason: z.string() }),
]);
export type ChannelStatus = z.infer<typeof channelStatusSchema>;

/** A person's "Allow" for one CLI session and one profile. */
export const scriptGrantSchema = z.object({
  id: z.uuid(),
  profileId: profileIdSchema,
  /** The caller as the CLI reported it, e.g. `bash (pid 4242)`. */
  caller: z.string(),
  grantedAt: z.number(),
  /** null: until the app quits. */
  expiresAt: z.nullable(z.number()),
});
export type ScriptGrant = z.infer<typeof scriptGrantSchema>;

export const scriptAccessSchema = z.object({
  channel: channelStatusSchema,
  grants: z.array(scriptGrantSchema),
  /** Profiles whose "Let scripts get this token without asking" is on. */
  withoutAsking: z.array(profileIdSchema),
});
export type ScriptAccess = z.infer<typeof scriptAccessSchema>;

/** How a person answered the consent dialog. */
export const scriptAccessAnswers = ['ten_minutes', 'until_quit', 'deny'] as const;
export type ScriptAccessAnswer = (typeof scriptAccessAnswers)[number];
