/**
 * Every cache lifetime and tag name in one place. Reader pages are cached whole (ISR): a page
 * takes the shortest lifetime and every tag of the cached reads it renders, so a page is
 * rebuilt when its time runs out or, at once, when one of its tags is invalidated
 * (db/cache/revalidate-story.ts). Public URLs never appear here: tags name content, not paths.
 */
export const cacheLifetimes = {
  /** Front page, section, author and tag listings, feeds: new stories show within this time. */
  listing: 30,
  /** Article pages (their view count is refreshed live by the client, never from the cache). */
  article: 60,
  /** "Most read" lists: a minute old at most, so no reader waits on the sum. */
  mostRead: 60,
  /** Sections, authors and tags themselves (names, descriptions, navigation). */
  siteStructure: 300,
} as const satisfies Record<string, number>;

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
