// npm run restore -- <backup file>: puts a checked backup in place of DATABASE_PATH. Refused
// while a server uses the database; the replaced file is kept beside it. Pictures the media
// directory lacks are copied back from the backup folder's media/ (none is ever overwritten).
import { restoreDatabase } from '@/db/backup';
import { dirname, join } from 'node:path';
import { databasePath } from '@/db/client';
import { copyNewMediaFiles } from '@/db/media/copy-media';
import { mediaDirectory } from '@/db/media/media-directory';

const backupFile = process.argv[2];
if (!backupFile) {
  console.error('usage: npm run restore -- <backup file>   (backups are in <database folder>/backups by default)');
  process.exit(2);
}
try {
  const report = restoreDatabase({ target: databasePath(), backupFile });
  console.log(`restored ${report.restored} from ${backupFile}: ${report.stories} stories, ${report.views} views`);
  if (report.previous) console.log(`the database it replaced is kept as ${report.previous}`);
  const media = copyNewMediaFiles({ from: join(dirname(backupFile), 'media'), to: mediaDirectory() });
  console.log(`pictures: ${media.copied} file(s) put back into ${mediaDirectory()}`);
} catch (error) {
  console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
