// The built renderer: what the page loads before its first paint stays free of the code only dialogs need.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rendererAssets, type RendererAssets } from '../fixtures/renderer-assets';
import { assertBuilt, RENDERER_DIR } from './built-bundles';

/** A name zod gives every mini schema class; minifiers keep it because it is a string. */
const ZOD_MARKER = 'ZodMiniObject';
/** Text only the profile form renders. */
const FORM_MARKER = 'Enter the client secret.';

let assets: RendererAssets;
const withoutHashes = (files: readonly string[]): string[] => files.map((file) => file.replace(/-[\w-]{8}\.(js|css)$/, '-*.$1')).sort();
const text = (file: string): Promise<string> => readFile(join(RENDERER_DIR, 'assets', file), 'utf8');

beforeAll(async () => {
  assertBuilt(join(RENDERER_DIR, 'index.html'));
  assets = await rendererAssets(RENDERER_DIR);
});

describe('the built renderer', () => {
  it('asks for the first paint’s data from a script of its own that runs as soon as it arrives, before the app’s', async () => {
    const html = await readFile(join(RENDERER_DIR, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script [^>]*src="\.\/assets\/([^"]+)"[^>]*>/g)].map((match) => [withoutHashes([match[1]!])[0], match[0].includes(' async')]);
    expect(scripts).toEqual([
      ['early-requests-*.js', true],
      ['index-*.js', false],
    ]);
    // After the CSP, which must come before anything it governs.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });

  it('loads the early requests, the app, its stylesheet and React at start, and the virtualizer, the dialogs and the quick switcher later', () => {
    // React sits in a chunk of its own because the later chunks import it too (rolldown's split, not ours).
    expect(withoutHashes(assets.atStart)).toEqual(['early-requests-*.js', 'index-*.css', 'index-*.js', 'jsx-runtime-*.js']);
    expect(withoutHashes(assets.later)).toEqual(['later-parts-*.css', 'later-parts-*.js', 'quick-switcher-*.css', 'quick-switcher-*.js', 'virtual-board-*.js']);
  });

  it('keeps the virtualizer, the dialogs’ styles and the file drop target out of what loads at start', async () => {
    const atStart = await Promise.all(assets.atStart.map(text));
    const later = Object.fromEntries(await Promise.all(assets.later.map(async (file) => [withoutHashes([file])[0], await text(file)] as const)));
    // A name @tanstack/virtual-core's class keeps through minifying, a rule only dialogs use, and the drop target's words and rule.
    for (const [marker, chunk] of [
      ['scrollToIndex', 'virtual-board-*.js'],
      ['.dialog-actions', 'later-parts-*.css'],
      ['Drop a .env file or an export (.json) to import it', 'later-parts-*.js'],
      ['.drop-overlay', 'later-parts-*.css'],
    ] as const) {
      expect(later[chunk]).toContain(marker);
      for (const content of atStart) expect(content).not.toContain(marker);
    }
  });

  it('keeps zod and the form checks out of what loads at start', async () => {
    for (const file of assets.atStart) {
      const content = await text(file);
      expect(content, file).not.toContain(ZOD_MARKER);
      expect(content, file).not.toContain(FORM_MARKER);
    }
    // The markers are real: the later chunk carries both.
    const later = await text(assets.later.find((file) => file.startsWith('later-parts-') && file.endsWith('.js'))!);
    expect(later).toContain(ZOD_MARKER);
    expect(later).toContain(FORM_MARKER);
  });
});
