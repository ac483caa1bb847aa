/** A list of reports (home, lists, a report's briefs, sidebar and related items): the part `item-list`. */
import { html } from "../html.js";
import type { ItemSummary } from "../view-model.js";
import type { PartTemplate, Site } from "./index.js";

export interface ItemListData {
  site: Site;
  items: readonly ItemSummary[];
  /** 2 or 3: the level of each report's heading. */
  headingLevel: number;
  /** Whether each report's lead is shown under it. */
  showLead: boolean;
}

export const itemList: PartTemplate<ItemListData> = {
  render({ items, headingLevel, showLead }, { link }) {
    return html`
<ol class="item-list">
${items.map(
  (entry) => html`  <li class="item-summary item-${entry.kind}">
    <h${headingLevel} class="item-title"><a href="${link(entry.url)}">${entry.headline}</a></h${headingLevel}>
    <p class="item-meta">${entry.datetime ? html`<time datetime="${entry.datetime}">${entry.time}</time>` : entry.time}${entry.place && html` · ${entry.place}`}${entry.section && html` · ${entry.section.name}`} · <span class="kind">${entry.kindLabel}</span></p>
${entry.lead && showLead && html`<p class="item-lead">${entry.lead}</p>`}  </li>
`,
)}</ol>
`;
  },
};
