/**
 * The escaping tagged template of the templates (src/site/html.ts): every string escaped as
 * Nunjucks' autoescape did (so pages stayed byte-identical), html values, numbers and arrays as
 * they are, nothing for null, undefined and false, and an error for what would print as `true`.
 */
import { describe, expect, it } from "vitest";
import { html, isHtml, trustedHtml } from "../../src/site/html.js";

describe("the html tag", () => {
  it("escapes every string it is given, as Nunjucks' autoescape did", () => {
    const text = `<img src=x onerror="alert('1')"> & \\ {{ kop }}`;
    expect(html`<p title="${text}">${text}</p>`.value).toBe(
      "<p title=\"&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt; &amp; &#92; {{ kop }}\">&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt; &amp; &#92; {{ kop }}</p>",
    );
  });

  it("takes numbers, html values and arrays as they are, and null, undefined and false as nothing", () => {
    const items = ["<a>", "b"].map((x) => html`<li>${x}</li>`);
    expect(html`<ol>${items}</ol>${null}${undefined}${false}${0}`.value).toBe("<ol><li>&lt;a&gt;</li><li>b</li></ol>0");
    expect(html`${["<", html`<br>`, [">"]]}`.value).toBe("&lt;<br>&gt;");
    expect(isHtml(html``)).toBe(true);
    expect(isHtml("<p>")).toBe(false);
  });

  it("refuses what would print as true or [object Object]", () => {
    expect(() => html`${true as never}`).toThrow(TypeError);
    expect(() => html`${{ value: "<b>" } as never}`).toThrow(TypeError);
  });

  it("lets markup through only from the door", () => {
    expect(html`${trustedHtml("<b>x</b>")}`.value).toBe("<b>x</b>");
  });
});
