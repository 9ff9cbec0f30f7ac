/** The page frame: header, navigation, footer, print header, language switch. */
export const layout = {
  siteName: 'Kazakhstan Border Atlas',
  skipToContent: 'Skip to content',
  menu: 'Menu',
  mainNav: 'Main',
  breadcrumb: 'Breadcrumb',
  nav: {
    home: 'Borders',
    crossings: 'Crossings',
    travel: 'Travel rules',
    migration: 'Migration study',
    transnationalIssues: 'Transnational issues',
    sources: 'Sources',
    data: 'Data',
  },
  /** The link to the same page in the other edition, written in that edition's language. */
  otherEditions: 'Other languages',
  dataLastChanged: 'Data last changed',
  pageBuilt: 'page built',
  everyFigureCites: 'Every figure cites its source.',
  whatChanged: 'What changed',
  newestFirst: 'newest first.',
  pageAddress: 'Page address:',
  credits: "Map data: Natural Earth (public domain). Text: the atlas's own words, facts from the cited sources.",
  ogImageAlt: (neighbours: string) => `Map of Kazakhstan and its borders with ${neighbours}`,
  feedTitle: 'Kazakhstan Border Atlas: what changed',
};
