/**
 * Sentence templates for demo article bodies, written for Broadsheet. Slots in braces are
 * filled per article: {topic} {Topic} {place} {person} {title} {n} {pct} {weekday} {month}.
 */
export const proseKinds = {
  lead: [
    'The decision on {topic} was confirmed in {place} on {weekday}, ending weeks of speculation.',
    'For people in {place}, {topic} is not an abstraction but a daily calculation.',
    'Nobody in {place} expected {topic} to arrive so quickly, least of all the people who argued for it.',
    'It began, as these things often do, with a report few people read and a meeting fewer attended.',
    'By the time the announcement came on {weekday} morning, most of {place} had already heard the news.',
    'There were {n} people in the hall when the details of {topic} were read out, and almost all of them had questions.',
  ],
  detail: [
    'Under the plan, the first changes take effect in {month}, with a review after twelve months.',
    'The figures show a rise of {pct} per cent over the past year, the sharpest since records began in their current form.',
    'Officials said about {n} households would be directly affected in the first phase.',
    'The documents, seen by Broadsheet, set out three options; the cheapest was chosen.',
    'Those involved describe long evenings spent on spreadsheets and shorter ones spent agreeing on anything.',
    'The money comes partly from central funds and partly from a levy that has already proved unpopular.',
    'A consultation drew {n} responses, a large number for a question of this kind.',
    'It is the first change of its kind since the early 2000s, when a similar scheme was tried and quietly abandoned.',
  ],
  quote: [
    '“We have been asking for this for years, and now it is here we have to make it work,” said {person}, {title}.',
    '“Nobody should pretend this is simple,” {person}, {title}, told Broadsheet. “But doing nothing was not simple either.”',
    '“The numbers are encouraging, but numbers are not people,” said {person}, {title}.',
    '{person}, {title}, was more cautious. “Ask me again in a year,” she said. “Then we will know.”',
    '“I have lived here all my life and I have never seen anything like it,” said {person}, {title}.',
    '“What worries me is not the plan, it is what happens if it goes wrong,” said {person}, {title}.',
  ],
  context: [
    'The background matters. {place} has changed a great deal in a generation, and not always by choice.',
    'Similar efforts elsewhere have had mixed results: some were expanded, others cancelled within two years.',
    'Critics point out that the same promise was made in the last decade and came to little.',
    'The issue has divided opinion along unexpected lines, with neighbours and colleagues on opposite sides.',
    'Researchers who have studied {topic} say the evidence is promising but thinner than advocates suggest.',
    'The story of {topic} is in some ways the story of the region: slow, stubborn, and more hopeful than it looks.',
  ],
  counterpoint: [
    'Not everyone is convinced. Opponents argue that the costs have been underestimated and the benefits oversold.',
    'Some residents say they were not consulted at all, and learned of the plans from a leaflet.',
    'A minority report warned that the timetable was unrealistic and the budget thin.',
    'Others note that the people most affected by {topic} are the least likely to have been asked about it.',
    'There are also practical worries: who will maintain it, who will pay, and who will be blamed if it fails.',
  ],
  numbers: [
    'Taken together, the changes are expected to cost about {n} thousand a year, a small sum in the overall budget.',
    'Over the past five years the figure has risen by {pct} per cent, while wages have risen by rather less.',
    'One survey found that {pct} per cent of respondents supported {topic}, though support fell when costs were mentioned.',
    'In {place} alone, {n} people have signed up so far, more than organisers had hoped for in the first month.',
  ],
  outlook: [
    'The next step is a formal review, due in {month}. Until then, much depends on goodwill.',
    'Whatever happens next, {topic} has already changed the conversation in {place}.',
    'For now, the people of {place} are waiting to see whether the promises hold.',
    'Those involved say they will publish their findings in full, whatever they show.',
    'The debate is far from over. But for the first time in years, it is a debate about how, not whether.',
  ],
} as const;

export type ProseKind = keyof typeof proseKinds;

/** The order in which an article's paragraphs are drawn; trimmed or extended to length. */
export const paragraphPlan: readonly ProseKind[] = [
  'lead',
  'detail',
  'quote',
  'context',
  'numbers',
  'counterpoint',
  'quote',
  'detail',
  'context',
  'numbers',
  'quote',
  'counterpoint',
  'detail',
  'context',
  'outlook',
];

export const subheadings = [
  'How it will work',
  'What people say',
  'The cost',
  'A long history',
  'What happens next',
  'The doubters',
  'By the numbers',
  'On the ground',
] as const;
