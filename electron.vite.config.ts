// Build for the three sides: main (ESM), the sandboxed preload (one CommonJS file), the renderer (React, strict CSP).
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin, Rolldown } from 'vite';
import { contentSecurityPolicy } from './electron/shell/content-security-policy';
import { buildCli } from './scripts/cli/build-cli';

/** Puts the CSP in the page itself too, so it holds however the HTML is served (app://, the dev server, a test server). */
function cspMetaTag(): Plugin {
  return {
    name: 'butlr:csp-meta',
    transformIndexHtml: (_html, context) => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(context.server ? 'development' : 'production') },
        injectTo: 'head-prepend',
      },
    ],
  };
}

const EARLY_REQUESTS = 'early-requests';

/**
 * renderer/src/early-requests.ts as a script of its own, named in the page before the app's: it asks main for what the
 * first paint needs while the app's script is still loading. (Vite would bundle a script written into index.html into the
 * app's own chunk, which runs only once all of it is parsed.) In the dev server there is no bundle: the app imports it.
 */
function earlyRequestsScript(): Plugin {
  return {
    name: 'butlr:early-requests',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const chunk = Object.values(context.bundle ?? {}).find((output) => output.type === 'chunk' && output.isEntry && output.name === EARLY_REQUESTS);
        if (!chunk) return html;
        // Async: it runs as soon as it is here, not after the stylesheet as the app's script must. After the CSP meta tag,
        // which must come first.
        const at = html.indexOf('<script type="module"');
        if (at < 0) throw new Error('index.html has no module script to put the early requests beside.');
        return `${html.slice(0, at)}<script type="module" async crossorigin src="./${chunk.fileName}"></script>\n    ${html.slice(at)}`;
      },
    },
  };
}

/**
 * TanStack Query marks its modules "use client" for React Server Components; a client-only bundle has nothing to
 * preserve, and the warning fills a newcomer's first build. Only that warning, only for node_modules: ours still show.
 */
function quietVendorDirectives(warning: Rolldown.RolldownLog, defaultHandler: (warning: Rolldown.RolldownLog) => void): void {
  const source = warning.id ?? warning.loc?.file ?? '';
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && /[\\/]node_modules[\\/]|^node_modules[\\/]/.test(source)) return;
  defaultHandler(warning);
}

/**
 * butlr-cred is built beside main, so every `electron-vite build` (npm run build, npm test) leaves out/cli/butlr-cred.mjs:
 * its own single-file build, as it must run with no node_modules and share no chunk with main.
 */
function buildCliAlongside(): Plugin {
  return { name: 'butlr:cli', apply: 'build', closeBundle: async () => void (await buildCli({ root: import.meta.dirname })) };
}

/** Set by scripts/coverage/run.ts for its own build only. */
const forCoverage = Boolean(process.env.BUTLR_COVERAGE);

export default defineConfig({
  main: {
    plugins: [buildCliAlongside()],
    build: {
      rolldownOptions: { input: { index: resolve(import.meta.dirname, 'electron/main.ts') } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can only require('electron'): bundle everything else into one CommonJS file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    plugins: [cspMetaTag(), earlyRequestsScript()],
    build: {
      // `npm run coverage` builds a second copy into coverage/build (out/ stays as every other script builds it): with
      // source maps to find renderer/src again, and unminified, because the report can only count the statements the
      // built code keeps apart, and a minifier joins a function's statements into one expression.
      minify: !forCoverage,
      sourcemap: forCoverage,
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'renderer/index.html'), [EARLY_REQUESTS]: resolve(import.meta.dirname, 'renderer/src/early-requests.ts') },
        onwarn: quietVendorDirectives,
      },
    },
  },
});
