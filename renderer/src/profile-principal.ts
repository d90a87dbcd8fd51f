// Where a profile points and who it signs in as, in the words the row, the details panel and search use.
import type { ProfileView } from '../../shared/profile';

/** The environment a profile points at, as a person recognises it: the host of its base URL. */
export function environmentOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).host;
  } catch {
    return baseUrl;
  }
}

/** Who the profile signs in as: a client ID, or a username. */
export function principalOf(profile: ProfileView): { readonly label: string; readonly value: string } {
  return profile.kind === 'password' ? { label: 'Username', value: profile.username } : { label: 'Client ID', value: profile.clientId };
}
