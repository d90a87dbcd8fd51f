// The renderer build hides TanStack's "use client" warnings from node_modules, and nothing else.
import { describe, expect, it, vi } from 'vitest';
import config from '../../../electron.vite.config';

type Onwarn = (warning: { code?: string; id?: string; message: string }, defaultHandler: (warning: unknown) => void) => void;

const onwarn = (config as { renderer: { build: { rolldownOptions: { onwarn: Onwarn } } } }).renderer.build.rolldownOptions.onwarn;

function shown(warning: { code?: string; id?: string; message: string }): boolean {
  const handler = vi.fn();
  onwarn(warning, handler);
  return handler.mock.calls.length === 1;
}

describe('renderer build warnings', () => {
  it('drops MODULE_LEVEL_DIRECTIVE for a module under node_modules', () => {
    expect(shown({ code: 'MODULE_LEVEL_DIRECTIVE', id: '/repo/node_modules/@tanstack/react-query/build/modern/index.js', message: '"use client"' })).toBe(false);
    expect(shown({ code: 'MODULE_LEVEL_DIRECTIVE', id: 'node_modules\\@tanstack\\react-query\\x.js', message: '"use client"' })).toBe(false);
  });

  it('keeps the same warning for our own code, and every other warning', () => {
    expect(shown({ code: 'MODULE_LEVEL_DIRECTIVE', id: '/repo/renderer/src/ticker.ts', message: '"use client"' })).toBe(true);
    expect(shown({ code: 'CIRCULAR_DEPENDENCY', id: '/repo/node_modules/x/index.js', message: 'cycle' })).toBe(true);
    expect(shown({ code: 'MODULE_LEVEL_DIRECTIVE', message: 'no id' })).toBe(true);
  });
});
