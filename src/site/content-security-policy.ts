/**
 * The site's Content-Security-Policy, decided here and nowhere else (issue #11: a capture never
 * runs in a reader's browser). Every page carries it in a `<meta http-equiv>` (the layout,
 * src/site/templates/base.ts), so it holds on any static host; `_headers` at the output root
 * sends the same policy as a header, plus what a `<meta>` policy cannot say, for hosts that read that file
 * (Netlify, Cloudflare Pages). The header is also what covers the feeds, the sitemaps and
 * Pagefind's web worker, which no `<meta>` reaches.
 *
 * Only the site's own files run: its scripts (`templates/assets/search.js`, Pagefind's
 * `pagefind.js` and its worker) and Pagefind's WebAssembly (`'wasm-unsafe-eval'` allows compiling
 * WebAssembly, not `eval`). No inline script or style attribute is allowed; JSON-LD is data, which
 * a policy does not block.
 */

const POLICY: readonly (readonly [string, ...string[]])[] = [
  ["default-src", "'self'"],
  ["script-src", "'self'", "'wasm-unsafe-eval'"],
  ["style-src", "'self'"],
  ["img-src", "'self'"],
  ["connect-src", "'self'"],
  ["worker-src", "'self'"],
  ["object-src", "'none'"],
  ["base-uri", "'none'"],
  ["form-action", "'self'"],
];

/** Directives that browsers ignore (and warn about) in a `<meta>` policy: header only. */
const HEADER_ONLY_POLICY: readonly (readonly [string, ...string[]])[] = [["frame-ancestors", "'none'"]];

const serialise = (directives: readonly (readonly string[])[]) => directives.map((d) => d.join(" ")).join("; ");

/** For `<meta http-equiv="Content-Security-Policy" content="...">`. */
export const CONTENT_SECURITY_POLICY = serialise(POLICY);

/** For the `Content-Security-Policy` header. */
export const CONTENT_SECURITY_POLICY_HEADER = serialise([...POLICY, ...HEADER_ONLY_POLICY]);

/** Response headers for every file of the site. */
export const SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  ["Content-Security-Policy", CONTENT_SECURITY_POLICY_HEADER],
  ["X-Content-Type-Options", "nosniff"],
  ["Referrer-Policy", "same-origin"],
  ["X-Frame-Options", "DENY"],
];

/** The output root's `_headers` file, in the format Netlify and Cloudflare Pages read: a path, then indented `Name: value` lines. */
export const HEADERS_FILE = `/*\n${SECURITY_HEADERS.map(([name, value]) => `  ${name}: ${value}`).join("\n")}\n`;
