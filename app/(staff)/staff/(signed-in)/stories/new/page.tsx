import type { Metadata } from 'next';
import { StoryEditor } from '@/components/staff/StoryEditor';
import { listEditorChoices } from '@/db/queries/staff-stories';
import { staffPage } from '@/lib/server/auth/staff-guards';

export const metadata: Metadata = { title: 'New story', description: 'Start a Broadsheet story.' };

/** A blank story; its first save makes a draft and moves to its own editor. */
export default staffPage(async function NewStoryPage({ staff }) {
  const { sections, authors, ownAuthorId } = listEditorChoices({ staffId: staff.id });
  return (
    <>
      <p className="kicker">New story</p>
      <h1>Write a story</h1>
      <StoryEditor
        draft={{
          id: null,
          version: null,
          headline: '',
          standfirst: '',
          body: '',
          slug: '',
          sectionId: null,
          authorIds: ownAuthorId === null ? [] : [ownAuthorId],
          tags: '',
          leadImage: { image: null, alt: '', caption: '', credit: '' },
        }}
        sections={sections}
        authors={authors}
        canEdit
        initialPreviewHtml=""
      />
    </>
  );
});
