/**
 * Every cache lifetime and tag name in one place. Reader pages are cached whole (ISR): a page
 * takes the shortest lifetime and every tag of the cached reads it renders. Pages are kept until
 * what they show changes: a change marks their tags stale (db/cache/revalidate-story.ts, and a
 * scheduled story's time in db/queries/scheduled-stories.ts), and the next reader gets the page
 * it had while the new one renders behind it. The day-long lifetimes are only a backstop for a
 * change made where no tag hears it. Public URLs never appear here: tags name content, not paths.
 */
const untilChanged = 24 * 3600;

export const cacheLifetimes = {
  /** Front page, section, author and tag listings, feeds, sitemaps. */
  listing: untilChanged,
  /** Article pages (their view count is refreshed live by the client, never from the cache). */
  article: untilChanged,
  /** "Most read" lists: they change with every view, so they are a minute old at most, and no reader waits on the sum. */
  mostRead: 60,
  /** Sections, authors and tags themselves (names, descriptions, navigation). */
  siteStructure: untilChanged,
} as const satisfies Record<string, number>;

/** The longest any page can stay cached: how far back a change must still be remembered. */
export const longestCacheLifetime = Math.max(...Object.values(cacheLifetimes));

export type CacheLifetime = keyof typeof cacheLifetimes;

export const cacheTags = {
  /** Any list drawn from all stories: front page, site feed, sitemaps. */
  allStories: 'stories',
  story: (id: number) => `story:${id}`,
  /** Article lookups by slug, so a page for a slug that changed or vanished is rebuilt too. */
  storySlug: (slug: string) => `story-slug:${slug}`,
  section: (id: number) => `section:${id}`,
  author: (id: number) => `author:${id}`,
  tag: (id: number) => `tag:${id}`,
  mostRead: 'most-read',
  siteStructure: 'site-structure',
  /** Carried by no entry: a change to it (a script that removed content) reaches every cached page and read. */
  everything: '*',
} as const;

/** What a story touches: enough to find every cached page that can show it. */
export type StoryCacheKeys = {
  id: number;
  /** Current slug, plus any earlier one whose page must stop showing the story. */
  slugs: string[];
  sectionIds: number[];
  authorIds: number[];
  tagIds: number[];
};

/** Tags of every page that can show this story: its page, front page, listings, feeds, sitemaps, most read. */
export function tagsForStory(story: StoryCacheKeys): string[] {
  return [
    cacheTags.story(story.id),
    ...story.slugs.map(cacheTags.storySlug),
    cacheTags.allStories,
    ...story.sectionIds.map(cacheTags.section),
    ...story.authorIds.map(cacheTags.author),
    ...story.tagIds.map(cacheTags.tag),
    cacheTags.mostRead,
  ];
}
