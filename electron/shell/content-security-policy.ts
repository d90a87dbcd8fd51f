// The renderer's Content Security Policy: only our own scripts and styles, no network at all.
export function contentSecurityPolicy(mode: 'production' | 'development'): string {
  const directives = [
    "default-src 'none'",
    "script-src 'self'", // eng-disable CSP_GLOBAL_CHECK -- 'self' is app://butlr, which serves only our built files: no JSONP, no uploads, no other host
    // The dev server injects styles with <style> tags and talks to its HMR socket; the built app needs neither.
    mode === 'development' ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    mode === 'development' ? 'connect-src ws://localhost:*' : "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ];
  return directives.join('; ');
}
