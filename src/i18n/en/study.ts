type Unit = 'percent' | 'persons' | 'count' | 'years' | 'km' | 'times' | 'trains-per-week' | 'trains-per-day' | 'usd';
type Qualifier = 'exact' | 'about' | 'more-than' | 'fraction';
type RouteKind = 'control-posts' | 'uncontrolled-routes' | 'rail' | 'crossing-point' | 'bypass' | 'smuggling-route';
type Mode = 'road' | 'rail' | 'pedestrian' | 'hiking';
type Per = 'person' | 'group' | 'document';

/** Formatted pieces a chart's sentences are built from (each already worded by formatMeasure). */
type M = string;

/** The migration study page: its figures' wording, charts, tables and notes. */
export const study = {
  crumb: 'Migration study',
  /** Shares the study gives in words, as the editors converted them (percent → words). */
  fractions: { '10': '1 in 10', '20': '1 in 5', '25': '1 in 4', '33.3': '1 in 3', '50': '1 in 2', '66.7': '2 in 3' } as Record<string, string>,
  /** `1 in 5 (20%)`, `more than 2 in 3`, `about 1 in 3`. */
  fractionPhrase: (words: string, qualifier: Qualifier, percent: string): string =>
    qualifier === 'fraction' ? `${words} (${percent})` : qualifier === 'more-than' ? `more than ${words}` : `about ${words}`,
  /** A figure with its qualifier and unit: `about 40%`, `30–50 years`, `more than 1,000 km`; `n` is formatted, `value` decides the form. */
  measure: (qualifier: Qualifier, unit: Unit, n: string, value: number): string => {
    const q = { exact: '', about: 'about ', 'more-than': 'more than ', fraction: '' }[qualifier];
    const u: Record<Unit, string> = {
      percent: `${n}%`,
      persons: `${n} ${value === 1 ? 'person' : 'people'}`,
      count: n,
      years: `${n} years`,
      km: `${n} km`,
      times: `${n} times`,
      'trains-per-week': `${n} trains a week`,
      'trains-per-day': `${n} trains a day`,
      usd: `US$${n}`,
    };
    return `${q}${u[unit]}`;
  },
  /** `US$1,500`, `about US$5,000–8,000`; `range` is formatted. */
  usd: (range: string, qualifier?: Qualifier): string =>
    `${qualifier ? { exact: '', about: 'about ', 'more-than': 'more than ', fraction: '' }[qualifier] : ''}US$${range}`,
  /** A share worked out by the atlas: `≈33%`. */
  derived: (value: string) => `≈${value}`,
  keyFigureBase: (base: string) => `Base: ${/^[A-Z][a-z]/.test(base) ? base.charAt(0).toLowerCase() + base.slice(1) : base}.`,
  chartSource: 'Source: the migration study',
  derivedNote: ' Values marked ≈ are worked out from two of its figures.',
  charts: {
    ties: {
      title: 'Family across the line',
      summary: (noTies: M, ratio: M, relatives: M) =>
        `Border-zone respondents with no relatives or friends on the other side: ${noTies}. Those with close blood relatives there are ${ratio} as many, about ${relatives}.`,
      columns: ['Border-zone respondents', 'Share'] as [string, string],
      noTies: 'No relatives or friends across',
      relatives: (ratio: M) => `Close blood relatives across (${ratio} as many)`,
    },
    trade: {
      title: 'Crossing to earn money',
      summary: (weekly: M, commercial: M) =>
        `${weekly} border-zone migrants cross several times a week to trade; counting people who buy and sell while visiting family, ${commercial} of border-zone migrants are commercial migrants.`,
      columns: ['Border-zone migrants', 'Share'] as [string, string],
      weekly: 'Cross several times a week to trade',
      commercial: 'Commercial migrants, incl. those trading on family visits',
    },
    views: {
      title: 'Is the border an advantage? Should it be open?',
      summary: (kz: M, ruRatio: M, ru: M, open: M) =>
        `${kz} of Kazakhstan's citizens see living near the border as a benefit; Russian citizens who do are ${ruRatio} fewer (about ${ru}). ${open} of all respondents want the border fully open both ways.`,
      columns: ['Question', 'Share'] as [string, string],
      advantage: 'Living near the border is an advantage',
      open: 'The border should be fully open both ways',
      kzCitizens: 'Kazakhstan citizens',
      ruCitizens: 'Russian citizens',
      allRespondents: 'All respondents',
      ruValue: (ru: M) => `${ru} (a third of the Kazakh share)`,
    },
    purposes: {
      title: 'Why arrivals from Kazakhstan come',
      summary: (omskWork: M, orenWork: M, orenSettle: M, orenStay: M) =>
        `Entering Omsk oblast, ${omskWork} came for work, business or to explore settling; most of the rest came to trade. Entering through Orenburg oblast, ${orenWork} came to work, ${orenSettle} to settle, and only ${orenStay} meant to stay in the oblast.`,
      columns: ['Arrivals', 'Share'] as [string, string],
      omskWork: 'Via Omsk: work, business or to explore settling',
      orenWork: 'Via Orenburg: to work',
      orenSettle: 'Via Orenburg: to settle in Russia',
      orenStay: 'Via Orenburg: to stay in the oblast',
    },
    entry: {
      title: 'How arrivals got into Russia',
      summary: (sample: M, avoided: M, beside: M) =>
        `Of ${sample} people questioned in Omsk and Orenburg, ${avoided} had entered without passing a checkpoint though they could have entered legally; ${beside} of those interviewed at the border had gone around a post close by.`,
      columns: (sample: M): [string, string] => ['Respondents', `People (of ${sample})`],
      through: 'Through a checkpoint',
      around: 'Around a checkpoint',
      of: (part: M, whole: M) => `${part} of ${whole}`,
    },
    problems: {
      title: 'Trouble at the checkpoint',
      summary: (problems: M) => `${problems} CIS citizens who entered Russia through a checkpoint had problems there.`,
      columns: ['CIS citizens who entered officially', 'Share'] as [string, string],
      had: 'Had problems at the checkpoint',
      none: 'Reported none',
    },
    complaints: {
      title: 'Whose services they complained about',
      summary: (complaints: M) => `Complaints about the Russian checkpoint services were ${complaints} as common as about the Kazakh ones.`,
      columns: ['Services complained about', 'Complaints, relative to the Kazakh side'] as [string, string],
      russian: 'Russian services',
      kazakh: 'Kazakh services',
      times: (n: M) => `${n}×`,
    },
    farAbroad: {
      title: 'Where irregular migrants from far abroad are caught',
      summary: (share: M) =>
        `${share} of the irregular migrants from outside the former Soviet Union who come to Russia are detained on the Russia–Kazakhstan border.`,
      columns: ['Irregular migrants from far abroad', 'Share'] as [string, string],
      detained: 'Detained on the Russia–Kazakhstan border',
    },
  },
  method: {
    survey: (n: number) => `Survey ${n}`,
    where: 'Where:',
    sample: 'Sample:',
    when: 'When:',
    whenText: (earliest: string | undefined) =>
      `the copy the atlas holds gives no fieldwork dates. It describes rules in force since${earliest ? ` ${earliest}` : ' the early 2000s'}, so the interviews took place after that.`,
  },
  area: {
    mapLabel: (border: string) => `Map of the ${border} border with the two oblasts the migration study surveyed, its interview sites and nearby crossings`,
    staticMapLabel: (border: string, oblasts: string) =>
      `Static map: the ${border} border between the Caspian and western Siberia, with ${oblasts} shaded, the study's places marked and the crossings in those oblasts numbered`,
    /** Oblast names joined for the map's label. */
    join: (names: string[]) => names.join(' and '),
    tableLabel: 'The surveyed stretches',
    caption: "The surveyed stretches: the study's lengths beside the atlas's measurement",
    stretch: 'Stretch',
    studySays: 'The study says',
    measured: 'Measured on Natural Earth',
    share: 'Share of the measured line',
    scaled: (official: string) => `Share × official ${official}`,
    along: (name: string) => `Along ${name}`,
    both: 'Both together',
    ofBorder: (share: M) => `${share} of the border`,
    howTitle: 'How the atlas measures.',
    /** The note is split around its citations and link: each piece is plain text. */
    how1: "The stretch along an oblast is the part of Natural Earth's 1:10m Kazakhstan–Russia line",
    how2: "that runs inside or within 2 km of the oblast's Natural Earth outline",
    how3: (codes: string, lineKm: string, officialKm: string) => `(codes ${codes}). The whole line measures ${lineKm}; the official length is ${officialKm}`,
    how4: ". The same measurement gives each region's share on the",
    borderPage: 'border page',
    whyTitle: 'Why the figures differ.',
    why1: (atLeast: boolean, paperKm: string, paperPercent: string, officialKm: string, share: M) =>
      `A line generalised for 1:10 million maps smooths away the bends a survey follows, so every measured stretch comes out shorter than its official length; scaling the measured shares up to the official length narrows the gap. The study gives each section's length without saying how it was measured, and those lengths do not quite add up to its own share: ${atLeast ? 'at least ' : ''}${paperKm} is ${paperPercent} of ${officialKm}, not ${share}. It may have used a different total for the border`,
    whyLowerBound: (figure: M, name: string) => `, or its "${figure}" along ${name} may stand for a good deal more`,
    why2: '. Every reading agrees that these oblasts hold a large part of the frontier.',
  },
  places: {
    tableLabel: 'Places the study names',
    caption: 'Places the study names, west to east',
    place: 'Place',
    where: 'Where',
    inStudy: 'In the study',
    fromLine: 'From the line',
    interviews: (n: number) => `interviews, survey ${n}`,
    note1: "Distances are measured from each place's point",
    note2: "to Natural Earth's line",
  },
  routes: {
    kinds: {
      'control-posts': 'Control posts',
      'uncontrolled-routes': 'Uncontrolled routes',
      rail: 'Railway',
      'crossing-point': 'Crossing point',
      bypass: 'Going around',
      'smuggling-route': 'Smuggling route',
    } satisfies Record<RouteKind, string>,
    trainsNamed: (trains: string) => `Trains named: ${trains}.`,
    crossing: 'Crossing:',
    numberOnMap: (n: number) => ` (no. ${n} on the map)`,
    place: 'Place:',
    markedOnMap: ', marked on the map',
    tableLabel: 'Crossings in the surveyed oblasts',
    caption: 'Crossings listed in the surveyed oblasts, numbered as on the map',
    number: 'No.',
    crossingColumn: 'Crossing (Kazakh side – Russian side)',
    russianRegion: 'Russian region',
    modes: 'Modes',
    /** Short names of the modes, for the narrow column. */
    modeNames: { road: 'road', rail: 'rail', pedestrian: 'pedestrian', hiking: 'hiking' } satisfies Record<Mode, string>,
  },
  costs: {
    tableLabel: 'Prices quoted in the study',
    caption: 'Prices quoted in the study, US dollars',
    paidFor: 'Paid for',
    amount: 'Amount',
    covers: 'Covers',
    perPerson: 'Per person',
    per: { person: 'each person', group: 'a whole group', document: 'one document' } satisfies Record<Per, string>,
    groupOf: (size: string) => ` of ${size}`,
  },
  conclusion: "The study's conclusion:",
};
