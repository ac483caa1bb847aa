/** A month as a Monday-first calendar whose days with news are links: the part `calendar`. */
import { html } from "../html.js";
import type { CalendarMonth } from "../view-model.js";
import type { PartTemplate, Site } from "./index.js";

export interface CalendarData {
  site: Site;
  calendar: CalendarMonth;
}

export const calendar: PartTemplate<CalendarData> = {
  render({ site, calendar }, { link }) {
    const t = site.t;
    const month = calendar.caption.replaceAll(`${t.archive.calendarCaption} `, "");
    return html`
<table class="calendar">
  <caption>${calendar.caption}</caption>
  <thead><tr>${calendar.weekdays.map((d) => html`<th scope="col">${d}</th>`)}</tr></thead>
  <tbody>
${calendar.weeks.map(
  (week) => html`    <tr>${week.map((cell) =>
    cell
      ? cell.url
        ? html`<td class="has-news"><a href="${link(cell.url)}" aria-label="${cell.day} ${month}: ${cell.count} ${cell.count !== 1 ? t.lists.items : t.lists.item}">${cell.day}</a></td>`
        : html`<td>${cell.day}</td>`
      : html`<td class="empty"></td>`,
  )}</tr>
`,
)}  </tbody>
</table>
`;
  },
};
