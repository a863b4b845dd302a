import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { mediaFileNamePattern } from '@/lib/images/image-files';

/**
 * Copies the pictures `to` does not have yet. Names carry their content's hash and a file never
 * changes once written, so a name already there is that file: each backup copies only what is
 * new since the last one, and restoring never overwrites anything.
 */
export function copyNewMediaFiles({ from, to }: { from: string; to: string }): { copied: number; bytes: number } {
  if (!existsSync(from)) return { copied: 0, bytes: 0 };
  mkdirSync(to, { recursive: true });
  let copied = 0;
  let bytes = 0;
  for (const name of readdirSync(from)) {
    if (!mediaFileNamePattern.test(name) || existsSync(join(to, name))) continue;
    const temporary = join(to, `${name}.${process.pid}.tmp`);
    copyFileSync(join(from, name), temporary);
    renameSync(temporary, join(to, name));
    copied++;
    bytes += statSync(join(to, name)).size;
  }
  return { copied, bytes };
}
