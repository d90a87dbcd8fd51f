// Tells the person, until they dismiss it, which data files had to be moved aside at start-up and where the originals are.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { storageNoticesQuery } from '../queries';
import { describeStorageNotice } from '../storage-notice-text';

export function StorageNoticesBanner() {
  const { data: notices } = useQuery(storageNoticesQuery());
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || !notices || notices.length === 0) return null;

  return (
    <section className="banner banner-warning banner-dismissable" aria-labelledby="storage-notices-title" data-testid="storage-notices">
      <div className="banner-body">
        <h2 id="storage-notices-title">Some saved data could not be read when the app started</h2>
        <ul className="banner-list">
          {notices.map((notice) => (
            <li key={notice.movedTo}>{describeStorageNotice(notice)}</li>
          ))}
        </ul>
        <p>Nothing was deleted: each original is kept, unchanged, where it says above. Everything that could be read is in use.</p>
      </div>
      <button type="button" className="button" onClick={() => setDismissed(true)}>
        Dismiss
      </button>
    </section>
  );
}
