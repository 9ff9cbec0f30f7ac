/** The 404 page. */
export const notFound = {
  title: 'Page not found',
  description: "This address is not a page of the Kazakhstan Border Atlas. Search for a place or crossing, or start from one of the atlas's sections.",
  lead: 'There is no page at this address. It may have been mistyped, or a link pointed somewhere that never existed: the atlas keeps its addresses stable, so old links to borders and crossings still work.',
  searchHeading: 'Search the atlas',
  searchHint: 'Any spelling works: English, Kazakh or Russian names, old names and transliterations (Uralsk, Oral, Орал).',
  sectionsHeading: 'Sections',
  crossingHintBefore: 'Looking for a crossing? The',
  crossingHintLink: 'crossings directory',
  crossingHintAfter: "lists every one, with both sides' names.",
};
