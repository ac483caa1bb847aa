/** robots.txt: everything may be crawled; where the sitemap is. */
import { html } from "../html.js";
import type { PageTemplate } from "./index.js";

export const robots: PageTemplate<{ url: string }> = {
  render(_data, { absolute, routes }) {
    return html`User-agent: *
Allow: /
Sitemap: ${absolute(routes.sitemap)}
`;
  },
};
