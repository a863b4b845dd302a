import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';

// Rules a reviewer would otherwise have to remember. Each failure names the file to fix.
const root = process.cwd();

function filesUnder(dir: string, name: RegExp): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && name.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}
const source = (file: string) => readFileSync(join(root, file), 'utf8');
const staffArea = 'app/(staff)';

/** Anyone may call these: they are how a session starts. */
const publicStaffActions = new Set(['signInAction']);
const publicStaffPages = new Set(['app/(staff)/staff/sign-in/page.tsx']);

test('every staff page renders through staffPage (session and role checked before anything else)', () => {
  const pages = filesUnder(staffArea, /^page\.tsx$/).filter((file) => !publicStaffPages.has(file));
  assert.ok(pages.length >= 2);
  for (const file of pages) assert.match(source(file), /^export default staffPage(<[^>]*>)?\(/m, file);
});

test('every staff route handler is built with staffRoute', () => {
  const routes = filesUnder(staffArea, /^route\.ts$/);
  assert.ok(routes.length >= 3);
  for (const file of routes) {
    const text = source(file);
    assert.doesNotMatch(text, /export (async )?function (GET|POST|PUT|PATCH|DELETE)\b/, `${file} exports a bare handler`);
    for (const [, method] of text.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\s*=/g)) {
      assert.match(text, new RegExp(`export const ${method}\\s*=\\s*staffRoute(<[^>]*>)?\\(`), `${file}: ${method}`);
    }
  }
});

test('every staff server action is built with staffAction, except sign-in', () => {
  const actionFiles = filesUnder(staffArea, /^actions\.ts$/);
  assert.ok(actionFiles.length >= 2);
  for (const file of actionFiles) {
    const text = source(file);
    assert.match(text, /^'use server';/, file);
    for (const [, name] of text.matchAll(/export (?:async function|const|function) (\w+)/g)) {
      if (publicStaffActions.has(name!)) continue;
      assert.match(text, new RegExp(`export const ${name}\\s*=\\s*staffAction\\(`), `${file}: ${name}`);
    }
  }
});

test('server-only and client-only helpers say so, so a wrong import fails the build', () => {
  for (const file of [...filesUnder('lib/server', /\.tsx?$/), ...filesUnder('db/queries', /\.ts$/), ...filesUnder('db/cache', /\.ts$/)]) {
    if (file.endsWith('row-types.ts')) continue; // types only: nothing to load
    assert.match(source(file), /^import 'server-only';/m, file);
  }
  for (const file of filesUnder('lib/client', /\.tsx?$/)) assert.match(source(file), /^import 'client-only';/m, file);
});

test('no module of reads is marked "use server" (that would make every read a public endpoint)', () => {
  for (const file of [...filesUnder('db', /\.ts$/), ...filesUnder('lib', /\.tsx?$/)]) assert.doesNotMatch(source(file), /^'use server'/m, file);
});
