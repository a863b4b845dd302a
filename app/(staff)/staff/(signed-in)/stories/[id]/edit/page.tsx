import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { StoryEditor } from '@/components/staff/StoryEditor';
import { getImage } from '@/db/queries/images';
import { getEditableStory } from '@/db/queries/story-editing';
import { listEditorChoices } from '@/db/queries/staff-stories';
import { renderArticleBody } from '@/lib/markdown';
import { parseStoryId } from '@/lib/route-params';
import { staffPage } from '@/lib/server/auth/staff-guards';
import { formatPublishedDateTime } from '@/lib/site-time';
import { mayDo, statePermissions, storyFacts, storyStateLabel } from '@/lib/story-workflow';

export const metadata: Metadata = { title: 'Edit story', description: 'Write, edit and publish a Broadsheet story.' };

type EditStoryPageProps = { params: Promise<{ id: string }> };

/** The editor for one story, with the state changes this staff member may make. */
export default staffPage<EditStoryPageProps>(async function EditStoryPage({ params, staff }) {
  const id = parseStoryId((await params).id);
  const story = id === null ? null : getEditableStory({ id });
  if (!story) notFound();
  const now = new Date();
  const facts = storyFacts(story, staff.id, now);
  const state = storyStateLabel(story.status, story.publishedAt, now);
  const { sections, authors } = listEditorChoices({ staffId: staff.id });
  const leadImage = story.leadImageId === null ? null : getImage({ id: story.leadImageId });
  return (
    <>
      <p className="kicker">{state}</p>
      <h1>{story.headline}</h1>
      <p className="meta">
        Version {story.version} · last saved {formatPublishedDateTime(story.updatedAt)}
        {story.publishedAt && (state === 'Scheduled' ? ' · goes live ' : ' · published ') + formatPublishedDateTime(story.publishedAt)}
        {story.status === 'published' && state === 'Published' && (
          <>
            {' · '}
            <Link href={`/articles/${story.slug}`} prefetch={false}>
              Read it on the site
            </Link>
          </>
        )}
        {' · '}
        <Link href={`/staff/stories/${story.id}/revisions`}>Revisions</Link>
        {' · '}
        <Link href={`/staff/stories/${story.id}`}>Readership</Link>
      </p>
      <StoryEditor
        draft={{
          ...story,
          tags: story.tagNames.join(', '),
          leadImage: { image: leadImage, alt: story.leadImageAlt, caption: story.leadImageCaption, credit: story.leadImageCredit },
        }}
        sections={sections}
        authors={authors}
        canEdit={mayDo('edit', staff.role, facts)}
        autosave={story.status === 'draft' || story.status === 'in_review'}
        permissions={statePermissions(staff.role, facts)}
        initialPreviewHtml={renderArticleBody(story.body)}
      />
    </>
  );
});
