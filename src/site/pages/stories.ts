/**
 * Story lines (templates `story` and `stories`): each story's reports in time order, and the
 * index of all story lines (not at a partitioned site's root, whose stories are per year).
 */
import type { ArchiveItem, ArchiveStory } from "../../archive/index.js";
import { dutchDateTime } from "../dutch-dates.js";
import { ROUTES } from "../routes.js";
import { needsTimeLegend, yearContext, type PageFamily, type PlanContext } from "./context.js";
import type { StoryPage } from "./types.js";

export const storyPages: PageFamily = {
  name: "stories",
  plan(context) {
    const story = context.archive.stories.map((s) => storyPage(s, context));
    return { story, stories: [{ url: ROUTES.stories, stories: story }] };
  },
};

/** The reports of a story in time order; a lead brief is shown through its article, not twice. */
export function storyMembers(story: ArchiveStory, context: PlanContext): ArchiveItem[] {
  const ids = new Set(story.itemIds);
  return story.itemIds
    .map((id) => context.byId.get(id))
    .filter((i): i is ArchiveItem => {
      const article = i && context.articleOf(i);
      return !!i && !(article && ids.has(article.id));
    });
}

function storyPage(story: ArchiveStory, context: PlanContext): StoryPage {
  const t = context.t;
  const items = storyMembers(story, context);
  const summaries = items.map((i) => context.summary(i));
  return {
    title: `${t.item.story}: ${story.headline}`,
    description: `${items.length} ${t.lists.storyItems}`,
    url: ROUTES.story(story.id),
    id: story.id,
    headline: story.headline,
    places: story.places.map((p) => ({ name: context.placeName(p), url: ROUTES.place(p) })),
    period: story.from && story.to ? `${dutchDateTime(story.from)} – ${dutchDateTime(story.to)}` : "",
    items: summaries,
    // The period above names the dates; each report's time is dated (without the story's year).
    timeContext: yearContext(story.to),
    timeLegend: needsTimeLegend(summaries),
  };
}
