// A profile's activity history as CSV (RFC 4180), for people who keep audit notes in a spreadsheet.
import type { ActivityEvent } from '../../../shared/activity';

const HEADER = ['time (UTC)', 'event', 'trigger', 'error code'];

function csvField(value: string): string {
  // Quote fields that need it; also neutralise a leading =, +, - or @ so a spreadsheet never runs it as a formula.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function activityToCsv(events: readonly ActivityEvent[]): string {
  const rows = events.map((event) => [new Date(event.at).toISOString(), event.kind, event.trigger, event.code ?? '']);
  return [HEADER, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
