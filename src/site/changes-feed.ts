import { dictionary } from '../i18n/dictionary.ts';
/** The atlas's Atom feed: the newest page of what changed, as src/site/atom.ts writes it. Pure. */
import type { Atlas } from '../schemas/index.ts';
import { buildDate } from '../data/status.ts';
import { atomFeed } from './atom.ts';
import { changeEntries, changesPage } from './changes.ts';
import { DATA_REVIEWED, SITE_NAME } from './config.ts';

export const FEED_TITLE = dictionary('en').layout.feedTitle;

/** The feed for `site`, holding the entries of the first `/changes/` page. */
export function changesFeedXml(atlas: Atlas, site: string | URL, today = buildDate()): string {
  const { items } = changesPage(changeEntries(atlas, today), 1);
  return atomFeed({
    site,
    title: FEED_TITLE,
    subtitle: "Dated status readings of the crossings on Kazakhstan's borders, and events on the borders, newest first.",
    author: SITE_NAME,
    entries: items,
    sourceTitle: new Map(atlas.sources.map((s) => [s.id, s.title])),
    fallbackUpdated: DATA_REVIEWED,
  });
}
