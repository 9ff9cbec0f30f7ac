import type { Formats } from '../format.ts';

/** The link-preview images (`/og/…png`): what a shared link shows. */
export const og = {
  overviewTitle: 'Kazakhstan’s borders',
  neighbours: (count: number, f: Formats) => `${f.number(count)} neighbouring countries`,
  crossings: (count: number, f: Formats) => f.count(count, { one: 'border crossing', other: 'border crossings' }),
  everyFigure: 'Every figure with its source',
  borderTitle: (name: string) => `${name} border`,
  officialLength: (km: string) => `${km} (official length)`,
  measuredLength: (km: string) => `${km} (measured line)`,
  crossingsInAtlas: (count: number, f: Formats) => `${f.count(count, { one: 'crossing', other: 'crossings' })} in the atlas`,
  regionsAlong: (count: number, f: Formats) => `${f.number(count)} regions along the line`,
};
