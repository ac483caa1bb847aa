/** The home page (template `home`): the latest HOME_DAYS days with news, newest first, each with its first reports. */
import { ROUTES } from "../routes.js";
import { dayContext, needsTimeLegend, type PageFamily } from "./context.js";
import type { HomeDay } from "./types.js";

export const HOME_DAYS = 3;
export const HOME_ITEMS_PER_DAY = 25;

export const homePage: PageFamily = {
  name: "home",
  plan(context) {
    const { t } = context;
    const days: HomeDay[] = context.dayKeys
      .slice(-HOME_DAYS)
      .reverse()
      .map((key) => ({
        heading: `${t.home.dayHeading} ${context.dayHeading(key)}`,
        url: ROUTES.day(key),
        items: context.reportsByDay.get(key)!.slice(0, HOME_ITEMS_PER_DAY).map((i) => context.summary(i)),
        timeContext: dayContext(key),
      }));
    // An archive without dates shows its undated reports.
    if (days.length === 0 && context.undated.length > 0) {
      days.push({ heading: t.home.undatedHeading, url: ROUTES.undated, items: context.undated.slice(0, HOME_ITEMS_PER_DAY).map((i) => context.summary(i)), timeContext: dayContext(null) });
    }
    return { home: [{ url: ROUTES.home, days, timeLegend: needsTimeLegend(...days.map((d) => d.items)) }] };
  },
};
