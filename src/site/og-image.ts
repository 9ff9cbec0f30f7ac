/**
 * Link-preview images (OpenGraph / Twitter `summary_large_image`, 1200×630): a text panel with
 * the page's title and a few facts from the datasets, beside the page's static map. Pure: builds
 * the SVG; src/pages/og/[id].png.ts renders it to PNG with resvg.
 */
import { palette } from '../map/style/palette.ts';
import { drawSvgMap } from '../map/svg-map.ts';
import { escapeXml } from '../shared/escape-xml.ts';
import { svgMapString, SVG_FONT_FAMILY } from '../map/svg-map-string.ts';
import type { MapData } from '../map/map-data.types.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** Width of the text panel on the left; the map fills the rest. */
const PANEL = 470;

export interface OgImageContent {
  /** Small caps line above the title (the site name). */
  kicker: string;
  /** The page's title, wrapped to fit the panel. */
  title: string;
  /** Up to four short lines of facts under the title. */
  facts: string[];
  /** Bottom line (e.g. the site's host name). */
  footer?: string;
}

/**
 * Greedy word wrap to `max` characters a line; an en dash or hyphen is a break opportunity
 * (`Kazakhstan–Kyrgyzstan` → `Kazakhstan–` / `Kyrgyzstan`). A word longer than `max` keeps its own line.
 */
export function wrapText(text: string, max: number): string[] {
  const tokens = text
    .trim()
    .split(/\s+/)
    .flatMap((word) => word.split(/(?<=[–-])(?=.)/));
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const joiner = line === '' || /[–-]$/.test(line) ? '' : ' ';
    if (line !== '' && (line + joiner + token).length > max) {
      lines.push(line);
      line = token;
    } else line += joiner + token;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A font size at most `size` at which `text` fits `width` px, estimated from its length (no font
 * metrics at build time: an average glyph of DejaVu Sans is about 0.55 em wide, bold 0.62 em).
 */
export function fitFontSize(text: string, width: number, size: number, bold = false): number {
  const estimate = text.length * (bold ? 0.62 : 0.55) * size;
  return estimate <= width ? size : Math.floor((width / (text.length * (bold ? 0.62 : 0.55))) * 10) / 10;
}

/** The preview image as an SVG document. */
export function ogImageSvg(data: MapData, content: OgImageContent): string {
  const map = drawSvgMap(data, { width: OG_WIDTH - PANEL, height: OG_HEIGHT, padding: 28, labels: false });
  const titleLines = wrapText(content.title, 14).slice(0, 3);
  const titleSize = titleLines.length > 2 ? 42 : 46;
  const titleTop = 170;
  const lineHeight = Math.round(titleSize * 1.12);
  const factsTop = titleTop + (titleLines.length - 1) * lineHeight + 64;
  const textWidth = PANEL - 48 - 28;
  const text = (x: number, y: number, size: number, fill: string, body: string, extra = '') =>
    `<text x="${x}" y="${y}" font-size="${fitFontSize(body, textWidth, size, extra.includes('bold') || extra.includes('700'))}" fill="${fill}"${extra}>${escapeXml(body)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="${escapeXml(SVG_FONT_FAMILY)}">`,
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#ffffff"/>`,
    svgMapString(map, { palette, labels: false, attributes: { x: PANEL, y: 0 } }),
    `<rect x="${PANEL - 2}" width="2" height="${OG_HEIGHT}" fill="${palette.land.outline}"/>`,
    `<rect width="${PANEL - 2}" height="10" fill="${palette.border.emphasis}"/>`,
    text(48, 96, 19, '#0b5c8c', content.kicker.toUpperCase(), ' font-weight="700" letter-spacing="1.5"'),
    ...titleLines.map((line, i) => text(48, titleTop + i * lineHeight, titleSize, palette.label.text, line, ' font-weight="700"')),
    ...content.facts.slice(0, 4).map((fact, i) => text(48, factsTop + i * 40, 26, palette.label.muted, fact)),
    content.footer ? text(48, OG_HEIGHT - 44, 20, palette.label.muted, content.footer) : '',
    '</svg>',
  ].join('');
}
