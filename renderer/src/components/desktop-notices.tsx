// What the OS would not show as a desktop notification (an unsigned macOS app, a desktop without notifications): main
// sends it to this window instead, which says it as a toast.
import { useEffect } from 'react';
import { showToast } from '../toast-store';

export function DesktopNotices() {
  useEffect(() => window.butlr.onDesktopNotice(({ title, body }) => showToast('status', `${title}. ${body}`)), []);
  return null;
}
