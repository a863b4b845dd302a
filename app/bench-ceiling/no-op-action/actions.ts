'use server';

/**
 * The view action's ceiling for `npm run bench`: a server action that takes and answers what
 * recordArticleViewAction does, and does nothing. What the real one costs beyond this is
 * Broadsheet's own (validation, who is calling, the write).
 */
export async function benchNoOpViewAction(input: { articleId: number; visitorToken: string }) {
  return { ok: true as const, viewCount: input.articleId, counted: true };
}
