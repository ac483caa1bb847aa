/**
 * HTML that escapes by default (issue #13), for the templates in src/site/templates/: the
 * `html` tagged template escapes every value put into it, so wire text is always text, and HTML
 * gets in unescaped only as an `Html` value: one made by `html` itself (a part of a page), or
 * one made by the one door for raw HTML below, whose every use tests/site/raw-html.test.ts
 * lists file by file.
 *
 * What a value becomes:
 *  - a string: escaped (`&`, `<`, `>`, `"`, `'` and `\`, as Nunjucks' autoescape did, so pages
 *    stayed byte-identical when the templates moved; safe as text and in a quoted attribute);
 *  - a number: its digits;
 *  - an `Html` value: as it is;
 *  - an array: each element by these rules, joined without separator;
 *  - null, undefined and false: nothing (so `${cond && html`...`}` works);
 *  - anything else (true, an object): a TypeError, since it is a template bug that would print
 *    `true` or `[object Object]`.
 */

const ESCAPES: Record<string, string> = { "&": "&amp;", '"': "&quot;", "'": "&#39;", "<": "&lt;", ">": "&gt;", "\\": "&#92;" };
const NEEDS_ESCAPE = /[&"'<>\\]/;
const ESCAPED = /[&"'<>\\]/g;

/** Text -> HTML text, safe in element content and quoted attributes. */
export function escapeText(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(ESCAPED, (c) => ESCAPES[c]!) : text;
}

/** HTML that may go into a page as it is. Only `html` and the raw door below make one. */
class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type Html = SafeHtml;

/** What a template may put into `html`: see the module comment. */
export type HtmlValue = Html | string | number | null | undefined | false | readonly HtmlValue[];

export function isHtml(value: unknown): value is Html {
  return value instanceof SafeHtml;
}

function valueToHtml(value: HtmlValue): string {
  if (typeof value === "string") return escapeText(value);
  if (value instanceof SafeHtml) return value.value;
  if (value === null || value === undefined || value === false) return "";
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) {
    let out = "";
    for (const element of value as readonly HtmlValue[]) out += valueToHtml(element);
    return out;
  }
  const what: unknown = value;
  throw new TypeError(`a template put ${what === true ? "true" : typeof what} into html\`\`; give it a string, number, html\`\` value or array of them`);
}

/** The escaping tagged template: html`<p>${text}</p>`. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += valueToHtml(values[i]!) + strings[i + 1]!;
  return new SafeHtml(out);
}

/**
 * The one door for raw HTML: for HTML (or JSON inside a script element) that draad made itself
 * and escaped its own way, never for text from a capture or a Markdown page as written.
 * tests/site/raw-html.test.ts lists every use; a new one fails it until it is reviewed and added.
 */
export function trustedHtml(markup: string): Html {
  return new SafeHtml(markup);
}
