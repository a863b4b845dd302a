import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RestoreRevisionForm } from '@/components/staff/RestoreRevisionForm';
import { RevisionDiff } from '@/components/staff/RevisionDiff';
import styles from '@/components/staff/Staff.module.css';
import editorStyles from '@/components/staff/StoryEditor.module.css';
import { getEditableStory } from '@/db/queries/story-editing';
import { listStoryRevisions } from '@/db/queries/story-revisions';
import { parseStoryId } from '@/lib/route-params';
import { staffPage } from '@/lib/server/auth/staff-guards';
import { formatPublishedDateTime } from '@/lib/site-time';
import { mayDo, storyFacts } from '@/lib/story-workflow';
import { diffText } from '@/lib/text-diff';

export const metadata: Metadata = { title: 'Revisions', description: 'Every saved version of a Broadsheet story.' };

type RevisionsPageProps = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const versionParam = (raw: string | string[] | undefined) => (typeof raw === 'string' && /^[1-9]\d{0,8}$/.test(raw) ? Number(raw) : undefined);

function VersionPicker({ label, name, chosen, versions }: { label: string; name: string; chosen: number; versions: number[] }) {
  return (
    <label>
      {label}
      <select name={name} defaultValue={chosen}>
        {versions.map((version) => (
          <option key={version} value={version}>
            {version}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Every revision of a story; any two compared word by word; an earlier one restored as the newest. */
export default staffPage<RevisionsPageProps>(async function RevisionsPage({ params, searchParams, staff }) {
  const id = parseStoryId((await params).id);
  const story = id === null ? null : getEditableStory({ id });
  if (!story) notFound();
  const revisions = listStoryRevisions({ articleId: story.id });
  if (revisions.length === 0) {
    return (
      <>
        <p className="kicker">Revisions</p>
        <h1>{story.headline}</h1>
        <p>This story has not been saved in the newsroom yet (it came from an import or the demo), so it has no revisions.</p>
        <p>
          <Link href={`/staff/stories/${story.id}/edit`}>Open it in the editor</Link>
        </p>
      </>
    );
  }
  const query = await searchParams;
  const to = revisions.find((r) => r.version === (versionParam(query.to) ?? revisions[0]?.version));
  const from = revisions.find((r) => r.version === (versionParam(query.from) ?? revisions[1]?.version ?? revisions[0]?.version));
  if (!to || !from) notFound();
  const canRestore = mayDo('edit', staff.role, storyFacts(story, staff.id));
  const facts = (r: typeof to) =>
    `${r.sectionName ?? '(removed section)'} · by ${r.authorNames.join(', ') || '(removed byline)'} · /articles/${r.slug} · tags: ${r.tagNames.join(', ') || 'none'}` +
    ` · picture: ${r.leadImageId === null ? 'none' : `#${r.leadImageId} “${r.leadImageAlt}”${r.leadImageCaption ? ` (${r.leadImageCaption})` : ''}`}`;
  return (
    <>
      <p className="kicker">Revisions</p>
      <h1>{story.headline}</h1>
      <p className="meta">
        <Link href={`/staff/stories/${story.id}/edit`}>Back to the editor</Link>
      </p>
      <form className={editorStyles.filters} aria-label="Compare revisions">
        <VersionPicker label="From version" name="from" chosen={from.version} versions={revisions.map((r) => r.version)} />
        <VersionPicker label="To version" name="to" chosen={to.version} versions={revisions.map((r) => r.version)} />
        <button type="submit" className="solid-button">
          Compare
        </button>
      </form>
      <section className={styles.section} aria-labelledby="changes-heading">
        <h2 id="changes-heading">
          Changes from version {from.version} to version {to.version}
        </h2>
        <RevisionDiff label="Headline" parts={diffText(from.headline, to.headline)} />
        <RevisionDiff label="Standfirst" parts={diffText(from.standfirst, to.standfirst)} />
        <RevisionDiff label="Section, byline, address and tags" parts={diffText(facts(from), facts(to))} />
        <RevisionDiff label="Story" parts={diffText(from.body, to.body)} />
      </section>
      <section className={styles.section} aria-labelledby="history-heading">
        <h2 id="history-heading">Every save</h2>
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Saved</th>
                <th scope="col">By</th>
                <th scope="col">Headline</th>
                <th scope="col">
                  <span className="visually-hidden">Restore</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {revisions.map((r) => (
                <tr key={r.version}>
                  <td className={styles.num}>{r.version}</td>
                  <td>
                    <time dateTime={r.savedAt.toISOString()}>{formatPublishedDateTime(r.savedAt)}</time>
                  </td>
                  <td>{r.savedByEmail ?? 'a removed account'}</td>
                  <td>{r.headline}</td>
                  <td>
                    {canRestore && r.version !== story.version && <RestoreRevisionForm id={story.id} version={story.version} revision={r.version} />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
});
