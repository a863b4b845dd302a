import type { ArticleStatus, StaffRole } from '@/db/schema';

/**
 * What a staff member may do to a story, decided in one place for the pages (which buttons to
 * offer) and the actions (which calls to refuse): hiding a button is not a check.
 * - writers write and edit their own stories until they are published, send them for review,
 *   and delete their own drafts; they never publish;
 * - editors and admins edit any story, publish it now or at a later time (scheduled), take it
 *   down again, and delete drafts that were never published.
 */
export type StoryAction = 'edit' | 'submit' | 'publish' | 'unpublish' | 'delete';

export type StoryFacts = { status: ArticleStatus; isOwner: boolean; everPublished: boolean; isScheduled: boolean };

export function mayDo(action: StoryAction, role: StaffRole, story: StoryFacts): boolean {
  const editor = role === 'editor' || role === 'admin';
  const unpublished = story.status === 'draft' || story.status === 'in_review';
  switch (action) {
    case 'edit':
      return editor || (story.isOwner && unpublished);
    case 'submit':
      return story.status === 'draft' && (editor || story.isOwner);
    case 'publish':
      return editor && (story.status !== 'published' || story.isScheduled); // a scheduled story may go now, or at another time
    case 'unpublish':
      return editor && story.status === 'published';
    case 'delete':
      return !story.everPublished && unpublished && (editor || story.isOwner);
  }
}

/** How a story's state reads in the newsroom: a published story with a future time is scheduled. */
export function storyStateLabel(status: ArticleStatus, publishedAt: Date | null, now = new Date()): string {
  if (status === 'published') return publishedAt && publishedAt > now ? 'Scheduled' : 'Published';
  return { draft: 'Draft', in_review: 'In review', unpublished: 'Unpublished' }[status];
}

/** The facts the rules read, from a story as stored and the staff member asking. */
export function storyFacts(
  story: { status: ArticleStatus; createdBy: number | null; everPublished: boolean; publishedAt: Date | null },
  staffId: number,
  now = new Date(),
): StoryFacts {
  return {
    status: story.status,
    isOwner: story.createdBy === staffId,
    everPublished: story.everPublished,
    isScheduled: story.status === 'published' && !!story.publishedAt && story.publishedAt > now,
  };
}

/** The state buttons the editor offers (each action checks again). */
export function statePermissions(role: StaffRole, facts: StoryFacts) {
  return {
    submit: mayDo('submit', role, facts),
    publish: mayDo('publish', role, facts),
    unpublish: mayDo('unpublish', role, facts),
    delete: mayDo('delete', role, facts),
  };
}
