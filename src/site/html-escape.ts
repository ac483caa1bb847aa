/** HTML escaping for the places where draad writes HTML itself, outside the templates' html tag (src/site/html.ts). */

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** `<b>&` -> `&lt;b&gt;&amp;`: safe as HTML text and in a quoted attribute, read back exactly as written. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}
