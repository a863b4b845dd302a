import { slugify } from '@/lib/slug';
import { demoSections, places, sectionWriters, spokespeople, type DemoSectionSlug } from './corpus-people';
import { paragraphPlan, proseKinds, subheadings } from './corpus-prose';
import { storySeeds } from './corpus-stories';

export type GeneratedArticle = {
  slug: string;
  headline: string;
  standfirst: string;
  body: string;
  sectionSlug: DemoSectionSlug;
  /** Byline order; the first is the lead author. */
  authorSlugs: readonly string[];
  tagNames: readonly string[];
  publishedAt: Date;
  updatedAt: Date;
};

/** Small deterministic PRNG (mulberry32) so every fresh clone seeds the same newsroom. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}
type Random = ReturnType<typeof createRandom>;

/** Every sixth story is shared with a colleague from its section (drawn without the PRNG, so the corpus stays as it was). */
function withCoAuthor(lead: string, sectionSlug: DemoSectionSlug, index: number): string[] {
  const colleague = sectionWriters[sectionSlug].find((slug) => slug !== lead);
  return index % 6 === 5 && colleague ? [lead, colleague] : [lead];
}

const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function writeParagraph(kind: keyof typeof proseKinds, fill: (s: string) => string, random: Random): string {
  const pool = [...proseKinds[kind]];
  // Ledes and quotes stand alone, as they would in print.
  const count = kind === 'lead' || kind === 'quote' ? 1 : Math.min(pool.length, random.int(2, 3));
  const sentences: string[] = [];
  for (let i = 0; i < count; i++) sentences.push(fill(pool.splice(random.int(0, pool.length - 1), 1)[0]!));
  return sentences.join(' ');
}

function writeBody(topic: string, random: Random): string {
  const place = random.pick(places);
  const fill = (template: string) => {
    const speaker = random.pick(spokespeople);
    return template
      .replaceAll('{Topic}', topic.charAt(0).toUpperCase() + topic.slice(1))
      .replaceAll('{topic}', topic)
      .replaceAll('{place}', place)
      .replaceAll('{person}', speaker.name)
      .replaceAll('{title}', speaker.title)
      .replaceAll('{n}', random.int(40, 4800).toLocaleString('en-US'))
      .replaceAll('{pct}', String(random.int(3, 38)))
      .replaceAll('{weekday}', random.pick(weekdays))
      .replaceAll('{month}', random.pick(months));
  };
  const paragraphCount = random.int(5, 15);
  const plan = [...paragraphPlan.slice(0, paragraphCount - 1), 'outlook' as const];
  const blocks: string[] = [];
  const headings = [...subheadings];
  plan.forEach((kind, index) => {
    if (index > 0 && index % 4 === 0 && headings.length > 0) {
      blocks.push(`## ${headings.splice(random.int(0, headings.length - 1), 1)[0]}`);
    }
    blocks.push(writeParagraph(kind, fill, random));
  });
  return blocks.join('\n\n');
}

const dayMs = 86_400_000;

/**
 * Builds `count` articles. The first 120 use each story seed once; beyond that, seeds repeat
 * with numbered slugs (the synthetic corpus for scale tests). Dates spread over the last year,
 * newest first-ish, with the latest a few hours old.
 */
export function generateArticles({ count, now = new Date(), seed = 20240703 }: { count: number; now?: Date; seed?: number }): GeneratedArticle[] {
  const random = createRandom(seed);
  const sectionSlugs = demoSections.map((s) => s.slug);
  const spanMs = 365 * dayMs;
  const articles: GeneratedArticle[] = [];
  for (let i = 0; i < count; i++) {
    const sectionSlug = sectionSlugs[i % sectionSlugs.length]!;
    const seeds = storySeeds[sectionSlug];
    const round = Math.floor(i / sectionSlugs.length);
    const [headline, standfirst, topic, tagNames] = seeds[round % seeds.length]!;
    const edition = Math.floor(round / seeds.length);
    // Older articles get later indexes, with jitter so sections interleave naturally.
    const ageMs = Math.min(spanMs, (i / Math.max(count, 1)) * spanMs + random.next() * 3 * 3_600_000) + 20 * 60_000;
    const publishedAt = new Date(Math.floor((now.getTime() - ageMs) / 60_000) * 60_000);
    const updatedAt = new Date(Math.min(now.getTime(), publishedAt.getTime() + random.int(0, 36) * 3_600_000));
    articles.push({
      slug: edition === 0 ? slugify(headline) : `${slugify(headline)}-${edition + 1}`,
      headline,
      standfirst,
      body: writeBody(topic, random),
      sectionSlug,
      authorSlugs: withCoAuthor(random.next() < 0.75 ? sectionWriters[sectionSlug][0]! : random.pick(sectionWriters[sectionSlug]), sectionSlug, i),
      tagNames,
      publishedAt,
      updatedAt,
    });
  }
  return articles;
}
