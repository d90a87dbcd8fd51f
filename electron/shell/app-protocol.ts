// Serves the built renderer from app://butlr/ instead of file://, so the page has a real origin and nothing else on disk is reachable.
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { contentSecurityPolicy } from './content-security-policy';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://butlr`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** The privileges Electron must grant the scheme before the app is ready. */
export const appSchemePrivileges = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: false, corsEnabled: false, stream: false },
} as const;

/** The types of the files the renderer build contains; anything else is not served. */
export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/**
 * `scheme://host[:port]` of a URL. Not `URL.origin`: Node's URL (which main uses) gives "null" as the origin
 * of every non-special scheme, app:// included, and that would match any other app:// page.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : null;
  } catch {
    return null;
  }
}

/** The file an app:// URL names inside the renderer folder, or null for anything outside it or on another host. */
export function resolveAppFile(rendererDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== 'butlr') return null;
  const root = resolve(rendererDir);
  const filePath = resolve(root, `.${decodeURIComponent(url.pathname)}`);
  return filePath.startsWith(root + sep) ? filePath : null;
}

export async function serveAppRequest(rendererDir: string, requestUrl: string): Promise<Response> {
  const filePath = resolveAppFile(rendererDir, requestUrl);
  const mimeType = filePath ? MIME_TYPES[extname(filePath)] : undefined;
  if (!filePath || !mimeType) return new Response('Not found', { status: 404 });
  try {
    const body = await readFile(filePath);
    return new Response(body, {
      headers: {
        'content-type': mimeType,
        'content-security-policy': contentSecurityPolicy('production'),
        'x-content-type-options': 'nosniff',
      },
    });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}
