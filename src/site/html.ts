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
    const parts = new Array<string>(value.length);
    for (let i = 0; i < value.length; i++) parts[i] = valueToHtml((value as readonly HtmlValue[])[i]!);
    return parts.join("");
  }
  const what: unknown = value;
  throw new TypeError(`a template put ${what === true ? "true" : typeof what} into html\`\`; give it a string, number, html\`\` value or array of them`);
}

/**
 * The escaping tagged template: html`<p>${text}</p>`. Its parts are joined into one flat string
 * instead of added one by one: `+=` makes a rope (a tree of every piece), which writing a page
 * then flattens piece by piece, and that took about 0.6 s of a 10,000-capture build, against
 * 0.1 s for joins that copy flat strings (measured with Buffer.from before each write).
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  const parts = new Array<string>(values.length * 2 + 1);
  parts[0] = strings[0]!;
  for (let i = 0; i < values.length; i++) {
    parts[2 * i + 1] = valueToHtml(values[i]!);
    parts[2 * i + 2] = strings[i + 1]!;
  }
  return new SafeHtml(parts.join(""));
}

/**
 * The one door for raw HTML: for HTML (or JSON inside a script element) that draad made itself
 * and escaped its own way, never for text from a capture or a Markdown page as written.
 * tests/site/raw-html.test.ts lists every use; a new one fails it until it is reviewed and added.
 */
export function trustedHtml(markup: string): Html {
  return new SafeHtml(markup);
}
