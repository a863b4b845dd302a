import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Pagination } from '@/components/pagination/Pagination';
import styles from '@/components/staff/Staff.module.css';
import editorStyles from '@/components/staff/StoryEditor.module.css';
import { StoryListTable } from '@/components/staff/StoryListTable';
import { isArticleStatus, listEditorChoices, listStoriesForStaff } from '@/db/queries/staff-stories';
import { parsePageParam } from '@/lib/pagination';
import { staffPage } from '@/lib/server/auth/staff-guards';

export const metadata: Metadata = { title: 'Stories', description: 'Every Broadsheet story, by state and section.' };

type StoriesPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined);

/** Every story in the newsroom: filter by state, section and byline, find by headline words, page through. */
export default staffPage<StoriesPageProps>(async function StoriesPage({ searchParams, staff }) {
  const params = await searchParams;
  const page = parsePageParam(params.page);
  const status = one(params.status);
  const sectionId = Number(one(params.section) ?? '');
  const authorId = Number(one(params.author) ?? '');
  const query = (one(params.q) ?? '').slice(0, 200);
  if (page === null || (status && !isArticleStatus(status))) notFound();
  const filter = {
    status: isArticleStatus(status) ? status : undefined,
    sectionId: Number.isSafeInteger(sectionId) && sectionId > 0 ? sectionId : undefined,
    authorId: Number.isSafeInteger(authorId) && authorId > 0 ? authorId : undefined,
    query,
  };
  const list = listStoriesForStaff({ filter, page });
  if (!list) notFound();
  const { sections, authors } = listEditorChoices({ staffId: staff.id });
  const kept = Object.fromEntries(
    Object.entries({
      status: filter.status ?? '',
      section: filter.sectionId ? String(filter.sectionId) : '',
      author: filter.authorId ? String(filter.authorId) : '',
      q: query,
    }).filter(([, v]) => v),
  );
  return (
    <>
      <div className={styles.heading}>
        <h1>Stories</h1>
        <Link href="/staff/stories/new" className="solid-button">
          New story
        </Link>
      </div>
      <form className={editorStyles.filters} role="search" aria-label="Find stories">
        <label>
          State
          <select name="status" defaultValue={filter.status ?? ''}>
            <option value="">Any</option>
            <option value="draft">Draft</option>
            <option value="in_review">In review</option>
            <option value="published">Published or scheduled</option>
            <option value="unpublished">Unpublished</option>
          </select>
        </label>
        <label>
          Section
          <select name="section" defaultValue={filter.sectionId ?? ''}>
            <option value="">Any</option>
            {sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Byline
          <select name="author" defaultValue={filter.authorId ?? ''}>
            <option value="">Anyone</option>
            {authors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Headline words
          <input name="q" type="search" defaultValue={query} maxLength={200} />
        </label>
        <button type="submit" className="solid-button">
          Find
        </button>
      </form>
      <p className="meta">{list.window.totalItems.toLocaleString('en-US')} stories</p>
      <StoryListTable rows={list.rows} />
      <Pagination basePath="/staff/stories" window={list.window} params={kept} />
    </>
  );
});
