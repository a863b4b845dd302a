import { relations } from 'drizzle-orm';
import {
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';

export const sections = sqliteTable(
  'sections',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull(),
    // Editors order the navigation by hand, not alphabetically.
    position: integer('position').notNull().default(0),
  },
  (t) => [uniqueIndex('sections_slug_unique').on(t.slug)],
);

export const authors = sqliteTable(
  'authors',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    role: text('role').notNull(),
    bio: text('bio').notNull(),
  },
  (t) => [uniqueIndex('authors_slug_unique').on(t.slug)],
);

export const tags = sqliteTable(
  'tags',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
  },
  (t) => [uniqueIndex('tags_slug_unique').on(t.slug)],
);

export const articleStatuses = ['draft', 'published'] as const;
export type ArticleStatus = (typeof articleStatuses)[number];

export const articles = sqliteTable(
  'articles',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    headline: text('headline').notNull(),
    standfirst: text('standfirst').notNull(),
    // Markdown source; rendered and sanitized on the way out, never stored as HTML.
    body: text('body').notNull(),
    sectionId: integer('section_id')
      .notNull()
      .references(() => sections.id),
    authorId: integer('author_id')
      .notNull()
      .references(() => authors.id),
    status: text('status', { enum: articleStatuses }).notNull().default('draft'),
    publishedAt: integer('published_at', { mode: 'timestamp' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp' }).notNull(),
    // Running total kept beside the row so an article page reads its count without a SUM.
    viewCount: integer('view_count').notNull().default(0),
  },
  (t) => [
    uniqueIndex('articles_slug_unique').on(t.slug),
    index('articles_status_published_idx').on(t.status, t.publishedAt),
    index('articles_section_published_idx').on(t.sectionId, t.status, t.publishedAt),
    index('articles_author_published_idx').on(t.authorId, t.status, t.publishedAt),
  ],
);

export const articleTags = sqliteTable(
  'article_tags',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    tagId: integer('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.tagId] }),
    index('article_tags_tag_idx').on(t.tagId, t.articleId),
  ],
);

/** One row per article per day (site time zone): the source for "most read" and staff charts. */
export const articleDailyViews = sqliteTable(
  'article_daily_views',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    day: text('day').notNull(), // YYYY-MM-DD
    views: integer('views').notNull().default(0),
    visitors: integer('visitors').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.day] }),
    index('article_daily_views_day_idx').on(t.day, t.articleId),
  ],
);

export const sectionsRelations = relations(sections, ({ many }) => ({ articles: many(articles) }));
export const authorsRelations = relations(authors, ({ many }) => ({ articles: many(articles) }));
export const tagsRelations = relations(tags, ({ many }) => ({ articleTags: many(articleTags) }));
export const articlesRelations = relations(articles, ({ one, many }) => ({
  section: one(sections, { fields: [articles.sectionId], references: [sections.id] }),
  author: one(authors, { fields: [articles.authorId], references: [authors.id] }),
  articleTags: many(articleTags),
  dailyViews: many(articleDailyViews),
}));
export const articleTagsRelations = relations(articleTags, ({ one }) => ({
  article: one(articles, { fields: [articleTags.articleId], references: [articles.id] }),
  tag: one(tags, { fields: [articleTags.tagId], references: [tags.id] }),
}));
export const articleDailyViewsRelations = relations(articleDailyViews, ({ one }) => ({
  article: one(articles, { fields: [articleDailyViews.articleId], references: [articles.id] }),
}));

export type Section = typeof sections.$inferSelect;
export type Author = typeof authors.$inferSelect;
export type Tag = typeof tags.$inferSelect;
export type Article = typeof articles.$inferSelect;
export type NewArticle = typeof articles.$inferInsert;
