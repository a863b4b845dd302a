import { shareImage, srcSet, type StoredImage } from '@/lib/images/image-files';

/**
 * A stored picture as browsers want it: AVIF, then WebP, at the widths made, chosen by `sizes`;
 * the JPEG for anything older. Width and height reserve its box before it loads (no layout
 * shift). The one picture that is the page's largest paint loads at once; every other waits
 * until it is near the screen. Every one decodes off the paint: `decoding="sync"` on the lead
 * picture held the whole first paint of an article until it had arrived and decoded (about
 * 200 ms later than a section page's, on a fast local connection).
 */
export function ResponsiveImage({
  image,
  alt,
  sizes,
  priority = false,
  className,
}: {
  image: StoredImage;
  alt: string;
  sizes: string;
  priority?: boolean;
  className?: string;
}) {
  return (
    <picture>
      <source type="image/avif" srcSet={srcSet(image, 'avif')} sizes={sizes} />
      <source type="image/webp" srcSet={srcSet(image, 'webp')} sizes={sizes} />
      {/* Not next/image: it resizes on request, and these files were made once, at upload. */}
      <img
        src={shareImage(image).path}
        width={image.width}
        height={image.height}
        alt={alt}
        loading={priority ? 'eager' : 'lazy'}
        fetchPriority={priority ? 'high' : undefined}
        decoding="async"
        className={className}
      />
    </picture>
  );
}
