/** A list of reports (home, lists, a report's briefs, sidebar and related items): the part `item-list`. */
import { html } from "../html.js";
import type { ItemSummary, TimeContext } from "../view-model.js";
import type { PartTemplate, Site } from "./index.js";
import { listTimeHtml } from "./time-text.js";

export interface ItemListData {
  site: Site;
  items: readonly ItemSummary[];
  /** 2 or 3: the level of each report's heading. */
  headingLevel: number;
  /** Whether each report's lead is shown under it. */
  showLead: boolean;
  /** What the page says of its reports' day and year (see TimeContext); without it every time is dated. */
  timeContext?: TimeContext | null;
}

export const itemList: PartTemplate<ItemListData> = {
  render({ site, items, headingLevel, showLead, timeContext }, { link }) {
    return html`
<ol class="item-list">
${items.map(
  (entry) => html`  <li class="item-summary item-${entry.kind}">
    <h${headingLevel} class="item-title"><a href="${link(entry.url)}">${entry.headline}</a></h${headingLevel}>
    <p class="item-meta">${listTimeHtml(entry, timeContext)}${entry.place && html` · ${entry.place}`}${entry.section && html` · ${entry.section.name}`} · <span class="kind">${entry.kindLabel}</span>${entry.updated && html` · <span class="updated" title="${site.t.item.updatedTitle}">${site.t.item.updated}</span>`}</p>
${entry.lead && showLead && html`<p class="item-lead">${entry.lead}</p>`}  </li>
`,
)}</ol>
`;
  },
};
