// The two answers the window's first paint waits for, the profiles and the settings, asked for as the page starts: this
// small script runs before the app's own (about 90 kB) has been parsed, so main reads them and sends them meanwhile.
// main.tsx hands them to the query cache. If main says either changed before the app listens itself, it asks again.
import type { ProfileView } from '../../shared/profile';
import type { IpcResult } from '../../shared/ipc/ipc-result';
import type { Settings } from '../../shared/settings';

interface EarlyRequest<T> {
  readonly answer: Promise<IpcResult<T>>;
  changed: boolean;
}

const ask = <T>(request: () => Promise<IpcResult<T>>): EarlyRequest<T> => ({ answer: request(), changed: false });
const profiles = ask(() => window.butlr.listProfiles());
const settings = ask(() => window.butlr.getSettings());
const stopListening = [
  window.butlr.onProfilesChanged(() => void (profiles.changed = true)),
  window.butlr.onTokenChanged(() => void (profiles.changed = true)),
  window.butlr.onSettingsChanged(() => void (settings.changed = true)),
];

export interface EarlyAnswers {
  /** Each answer, or null when main changed it after it was asked for (the app then asks again). */
  readonly profiles: Promise<IpcResult<ProfileView[]>> | null;
  readonly settings: Promise<IpcResult<Settings>> | null;
}

let taken = false;

/** The early answers, once (later calls get none); from here on the app's own listeners keep its data current. */
export function takeEarlyAnswers(): EarlyAnswers {
  if (taken) return { profiles: null, settings: null };
  taken = true;
  for (const stop of stopListening) stop();
  return { profiles: profiles.changed ? null : profiles.answer, settings: settings.changed ? null : settings.answer };
}
