/** Sections and staff of the demo newsroom. Places and people are fictional on purpose. */

export const demoSections = [
  { slug: 'world', name: 'World', description: 'Reporting from capitals, borders and the places in between.' },
  { slug: 'politics', name: 'Politics', description: 'Parliament, councils and the people who vote for them.' },
  { slug: 'business', name: 'Business', description: 'Companies, markets, work and the cost of living.' },
  { slug: 'science', name: 'Science', description: 'Research, health, technology and the natural world.' },
  { slug: 'culture', name: 'Culture', description: 'Books, film, music, stage and the arguments about them.' },
  { slug: 'sport', name: 'Sport', description: 'Results, profiles and the business of the game.' },
] as const;

export type DemoSectionSlug = (typeof demoSections)[number]['slug'];

export const demoAuthors = [
  {
    slug: 'amara-okafor',
    name: 'Amara Okafor',
    role: 'World affairs correspondent',
    bio: 'Amara has reported from eleven countries and files most often from border towns and port cities. She joined Broadsheet from a regional wire service.',
  },
  {
    slug: 'tomas-lindqvist',
    name: 'Tomas Lindqvist',
    role: 'Political editor',
    bio: 'Tomas covers parliament, party conferences and the long nights of budget week. He previously ran the paper’s council desk.',
  },
  {
    slug: 'priya-raman',
    name: 'Priya Raman',
    role: 'Business reporter',
    bio: 'Priya writes about employers, wages, housing costs and the firms that set them. She trained as an accountant before moving into journalism.',
  },
  {
    slug: 'daniel-achterberg',
    name: 'Daniel Achterberg',
    role: 'Science editor',
    bio: 'Daniel reads the papers so you do not have to, and calls the authors when something does not add up. His beat runs from climate to clinical trials.',
  },
  {
    slug: 'lucia-ferreira',
    name: 'Lucia Ferreira',
    role: 'Culture critic',
    bio: 'Lucia reviews film, theatre and new fiction, and writes a monthly column on the economics of the arts.',
  },
  {
    slug: 'kwame-mensah',
    name: 'Kwame Mensah',
    role: 'Chief sports writer',
    bio: 'Kwame has covered four continental championships and an uncountable number of wet Tuesday nights in the second division.',
  },
  {
    slug: 'hannah-brecht',
    name: 'Hannah Brecht',
    role: 'Data and investigations reporter',
    bio: 'Hannah builds the spreadsheets behind Broadsheet’s longer investigations and checks every figure twice.',
  },
  {
    slug: 'oliver-nakamura',
    name: 'Oliver Nakamura',
    role: 'Technology correspondent',
    bio: 'Oliver writes about software, infrastructure and the companies that run them, with a particular interest in what breaks.',
  },
] as const;

/** Which authors usually write for each section (first is the section's regular). */
export const sectionWriters: Record<DemoSectionSlug, readonly string[]> = {
  world: ['amara-okafor', 'hannah-brecht'],
  politics: ['tomas-lindqvist', 'hannah-brecht'],
  business: ['priya-raman', 'oliver-nakamura', 'hannah-brecht'],
  science: ['daniel-achterberg', 'oliver-nakamura'],
  culture: ['lucia-ferreira', 'amara-okafor'],
  sport: ['kwame-mensah', 'priya-raman'],
};

export const places = [
  'Port Ellery',
  'Kesterholm',
  'Valmouth',
  'Ardenne',
  'the Marren Valley',
  'Solvik',
  'Castreen',
  'Highmoor',
  'Lisbridge',
  'Orlan',
  'New Tamsin',
  'Brackwater',
  'Eastvale',
  'Ruvena',
] as const;

export const spokespeople = [
  { name: 'Marta Villanueva', title: 'the deputy mayor' },
  { name: 'Idris Kalu', title: 'a senior official at the ministry' },
  { name: 'Helen Strand', title: 'chair of the residents’ association' },
  { name: 'Dr Felix Aumont', title: 'an economist at Castreen University' },
  { name: 'Sunniva Holt', title: 'the opposition’s spokesperson' },
  { name: 'Rafael Ortega', title: 'a union organiser' },
  { name: 'Prof Ingrid Maas', title: 'who leads the research group' },
  { name: 'Joseph Abara', title: 'a shop owner on the high street' },
  { name: 'Clara Weiss', title: 'the regulator’s chief executive' },
  { name: 'Tobias Renn', title: 'a former minister' },
] as const;
