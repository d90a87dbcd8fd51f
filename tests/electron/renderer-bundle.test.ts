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
  it('loads one script and one stylesheet at start, and keeps the dialogs in one later chunk', () => {
    expect(withoutHashes(assets.atStart)).toEqual(['index-*.css', 'index-*.js']);
    expect(withoutHashes(assets.later)).toEqual(['later-parts-*.js']);
  });

  it('keeps zod and the form checks out of what loads at start', async () => {
    for (const file of assets.atStart) {
      const content = await text(file);
      expect(content, file).not.toContain(ZOD_MARKER);
      expect(content, file).not.toContain(FORM_MARKER);
    }
    // The markers are real: the later chunk carries both.
    const later = await text(assets.later[0] as string);
    expect(later).toContain(ZOD_MARKER);
    expect(later).toContain(FORM_MARKER);
  });
});
