// The organising fields every stored profile carries, at the values a freshly created one has: for tests that build
// stored records by hand and care only about their kind, identity and secret. A function, so no two records share a tags array.
import type { StoredProfile } from '../../../../electron/core/profiles/profiles-file';

type Metadata = Pick<StoredProfile, 'createdAt' | 'autoRefresh' | 'notes' | 'tags' | 'color' | 'pinned' | 'order' | 'deletedAt'>;

export function storedProfileMetadata(): Metadata {
  return { createdAt: 0, autoRefresh: false, notes: '', tags: [], color: null, pinned: false, order: 0, deletedAt: null };
}
