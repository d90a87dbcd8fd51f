// A profile's activity history as CSV (RFC 4180), for people who keep audit notes in a spreadsheet.
import type { ActivityEvent } from '../../../shared/activity';

const HEADER = ['time (UTC)', 'event', 'trigger', 'error code', 'detail'];

function csvField(value: string): string {
  // Quote fields that need it; also neutralise a leading =, +, - or @ so a spreadsheet never runs it as a formula.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function activityToCsv(events: readonly ActivityEvent[]): string {
  // A script's consent: for how long, and the caller as butlr-cred described it (which the formula guard above also covers).
  const detail = (event: ActivityEvent): string => [event.access, event.caller].filter(Boolean).join('; ');
  const rows = events.map((event) => [new Date(event.at).toISOString(), event.kind, event.trigger, event.code ?? '', detail(event)]);
  return [HEADER, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
