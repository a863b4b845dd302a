'use client';

import { useActionState, useEffect, useState } from 'react';
import { previewStoryBodyAction, saveStoryAction } from '@/app/(staff)/staff/(signed-in)/stories/actions';
import { BylineField } from './BylineField';
import { FieldError } from './FieldError';
import { LeadImageField, type LeadImageValue } from './LeadImageField';
import { StoryStateControls, type StoryPermissions } from './StoryStateControls';
import { useDraftAutosave } from './useDraftAutosave';
import styles from './StoryEditor.module.css';

export type StoryDraft = {
  id: number | null;
  version: number | null;
  headline: string;
  standfirst: string;
  body: string;
  slug: string;
  sectionId: number | null;
  authorIds: number[];
  tags: string;
  leadImage: LeadImageValue;
  /** Published at some point: a change may then carry a public note for readers. */
  everPublished?: boolean;
};

type Choice = { id: number; name: string };

/**
 * A note for readers on this change, kept while a save is refused and emptied once one succeeds
 * (the editor mounts it afresh for each new version), so it is never added twice.
 */
function PublicNoteField({ errors }: { errors?: string[] }) {
  const [note, setNote] = useState('');
  return (
    <>
      <label htmlFor="publicNote">Public note on this change (optional: shown under “Corrections and updates”)</label>
      <textarea
        id="publicNote"
        name="publicNote"
        rows={2}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        maxLength={1000}
        placeholder="Correction: an earlier version of this story misnamed the council’s chair."
        aria-invalid={!!errors}
        aria-describedby={errors ? 'publicNote-error' : undefined}
      />
      <FieldError name="publicNote" errors={errors} />
    </>
  );
}

function ChoiceField({
  name,
  label,
  choices,
  value,
  onChange,
  errors,
}: {
  name: string;
  label: string;
  choices: Choice[];
  value: number | string | null;
  onChange: (event: { target: { value: string } }) => void;
  errors?: string[];
}) {
  return (
    <div>
      <label htmlFor={name}>{label}</label>
      <select
        id={name}
        name={name}
        value={value ?? ''}
        onChange={onChange}
        aria-invalid={!!errors}
        aria-describedby={errors ? `${name}-error` : undefined}
      >
        <option value="">Choose…</option>
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.name}
          </option>
        ))}
      </select>
      <FieldError name={name} errors={errors} />
    </div>
  );
}

/**
 * Writing a story: every field is controlled, so a refused save (a validation error, an ended
 * session, someone else's newer version) leaves all the text where it was. The preview beside
 * the body comes from the server, rendered and sanitized exactly as readers will get it.
 */
export function StoryEditor({
  draft,
  sections,
  authors,
  canEdit,
  autosave = false,
  permissions,
  initialPreviewHtml,
}: {
  draft: StoryDraft;
  sections: Choice[];
  authors: Choice[];
  canEdit: boolean;
  /** A draft (or one in review) saves itself while typing pauses. */
  autosave?: boolean;
  /** The state changes this staff member may make (an existing story only). */
  permissions?: StoryPermissions;
  initialPreviewHtml: string;
}) {
  const [values, setValues] = useState(draft);
  const [result, saveAction, saving] = useActionState(saveStoryAction, null);
  const [previewHtml, setPreviewHtml] = useState(initialPreviewHtml);
  const fields = {
    id: String(values.id ?? ''),
    headline: values.headline,
    standfirst: values.standfirst,
    body: values.body,
    slug: values.slug,
    sectionId: String(values.sectionId ?? ''),
    authorIds: values.authorIds.join(','),
    tags: values.tags,
    leadImageId: String(values.leadImage.image?.id ?? ''),
    leadImageAlt: values.leadImage.alt,
    leadImageCaption: values.leadImage.caption,
    leadImageCredit: values.leadImage.credit,
  };
  // The newest version this editor knows of: the page's, or the one its own last save or autosave made.
  const knownVersion = Math.max(draft.version ?? 0, result?.ok ? result.data.version : 0);
  const autosaved = useDraftAutosave({ enabled: autosave && canEdit && values.id !== null, fields, knownVersion });
  const version = Math.max(knownVersion, autosaved.state.status === 'saved' ? autosaved.state.version : 0) || '';
  const fieldErrors = result && !result.ok ? result.fieldErrors : undefined;
  const conflict = result && !result.ok ? result.detail : undefined;
  const set = (name: keyof StoryDraft) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: event.target.value }));
  const invalid = (name: string) => ({
    'aria-invalid': !!fieldErrors?.[name],
    'aria-describedby': fieldErrors?.[name] ? `${name}-error` : undefined,
  });

  useEffect(() => {
    const body = values.body;
    const timer = setTimeout(() => {
      const form = new FormData();
      form.set('body', body);
      void previewStoryBodyAction(null, form).then((preview) => preview.ok && setPreviewHtml(preview.data.html));
    }, 400);
    return () => clearTimeout(timer);
  }, [values.body]);

  return (
    <>
      {/* Inside the editor, so that a state change carries the version its own saves reached. */}
      {values.id !== null && permissions && <StoryStateControls id={values.id} version={Number(version)} permissions={permissions} />}
      <div className={styles.editor}>
        <form action={saveAction} onSubmit={() => autosaved.markSaved()} className={styles.form} noValidate>
          {result && !result.ok && (
            <p role="alert" className={styles.formError}>
              {result.error}
            </p>
          )}
          {result?.ok && (
            <p role="status" className="meta">
              Saved.
            </p>
          )}
          <input type="hidden" name="id" value={values.id ?? ''} />
          <input type="hidden" name="version" value={version} />
          <fieldset disabled={!canEdit} className={styles.fields}>
            <label htmlFor="headline">Headline</label>
            <input
              id="headline"
              name="headline"
              className="text-input"
              value={values.headline}
              onChange={set('headline')}
              maxLength={200}
              {...invalid('headline')}
            />
            <FieldError name="headline" errors={fieldErrors?.headline} />

            <label htmlFor="standfirst">Standfirst</label>
            <textarea
              id="standfirst"
              name="standfirst"
              rows={2}
              value={values.standfirst}
              onChange={set('standfirst')}
              maxLength={400}
              {...invalid('standfirst')}
            />
            <FieldError name="standfirst" errors={fieldErrors?.standfirst} />

            <div className={styles.pair}>
              <ChoiceField
                name="sectionId"
                label="Section"
                choices={sections}
                value={values.sectionId}
                onChange={set('sectionId')}
                errors={fieldErrors?.sectionId}
              />
              <BylineField
                authors={authors}
                value={values.authorIds}
                onChange={(authorIds) => setValues((v) => ({ ...v, authorIds }))}
                errors={fieldErrors?.authorIds}
              />
            </div>

            <label htmlFor="tags">Tags, separated by commas</label>
            <input id="tags" name="tags" className="text-input" value={values.tags} onChange={set('tags')} {...invalid('tags')} />
            <FieldError name="tags" errors={fieldErrors?.tags} />

            <label htmlFor="slug">Address (slug; empty: made from the headline)</label>
            <input id="slug" name="slug" className="text-input" value={values.slug} onChange={set('slug')} maxLength={180} {...invalid('slug')} />
            <FieldError name="slug" errors={fieldErrors?.slug} />

            <LeadImageField value={values.leadImage} onChange={(leadImage) => setValues((v) => ({ ...v, leadImage }))} fieldErrors={fieldErrors} />

            <label htmlFor="body">Story (Markdown)</label>
            <textarea id="body" name="body" rows={18} value={values.body} onChange={set('body')} {...invalid('body')} />
            <FieldError name="body" errors={fieldErrors?.body} />

            {draft.everPublished && <PublicNoteField key={version} errors={fieldErrors?.publicNote} />}

            <button type="submit" className="solid-button" disabled={saving || autosaved.inFlight}>
              {saving ? 'Saving…' : values.id ? 'Save' : 'Save draft'}
            </button>
            {autosaved.state.status === 'saved' && (
              <p role="status" className="meta">
                Saved automatically at {autosaved.state.at.toLocaleTimeString('en-US')} (version {autosaved.state.version}).
              </p>
            )}
            {autosaved.state.status === 'stopped' && (
              <p role="alert" className={styles.formError}>
                Autosave stopped: {autosaved.state.error}
              </p>
            )}
          </fieldset>
        </form>
        <section className={styles.preview} aria-labelledby="preview-heading">
          <h2 id="preview-heading">Preview</h2>
          <div className={styles.previewBody} data-testid="story-preview" dangerouslySetInnerHTML={{ __html: previewHtml }} />
          {conflict && (
            <div className={styles.conflict} data-testid="conflicting-version">
              <h2>Their version (saved as version {conflict.version})</h2>
              <p>
                <strong>{conflict.headline}</strong>
              </p>
              <p>{conflict.standfirst}</p>
              <pre className={styles.conflictBody}>{conflict.body}</pre>
            </div>
          )}
        </section>
      </div>
    </>
  );
}
