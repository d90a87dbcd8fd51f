// The E2E pages ran the renderer as a bundle in Chromium, which vitest cannot see. This turns what they recorded into
// istanbul data for renderer/src and shared/ with the two libraries vitest's coverage-v8 uses itself (merge V8 counts,
// then map the bundle's AST back through its source map), so a line is counted alike on both sides and they merge cleanly.
import { mergeProcessCovs } from '@bcoe/v8-coverage';
import convert from 'ast-v8-to-istanbul';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import libCoverage, { type CoverageMap } from 'istanbul-lib-coverage';
import { parseAstAsync } from 'vitest/node';
import type { RecordedScript } from '../../tests/fixtures/browser-coverage';

export interface BrowserCoverageFolders {
  /** What the E2E pages recorded (tests/fixtures/browser-coverage.ts). */
  readonly rawDir: string;
  /** The renderer build the pages loaded, with its source maps. */
  readonly rendererDir: string;
  readonly root: string;
}

export async function browserToIstanbul(folders: BrowserCoverageFolders): Promise<CoverageMap> {
  const coverage = libCoverage.createCoverageMap({});
  const files = (await readdir(folders.rawDir).catch(() => [])).filter((file) => file.endsWith('.json'));
  if (files.length === 0) {
    console.warn(`No browser coverage in ${folders.rawDir}: no E2E test ran with BUTLR_COVERAGE set, so the renderer counts its unit tests only.`);
    return coverage;
  }
  // Every page's counts added up per bundle file first: one remap per file instead of one per page.
  const pages = await Promise.all(files.map(async (file) => JSON.parse(await readFile(join(folders.rawDir, file), 'utf8')) as RecordedScript[]));
  const merged = mergeProcessCovs(pages.map((scripts) => ({ result: scripts.map((script) => ({ scriptId: '0', url: script.file, functions: script.functions })) })));

  // Ours only, not React or TanStack bundled beside them.
  const isOurs = (path: string) => /^(renderer\/src|shared)\//.test(relative(folders.root, path).split(sep).join('/'));
  for (const script of merged.result) {
    const path = join(folders.rendererDir, script.url);
    const [code, map] = await Promise.all([readFile(path, 'utf8'), readFile(`${path}.map`, 'utf8')]).catch(() => {
      throw new Error(`${path} or its .map is missing: was coverage/build rebuilt after the tests ran? Run \`npm run coverage\` again.`);
    });
    const mapped = await convert({ code, ast: parseAstAsync(code), sourceMap: JSON.parse(map), coverage: { url: pathToFileURL(path).href, functions: script.functions } });
    coverage.merge(Object.fromEntries(Object.entries(mapped).filter(([file]) => isOurs(file))));
  }
  return coverage;
}
