import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cacheLifetimes, cacheTags, tagsForStory } from '@/lib/cache-policy';

test('a story change reaches its page, old slugs, front page, its section, authors, tags, feeds, sitemaps and most read', () => {
  const tags = tagsForStory({ id: 7, slugs: ['new-slug', 'old-slug'], sectionIds: [2], authorIds: [3, 4], tagIds: [5] });
  assert.deepEqual(tags.sort(), [
    'author:3',
    'author:4',
    'most-read',
    'section:2',
    'stories',
    'story-slug:new-slug',
    'story-slug:old-slug',
    'story:7',
    'tag:5',
  ]);
});

test('the reads behind each kind of page carry the tags a story change invalidates', () => {
  // Front page, feeds and sitemaps read "all stories"; listings read their own section/author/tag.
  const story = tagsForStory({ id: 1, slugs: ['s'], sectionIds: [9], authorIds: [8], tagIds: [6] });
  for (const tag of [
    cacheTags.allStories,
    cacheTags.section(9),
    cacheTags.author(8),
    cacheTags.tag(6),
    cacheTags.storySlug('s'),
    cacheTags.mostRead,
  ]) {
    assert.ok(story.includes(tag), tag);
  }
});

test('lifetimes are whole seconds, and listings refresh at least as often as articles', () => {
  for (const [name, seconds] of Object.entries(cacheLifetimes)) assert.ok(Number.isInteger(seconds) && seconds > 0, name);
  assert.ok(cacheLifetimes.listing <= cacheLifetimes.article);
});
