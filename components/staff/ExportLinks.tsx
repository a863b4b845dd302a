import Link from 'next/link';
import styles from './Reports.module.css';

/**
 * A table's or chart's downloads: CSV and JSON of what is on screen, named by the section they
 * sit in. `href` is the export's address with the view's query; never prefetched (a prefetch
 * would build the file for nothing).
 */
export function ExportLinks({ href }: { href: string }) {
  const withFormat = (format: 'csv' | 'json') => `${href}${href.includes('?') ? '&' : '?'}format=${format}`;
  return (
    <span className={styles.exports}>
      <Link href={withFormat('csv')} prefetch={false} download>
        Download CSV
      </Link>
      <Link href={withFormat('json')} prefetch={false} download>
        JSON
      </Link>
    </span>
  );
}
