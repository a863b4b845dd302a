import { createRandom } from './generate-articles';
import type { DemoSectionSlug } from './corpus-people';

/**
 * The demo newsroom's pictures, drawn by code (SVG, rasterised by the same pipeline as an upload):
 * nothing is downloaded, every fresh clone draws the same ones. Each section has its own kind of
 * scene; the seed's PRNG varies palette and shapes.
 */
export const demoPictureSize = { width: 1800, height: 1200 } as const;
export const demoPicturesPerSection = 3;

export type DemoPicture = { svg: string; alt: string };

type Random = ReturnType<typeof createRandom>;
const { width: W, height: H } = demoPictureSize;

const palettes = [
  { sky: ['#f6d365', '#fda085'], deep: '#3a2c4f', mid: '#7b4b6a', light: '#f3e9dc', accent: '#e4572e' },
  { sky: ['#a1c4fd', '#c2e9fb'], deep: '#1d3557', mid: '#457b9d', light: '#f1faee', accent: '#e63946' },
  { sky: ['#fbc2eb', '#a6c1ee'], deep: '#2b2d42', mid: '#8d99ae', light: '#edf2f4', accent: '#ef233c' },
  { sky: ['#d4fc79', '#96e6a1'], deep: '#264653', mid: '#2a9d8f', light: '#e9f5db', accent: '#f4a261' },
  { sky: ['#ffecd2', '#fcb69f'], deep: '#283618', mid: '#606c38', light: '#fefae0', accent: '#bc6c25' },
];
type Palette = (typeof palettes)[number];

const svg = (body: string, p: Palette) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">` +
  `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.sky[0]}"/><stop offset="1" stop-color="${p.sky[1]}"/></linearGradient></defs>` +
  `<rect width="${W}" height="${H}" fill="url(#sky)"/>${body}</svg>`;

function ridge(random: Random, base: number, rough: number): string {
  const points = [`0,${H}`];
  for (let x = 0; x <= W; x += 150) points.push(`${x},${Math.round(base - random.next() * rough)}`);
  return [...points, `${W},${H}`].join(' ');
}

const scenes: Record<DemoSectionSlug, (random: Random, p: Palette) => DemoPicture> = {
  world: (random, p) => ({
    alt: 'Illustration: layered hills under a low sun',
    svg: svg(
      `<circle cx="${random.int(300, 1500)}" cy="${random.int(250, 450)}" r="${random.int(110, 190)}" fill="${p.light}" opacity="0.9"/>` +
        [0, 1, 2, 3]
          .map(
            (i) =>
              `<polygon points="${ridge(random, 620 + i * 160, 260 - i * 40)}" fill="${[p.mid, p.accent, p.deep, '#1b1b1b'][i]}" opacity="${0.55 + i * 0.15}"/>`,
          )
          .join(''),
      p,
    ),
  }),
  politics: (random, p) => {
    const columns = random.int(6, 9);
    const left = 260;
    const span = W - 2 * left;
    const pillars = Array.from({ length: columns }, (_, i) => {
      const x = left + 40 + (i * (span - 80)) / (columns - 1) - 35;
      return `<rect x="${x}" y="480" width="70" height="470" fill="${p.light}"/><rect x="${x - 12}" y="460" width="94" height="26" fill="${p.light}"/>`;
    }).join('');
    return {
      alt: 'Illustration: the columns and pediment of a parliament building',
      svg: svg(
        `<polygon points="${left - 40},440 ${W / 2},${random.int(170, 240)} ${W - left + 40},440" fill="${p.light}"/>` +
          `<rect x="${left - 40}" y="430" width="${span + 80}" height="34" fill="${p.mid}"/>${pillars}` +
          `<rect x="${left - 90}" y="950" width="${span + 180}" height="60" fill="${p.mid}"/><rect x="${left - 150}" y="1010" width="${span + 300}" height="190" fill="${p.deep}"/>` +
          `<rect x="${W / 2 - 4}" y="60" width="8" height="${random.int(120, 150)}" fill="${p.deep}"/><rect x="${W / 2 + 4}" y="60" width="150" height="90" fill="${p.accent}"/>`,
        p,
      ),
    };
  },
  business: (random, p) => {
    let x = 0;
    let towers = '';
    while (x < W) {
      const w = random.int(110, 220);
      const h = random.int(300, 820);
      towers += `<rect x="${x}" y="${H - h}" width="${w - 12}" height="${h}" fill="${random.next() < 0.5 ? p.deep : p.mid}"/>`;
      for (let wy = H - h + 40; wy < H - 40; wy += 70)
        for (let wx = x + 22; wx < x + w - 40; wx += 48)
          if (random.next() < 0.45) towers += `<rect x="${wx}" y="${wy}" width="22" height="30" fill="${p.light}" opacity="0.75"/>`;
      x += w;
    }
    const chart = Array.from({ length: 10 }, (_, i) => `${100 + i * 180},${Math.round(520 - i * 38 + random.int(-70, 70))}`).join(' ');
    return {
      alt: 'Illustration: a city skyline with a rising line chart above it',
      svg: svg(
        `${towers}<polyline points="${chart}" fill="none" stroke="${p.accent}" stroke-width="18" stroke-linejoin="round" stroke-linecap="round"/>`,
        p,
      ),
    };
  },
  science: (random, p) => {
    const nodes = Array.from({ length: random.int(14, 20) }, () => [random.int(120, W - 120), random.int(120, H - 120), random.int(22, 70)] as const);
    const bonds = nodes
      .flatMap(([x1, y1], i) =>
        nodes.slice(i + 1).flatMap(([x2, y2]) => (Math.hypot(x2 - x1, y2 - y1) < 430 ? [`<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}"/>`] : [])),
      )
      .join('');
    const atoms = nodes
      .map(([x, y, r], i) => `<circle cx="${x}" cy="${y}" r="${r}" fill="${i % 3 === 0 ? p.accent : i % 3 === 1 ? p.deep : p.light}"/>`)
      .join('');
    return {
      alt: 'Illustration: a network of linked molecules',
      svg: svg(
        `<rect width="${W}" height="${H}" fill="${p.deep}" opacity="0.55"/><g stroke="${p.light}" stroke-width="10" opacity="0.7">${bonds}</g>${atoms}`,
        p,
      ),
    };
  },
  culture: (random, p) => {
    const folds = Array.from(
      { length: 18 },
      (_, i) => `<rect x="${i * 100}" y="0" width="100" height="${H}" fill="${i % 2 ? p.accent : p.deep}" opacity="${0.55 + (i % 3) * 0.12}"/>`,
    ).join('');
    const lights = Array.from({ length: 3 }, () => {
      const x = random.int(250, W - 250);
      return `<polygon points="${x - 40},0 ${x + 40},0 ${x + 330},${H - 140} ${x - 330},${H - 140}" fill="${p.light}" opacity="0.22"/><ellipse cx="${x}" cy="${H - 140}" rx="330" ry="60" fill="${p.light}" opacity="0.35"/>`;
    }).join('');
    return {
      alt: 'Illustration: spotlights falling on a stage in front of a curtain',
      svg: svg(`${folds}${lights}<rect x="0" y="${H - 140}" width="${W}" height="140" fill="#1b1b1b"/>`, p),
    };
  },
  sport: (random, p) => {
    const stripes = Array.from(
      { length: 9 },
      (_, i) => `<rect x="${i * 200}" y="0" width="200" height="${H}" fill="${i % 2 ? '#2f7d32' : '#388e3c'}"/>`,
    ).join('');
    const ball = [random.int(500, 1300), random.int(300, 900)];
    return {
      alt: 'Illustration: a football pitch seen from above, with the ball near the centre circle',
      svg:
        `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${stripes}` +
        `<g fill="none" stroke="#f5f5f5" stroke-width="10"><rect x="80" y="80" width="${W - 160}" height="${H - 160}"/><line x1="${W / 2}" y1="80" x2="${W / 2}" y2="${H - 80}"/>` +
        `<circle cx="${W / 2}" cy="${H / 2}" r="170"/><rect x="80" y="${H / 2 - 260}" width="250" height="520"/><rect x="${W - 330}" y="${H / 2 - 260}" width="250" height="520"/></g>` +
        `<circle cx="${ball[0]! + 18}" cy="${ball[1]! + 22}" r="42" fill="#000" opacity="0.25"/><circle cx="${ball[0]}" cy="${ball[1]}" r="42" fill="#fff" stroke="${p.deep}" stroke-width="6"/></svg>`,
    };
  },
};

/** The pictures of one section, always the same ones (seeded by the section and its number). */
export function drawDemoPictures(section: DemoSectionSlug): DemoPicture[] {
  return Array.from({ length: demoPicturesPerSection }, (_, i) => {
    const random = createRandom(1000 + i * 31 + section.length * 7 + section.charCodeAt(0));
    return scenes[section](random, palettes[(i + section.charCodeAt(1)) % palettes.length]!);
  });
}
