'use client';

import { useState } from 'react';
import { ResponsiveImage } from '@/components/image/ResponsiveImage';
import { uploadImage } from '@/lib/client/upload-image';
import type { StoredImage } from '@/lib/images/image-files';
import { FieldError } from './FieldError';
import { FormField } from './FormField';
import styles from './StoryEditor.module.css';

export type LeadImageValue = {
  image: (StoredImage & { id: number }) | null;
  alt: string;
  caption: string;
  credit: string;
};

/**
 * The story's lead picture: choosing a file uploads it at once (the server checks it and makes
 * its sizes), then the picture shows here with the words readers get about it. Alt text is
 * required with a picture; the save is refused without it, and nothing typed is lost.
 */
export function LeadImageField({
  value,
  onChange,
  fieldErrors,
}: {
  value: LeadImageValue;
  onChange: (value: LeadImageValue) => void;
  fieldErrors?: Record<string, string[] | undefined>;
}) {
  const [upload, setUpload] = useState<{ status: 'idle' } | { status: 'uploading'; name: string } | { status: 'refused'; error: string }>({
    status: 'idle',
  });
  const set = (name: 'alt' | 'caption' | 'credit') => (event: { target: { value: string } }) => onChange({ ...value, [name]: event.target.value });

  async function choose(file: File | undefined) {
    if (!file) return;
    setUpload({ status: 'uploading', name: file.name });
    const answer = await uploadImage(file);
    if (!answer.ok) return setUpload({ status: 'refused', error: answer.error });
    setUpload({ status: 'idle' });
    onChange({ ...value, image: answer.image });
  }

  return (
    <fieldset className={styles.leadImage}>
      <legend>Lead picture</legend>
      <input type="hidden" name="leadImageId" value={value.image?.id ?? ''} />
      {value.image && (
        <div className={styles.leadImagePreview}>
          <ResponsiveImage image={value.image} alt={value.alt} sizes="(max-width: 900px) 100vw, 480px" />
          <button type="button" className={styles.inlineButton} onClick={() => onChange({ ...value, image: null })}>
            Remove picture
          </button>
        </div>
      )}
      <label htmlFor="leadImageFile">
        {value.image ? 'Replace it with another picture' : 'Choose a picture'} (JPEG, PNG, WebP or AVIF, up to 20 MB)
      </label>
      <input
        id="leadImageFile"
        type="file"
        accept="image/jpeg,image/png,image/webp,image/avif"
        onChange={(event) => void choose(event.target.files?.[0])}
        disabled={upload.status === 'uploading'}
        aria-describedby={upload.status === 'refused' ? 'leadImageFile-error' : undefined}
      />
      {upload.status === 'uploading' && (
        <p role="status" className="meta">
          Uploading {upload.name} and preparing its sizes…
        </p>
      )}
      {upload.status === 'refused' && (
        <p id="leadImageFile-error" role="alert" className={styles.fieldError}>
          {upload.error}
        </p>
      )}
      <FieldError name="leadImageId" errors={fieldErrors?.leadImageId} />
      {value.image && (
        <>
          <FormField
            name="leadImageAlt"
            label="Alt text: what the picture shows, for readers who cannot see it"
            value={value.alt}
            onChange={set('alt')}
            maxLength={300}
            errors={fieldErrors?.leadImageAlt}
          />
          <FormField
            name="leadImageCaption"
            label="Caption (optional)"
            value={value.caption}
            onChange={set('caption')}
            maxLength={400}
            errors={fieldErrors?.leadImageCaption}
          />
          <FormField
            name="leadImageCredit"
            label="Credit (optional: photographer or agency)"
            value={value.credit}
            onChange={set('credit')}
            maxLength={120}
            errors={fieldErrors?.leadImageCredit}
          />
        </>
      )}
    </fieldset>
  );
}
