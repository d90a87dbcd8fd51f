// Fills an empty profile list from a seed file, so `npm run demo` starts with profiles to try.
import { z } from 'zod';
import { newProfileSchema } from '../../shared/profile';
import type { Logger } from './logger';
import type { ProfileService } from './profiles/profile-service';

export async function seedProfiles(profiles: ProfileService, seed: unknown, logger: Logger): Promise<void> {
  if ((await profiles.list()).length > 0) return;
  const parsed = z.array(newProfileSchema).safeParse(seed);
  if (!parsed.success) {
    logger.warn('demo: the seed file is not a list of profiles; starting empty');
    return;
  }
  for (const profile of parsed.data) {
    const created = await profiles.create(profile);
    if (!created.ok) logger.warn(`demo: could not seed a profile: ${created.error.message}`);
  }
}
