// butlr-cred's conversation with the running app: find it, check it is the app, say hello, then ask; every failure as an exit code.
import {
  profilesListResultSchema,
  tokenGetResultSchema,
  type CliError,
  type CliProfile,
  type TokenGetResult,
} from '../shared/cli-protocol';
import { openChannel, type ChannelConnection, type ChannelFailure } from '../electron/core/cli-channel/channel-client';
import { channelLocationFromEnv } from '../electron/core/cli-channel/channel-location';
import { CliFailure, EXIT } from './cli-failure';
import type { CliIo } from './cli-io';
import { cliSession } from './cli-session';

export interface AppConnection {
  readonly session: string;
  listProfiles(): Promise<CliProfile[]>;
  getToken(profile: string, minValiditySeconds: number): Promise<TokenGetResult>;
  close(): void;
}

/** A detail ("nothing is listening at …") as a line of its own. */
const sentence = (detail: string): string => detail.charAt(0).toUpperCase() + detail.slice(1);

const isCliError = (error: ChannelFailure | CliError): error is CliError => 'code' in error;

function channelFailure(failure: ChannelFailure): CliFailure {
  switch (failure.kind) {
    case 'not_running':
      return new CliFailure(EXIT.notRunning, 'Butlr Credentials is not running. Start it, then try again.', sentence(failure.detail));
    case 'no_answer':
      return new CliFailure(EXIT.notRunning, `Butlr Credentials did not answer: ${failure.detail}`);
    case 'untrusted':
      return new CliFailure(EXIT.untrusted, `The app's channel failed its check, so nothing was asked of it: ${failure.detail}`, 'This may be another program posing as Butlr Credentials. Restart the app; Settings says where it listens.');
    case 'closed':
      return new CliFailure(EXIT.failure, `The connection to Butlr Credentials closed: ${failure.detail} It may be busy or quitting; try again.`);
  }
}

function appFailure(error: CliError): CliFailure {
  switch (error.code) {
    case 'denied':
      return new CliFailure(EXIT.denied, error.message);
    case 'unknown_profile':
    case 'ambiguous_profile':
      return new CliFailure(EXIT.unknownProfile, error.message);
    case 'sign_in_failed':
      return new CliFailure(EXIT.signInFailed, error.message);
    default:
      return new CliFailure(EXIT.failure, error.message);
  }
}

/** Connects and says hello in this call's session; throws a CliFailure with the right exit code when it cannot. */
export async function connectToApp(io: CliIo): Promise<AppConnection> {
  const opened = await openChannel(channelLocationFromEnv(io.platform, io.env, io.home));
  if (!opened.ok) throw channelFailure(opened.error);
  const channel: ChannelConnection = opened.value;
  const { session, caller } = cliSession(io);
  const ask = async (request: Promise<Awaited<ReturnType<ChannelConnection['request']>>>): Promise<unknown> => {
    const answer = await request;
    if (answer.ok) return answer.value;
    channel.close();
    throw isCliError(answer.error) ? appFailure(answer.error) : channelFailure(answer.error);
  };
  await ask(channel.request('hello', { session, caller }));
  return {
    session,
    async listProfiles() {
      const profiles: CliProfile[] = [];
      for (let cursor: number | null = 0; cursor !== null; ) {
        const page = profilesListResultSchema.parse(await ask(channel.request('profiles.list', cursor === 0 ? {} : { cursor })));
        profiles.push(...page.profiles);
        cursor = page.next;
      }
      return profiles;
    },
    async getToken(profile, minValiditySeconds) {
      return tokenGetResultSchema.parse(await ask(channel.request('token.get', { profile, minValiditySeconds })));
    },
    close: () => channel.close(),
  };
}
