import type { ReactNode } from 'react';
import { ExportLinks } from './ExportLinks';
import styles from './Staff.module.css';

/** A titled region of a staff page holding one report, with its CSV and JSON downloads. */
export function ReportSection({ id, title, exportHref, children }: { id: string; title: string; exportHref?: string; children: ReactNode }) {
  return (
    <section className={styles.section} aria-labelledby={`${id}-heading`}>
      <div className={styles.sectionHeading}>
        <h2 id={`${id}-heading`}>{title}</h2>
        {exportHref ? <ExportLinks href={exportHref} /> : null}
      </div>
      {children}
    </section>
  );
}
