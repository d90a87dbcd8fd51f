// What the window's first paint waits for, asked for as the page starts: the first screenful of profiles (a small answer
// that comes quickly however many there are), the whole list, and the settings. This small script runs before the app's
// own (about 90 kB) has been parsed, so main reads them and sends them meanwhile. main.tsx hands them to the query cache.
// If main says one changed before the app listens itself, that one is asked for again.
import type { FirstProfiles, ProfileView } from '../../shared/profile';
import { firstProfilesFor } from '../../shared/ipc/first-profiles';
import type { IpcResult } from '../../shared/ipc/ipc-result';
import type { Settings } from '../../shared/settings';

interface EarlyRequest<T> {
  readonly answer: Promise<IpcResult<T>>;
  changed: boolean;
}

const ask = <T>(request: () => Promise<IpcResult<T>>): EarlyRequest<T> => {
  const answer = request();
  // Handled by the app once it takes the answer; until then a failure is not "uncaught" in the console.
  answer.catch(() => {});
  return { answer, changed: false };
};
const listWhole = (): Promise<IpcResult<ProfileView[]>> => window.butlr.listProfiles();
// The first screenful first, and the whole list only once it is here: asked together, the large answer would hold up
// the small one (main builds, and the IPC carries, one answer at a time).
const firstProfiles = ask(() => window.butlr.listFirstProfiles({ count: firstProfilesFor(window.innerHeight) }));
const profiles = ask(() => firstProfiles.answer.then(listWhole, listWhole));
const settings = ask(() => window.butlr.getSettings());
const stopListening = [
  window.butlr.onProfilesChanged(() => void (profiles.changed = firstProfiles.changed = true)),
  window.butlr.onTokenChanged(() => void (profiles.changed = firstProfiles.changed = true)),
  window.butlr.onSettingsChanged(() => void (settings.changed = true)),
];

export interface EarlyAnswers {
  /** Each answer, or null when main changed it after it was asked for (the app then asks again, for the whole list). */
  readonly firstProfiles: Promise<IpcResult<FirstProfiles>> | null;
  readonly profiles: Promise<IpcResult<ProfileView[]>> | null;
  readonly settings: Promise<IpcResult<Settings>> | null;
}

let taken = false;

/** The early answers, once (later calls get none); from here on the app's own listeners keep its data current. */
export function takeEarlyAnswers(): EarlyAnswers {
  if (taken) return { firstProfiles: null, profiles: null, settings: null };
  taken = true;
  for (const stop of stopListening) stop();
  const unchanged = <T>(request: EarlyRequest<T>): Promise<IpcResult<T>> | null => (request.changed ? null : request.answer);
  return { firstProfiles: unchanged(firstProfiles), profiles: unchanged(profiles), settings: unchanged(settings) };
}
