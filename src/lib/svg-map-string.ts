/**
 * The static map as an SVG string, for places that need a file rather than Astro markup: the
 * link-preview images (`/og/<id>.png`, rendered with resvg at build time). Same projection and
 * geometry as StaticMap.astro (both draw `drawSvgMap()` output) and the same palette; without the
 * links, titles and numbers that only make sense on a page.
 */
import { palette as defaultPalette, type Palette } from '../map-style/palette.ts';
import type { SvgMap } from './svg-map.ts';

export interface SvgMapStringOptions {
  /** Draw settlement and region names (default true). Small previews leave them out. */
  labels?: boolean;
  /** Font list for labels; resvg resolves it against the fonts installed on the build machine. */
  fontFamily?: string;
  palette?: Palette;
  /** Attributes for the root `<svg>` (e.g. `x`, `y` when nested in another SVG). */
  attributes?: Record<string, string | number>;
}

export const SVG_FONT_FAMILY = "'DejaVu Sans', 'Liberation Sans', 'Noto Sans', Arial, sans-serif";

/** Escapes text and attribute values for SVG/XML. */
export const escapeXml = (s: string | number): string =>
  String(s).replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

const attrs = (a: Record<string, string | number | undefined>): string =>
  Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(v!)}"`)
    .join('');

/** A drawn map (`drawSvgMap(data, size)`) as a standalone SVG document fragment. */
export function svgMapString(map: SvgMap, { labels = true, fontFamily = SVG_FONT_FAMILY, palette = defaultPalette, attributes = {} }: SvgMapStringOptions = {}): string {
  const land: Record<string, string> = { kazakhstan: palette.land.kazakhstan, neighbour: palette.land.neighbour, context: palette.land.context };
  const mode = (m: string) => (m === 'rail' ? palette.crossing.rail : m === 'road' ? palette.crossing.road : palette.crossing.pedestrian);
  const region = (side: string) => palette.region[side === 'kazakh' ? 'kazakh' : 'neighbour'];
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg"${attrs({ width: map.width, height: map.height, viewBox: `0 0 ${map.width} ${map.height}`, 'font-family': fontFamily, ...attributes })}>`);
  out.push(`<rect${attrs({ width: map.width, height: map.height, fill: palette.water })}/>`);
  out.push('<g>', ...map.countries.map((c) => `<path${attrs({ d: c.d, fill: land[c.role] ?? palette.land.context, stroke: palette.land.outline, 'stroke-width': 0.6 })}/>`), '</g>');
  out.push(
    '<g>',
    ...map.regions.map((r) => `<path${attrs({ d: r.d, fill: region(r.side).fill, stroke: region(r.side).outline, 'stroke-width': 0.7, 'fill-opacity': 0.75 })}/>`),
    '</g>',
  );
  out.push('<g fill="none" stroke-linejoin="round" stroke-linecap="round">');
  for (const b of map.borders) {
    if (b.emphasis) {
      out.push(`<path${attrs({ d: b.d, stroke: palette.border.casing, 'stroke-width': 6 })}/>`, `<path${attrs({ d: b.d, stroke: palette.border.emphasis, 'stroke-width': 3 })}/>`);
    } else out.push(`<path${attrs({ d: b.d, stroke: palette.border.other, 'stroke-width': 1.4, 'stroke-dasharray': '5 3' })}/>`);
  }
  out.push('</g>');
  if (labels) {
    out.push(
      `<g${attrs({ fill: palette.label.muted, 'text-anchor': 'middle', 'font-size': 13, 'font-style': 'italic' })}>`,
      ...map.regions.filter((r) => r.label).map((r) => `<text${attrs({ x: r.label![0], y: r.label![1] })}>${escapeXml(r.name)}</text>`),
      '</g>',
    );
  }
  out.push('<g>');
  for (const s of map.settlements) {
    out.push(`<circle${attrs({ cx: s.at[0], cy: s.at[1], r: 3.5, fill: palette.settlement[s.side === 'kazakh' ? 'kazakh' : 'neighbour'], stroke: palette.settlement.stroke, 'stroke-width': 1 })}/>`);
    if (labels) {
      out.push(`<text${attrs({ x: s.at[0] + 6, y: s.at[1] - 5, 'font-size': 13, fill: palette.label.text, stroke: palette.label.halo, 'stroke-width': 3, 'paint-order': 'stroke' })}>${escapeXml(s.name)}</text>`);
    }
  }
  out.push('</g>', '<g>');
  for (const c of map.crossings) {
    const colours = mode(c.primaryMode);
    out.push(
      `<circle${attrs({ cx: c.at[0], cy: c.at[1], r: 8, fill: c.restricted ? colours.restricted : colours.fill, stroke: c.restricted ? colours.fill : palette.crossing.stroke, 'stroke-width': c.restricted ? 2.5 : 1.5 })}/>`,
    );
  }
  out.push('</g>', '</svg>');
  return out.join('');
}
