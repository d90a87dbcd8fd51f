// The board flattened for the virtualizer, pure: headings before their rows, each row's place in its own group's list,
// and the row order the arrow keys walk.
import { describe, expect, it } from 'vitest';
import type { ProfileView } from '../../../shared/profile';
import { flattenBoard, rowIdsOf, rowIndexOf } from '../../../renderer/src/board-items';
import { arrangeBoard } from '../../../renderer/src/board-view';

let nextId = 0;
function profile(name: string, tags: string[] = [], pinned = false): ProfileView {
  const id = `00000000-0000-4000-8000-${String(nextId++).padStart(12, '0')}`;
  return {
    kind: 'client_credentials',
    id,
    name,
    baseUrl: 'https://api.butlr.io',
    clientId: 'client',
    audience: 'https://butlrauth/',
    createdAt: 0,
    notes: '',
    tags,
    color: null,
    pinned,
    lastUsedAt: null,
    secret: 'set',
    token: { state: 'none' },
    autoRefresh: false,
    nextRefreshAt: null,
  } as ProfileView;
}

const a = profile('Alpha', ['prod']);
const b = profile('Beta', ['staging']);
const c = profile('Gamma', ['prod'], true);
const d = profile('Delta', ['prod']);
const profiles = [a, b, c, d];
/** Each item as one readable string. */
const summary = (items: ReturnType<typeof flattenBoard>): string[] =>
  items.map((item) => (item.kind === 'heading' ? `# ${item.label} (${item.count}) ${item.groupName}` : `${item.profile.name} ${item.posInSet}/${item.setSize} ${item.groupName}`));

describe('the board as virtual items', () => {
  it('is one list of rows, no headings, when nothing is grouped', () => {
    const items = flattenBoard(arrangeBoard(profiles, { query: '', sort: 'manual', group: 'none' }));
    expect(summary(items)).toEqual(['Gamma 1/4 null', 'Alpha 2/4 null', 'Beta 3/4 null', 'Delta 4/4 null']);
    expect(items.map((item) => item.key)).toEqual([c.id, a.id, b.id, d.id]);
  });

  it('puts each group’s heading before its rows, the rows counted within their own group', () => {
    const items = flattenBoard(arrangeBoard(profiles, { query: '', sort: 'name', group: 'tag' }));
    expect(summary(items)).toEqual([
      '# Pinned (1) Pinned, 1 profile',
      'Gamma 1/1 Pinned, 1 profile',
      '# prod (2) prod, 2 profiles',
      'Alpha 1/2 prod, 2 profiles',
      'Delta 2/2 prod, 2 profiles',
      '# staging (1) staging, 1 profile',
      'Beta 1/1 staging, 1 profile',
    ]);
    // Keys stay unique across headings and rows: the virtualizer caches measured heights by them.
    expect(new Set(items.map((item) => item.key)).size).toBe(items.length);
  });

  it('walks the rows in the order shown, and finds a row’s item index', () => {
    const items = flattenBoard(arrangeBoard(profiles, { query: '', sort: 'name', group: 'tag' }));
    expect(rowIdsOf(items)).toEqual([c.id, a.id, d.id, b.id]);
    expect(rowIndexOf(items, d.id)).toBe(4);
    expect(rowIndexOf(items, 'not-shown')).toBe(-1);
    expect(rowIndexOf(items, null)).toBe(-1);
  });

  it('is empty when the search matches nothing', () => {
    expect(flattenBoard(arrangeBoard(profiles, { query: 'nothing like this', sort: 'manual', group: 'tag' }))).toEqual([]);
    expect(flattenBoard(arrangeBoard(profiles, { query: 'nothing like this', sort: 'manual', group: 'none' }))).toEqual([]);
  });
});
