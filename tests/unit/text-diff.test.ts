import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diffText, type DiffPart } from '@/lib/text-diff';

const show = (parts: DiffPart[]) =>
  parts.map((p) => (p.kind === 'same' ? p.text : p.kind === 'removed' ? `[-${p.text}-]` : `{+${p.text}+}`)).join('');

test('a change reads as the words removed and the words added, in place', () => {
  assert.equal(
    show(diffText('The council met on Tuesday and voted.', 'The council met on Wednesday and voted 7 to 2.')),
    'The council met on [-Tuesday -]{+Wednesday +}and [-voted.-]{+voted 7 to 2.+}',
  );
  assert.equal(show(diffText('One. Two. Three.', 'One. Three.')), 'One. [-Two. -]Three.');
  assert.equal(show(diffText('', 'A new story.')), '{+A new story.+}');
  assert.deepEqual(diffText('Same text.', 'Same text.'), [{ kind: 'same', text: 'Same text.' }]);
});

test('both texts can be read back from the parts, whatever the change', () => {
  const before = 'Paragraph one.\n\nParagraph two, with a detail.\n\nParagraph three.';
  const after = 'Paragraph one, longer.\n\nParagraph three.\n\nA new ending.';
  const parts = diffText(before, after);
  assert.equal(
    parts
      .filter((p) => p.kind !== 'added')
      .map((p) => p.text)
      .join(''),
    before,
  );
  assert.equal(
    parts
      .filter((p) => p.kind !== 'removed')
      .map((p) => p.text)
      .join(''),
    after,
  );
});

test('two very long, wholly different texts are shown as replaced instead of compared word by word', () => {
  const before = Array.from({ length: 5000 }, (_, i) => `old${i}`).join(' ');
  const after = Array.from({ length: 5000 }, (_, i) => `new${i}`).join(' ');
  const started = performance.now();
  const parts = diffText(before, after);
  assert.ok(performance.now() - started < 200);
  assert.deepEqual(
    parts.map((p) => p.kind),
    ['removed', 'added'],
  );
});
