// npm run backup [-- --dir <folder>] [--keep <n>]: an online, checked copy of the database while
// the site serves (BACKUP_DIR, default <database folder>/backups; BACKUP_KEEP, default 14), and
// the pictures added since the last backup, into <backup folder>/media.
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { backupDatabase } from '@/db/backup';
import { databasePath } from '@/db/client';
import { copyNewMediaFiles } from '@/db/media/copy-media';
import { mediaDirectory } from '@/db/media/media-directory';

const source = databasePath();
const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: process.env.BACKUP_DIR ?? join(dirname(source), 'backups') },
    keep: { type: 'string', default: process.env.BACKUP_KEEP ?? '14' },
  },
});
const keep = Number(values.keep);
if (!Number.isInteger(keep) || keep < 1) {
  console.error('--keep must be a whole number of at least 1');
  process.exit(2);
}
try {
  const report = backupDatabase({ source, dir: values.dir, keep });
  console.log(
    `backed up ${source} to ${report.file}: ${(report.bytes / 1024 / 1024).toFixed(1)} MB, ${report.stories} stories, ${report.views} views, integrity ok, ${report.milliseconds} ms`,
  );
  if (report.removed.length > 0) console.log(`removed ${report.removed.length} older backup(s), keeping ${keep}`);
  const media = copyNewMediaFiles({ from: mediaDirectory(), to: join(values.dir, 'media') });
  console.log(`pictures: ${media.copied} new file(s), ${(media.bytes / 1024 / 1024).toFixed(1)} MB, into ${join(values.dir, 'media')}`);
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
