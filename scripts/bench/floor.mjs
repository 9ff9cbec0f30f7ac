// Benchmark, the reference pages measured beside the atlas's own in the same run:
//
// - the floor: a page's own text as plain HTML (headings and paragraphs, in the system font, no
//   stylesheet file, no script, no map, no framework), written to dist/__floor/<name>/. Its LCP is
//   what the atlas's page is compared with: the ratio shows what the atlas's CSS, scripts, fonts and
//   markup cost over the text itself.
// - the bare map: MapLibre alone showing a view's GeoJSON (/map-data/<view>.json) with a minimal
//   style (fills, lines, circles; no labels), written to dist/__bare-map/. Its first rendered frame
//   after activation is what the atlas's live map is compared with.
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parse } from 'parse5';

const require = createRequire(import.meta.url);

/** Elements whose content is not text a reader sees. */
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'svg', 'head', 'atlas-map', 'button', 'input', 'select', 'textarea']);
/** Elements that hold a block of text: each becomes a paragraph (headings stay headings). */
const BLOCK =
  /^(h[1-6]|p|li|dt|dd|td|th|caption|figcaption|summary|blockquote|pre|address|div|section|article|aside|header|footer|nav|main|table|tr|ul|ol|dl|figure|details|form)$/;
const attr = (node, name) => node.attrs?.find((a) => a.name === name)?.value;
const hidden = (node) =>
  attr(node, 'hidden') !== undefined || attr(node, 'aria-hidden') === 'true' || /\b(print-only|visually-hidden|sr-only)\b/.test(attr(node, 'class') ?? '');
const escape = (s) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

/** The visible text of `html`'s <body> as blocks `{ tag, text }`, in document order. */
export function textBlocks(html) {
  const blocks = [];
  let current = null;
  const flush = () => {
    const text = current?.text.replace(/\s+/g, ' ').trim();
    if (text) blocks.push({ tag: current.tag, text });
    current = null;
  };
  const walk = (node, tag) => {
    for (const child of node.childNodes ?? []) {
      if (child.nodeName === '#text') {
        current ??= { tag, text: '' };
        current.text += child.value;
      } else if (child.tagName && !SKIP.has(child.tagName) && !hidden(child)) {
        if (BLOCK.test(child.tagName)) {
          flush();
          walk(child, /^h[1-6]$/.test(child.tagName) ? child.tagName : 'p');
          flush();
        } else walk(child, tag);
      }
    }
  };
  const document = parse(html);
  const htmlEl = document.childNodes.find((n) => n.tagName === 'html');
  const body = htmlEl?.childNodes.find((n) => n.tagName === 'body');
  const title = htmlEl?.childNodes.find((n) => n.tagName === 'head')?.childNodes.find((n) => n.tagName === 'title')?.childNodes[0]?.value ?? '';
  if (body) walk(body, 'p');
  flush();
  return { title, blocks };
}

/** The floor page of `html`: its text, plain. */
export function floorHtml(html) {
  const { title, blocks } = textBlocks(html);
  return `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<meta name="description" content="The text of the page, plain: the benchmark's floor.">
<style>body{font:1rem/1.5 system-ui,sans-serif;max-width:40rem;margin:0 auto;padding:1rem}</style>
<body>
${blocks.map((b) => `<${b.tag}>${escape(b.text)}</${b.tag}>`).join('\n')}
</body>
</html>
`;
}

/** The floor's site path for a page's (`/borders/x/` → `/__floor/borders-x/`). */
export const floorPath = (path) => `/__floor/${path.replace(/^\/|\/$/g, '').replaceAll('/', '-') || 'home'}/`;

/** Writes the floor pages of `paths` into dist; returns Map(path → floor path). */
export async function writeFloorPages(dist, paths) {
  const out = new Map();
  for (const path of paths) {
    const html = await readFile(join(dist, ...path.split('/').filter(Boolean), 'index.html'), 'utf8');
    const floor = floorPath(path);
    const dir = join(dist, ...floor.split('/').filter(Boolean));
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'index.html'), floorHtml(html));
    out.set(path, floor);
  }
  return out;
}

/** The bare MapLibre page, `/__bare-map/?view=<view>&w=<px>&h=<px>`; `window.activate()` draws the map and resolves on its first idle frame. */
const BARE_PAGE = `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>MapLibre, bare</title>
<link rel="stylesheet" href="maplibre-gl.css">
<style>body{margin:0}#map{width:100vw;height:60vh}</style>
<body>
<div id="map"></div>
<script type="module" src="bare.js"></script>
</body>
</html>
`;
const BARE_SCRIPT = `const q = new URLSearchParams(location.search);
const el = document.getElementById('map');
if (q.get('w')) el.style.width = q.get('w') + 'px';
if (q.get('h')) el.style.height = q.get('h') + 'px';
const KIND = { Polygon: 'fill', MultiPolygon: 'fill', LineString: 'line', MultiLineString: 'line', Point: 'circle', MultiPoint: 'circle' };
const PAINT = { fill: { 'fill-color': '#dfe6d8', 'fill-outline-color': '#8a9690' }, line: { 'line-color': '#b03a2e', 'line-width': 2 }, circle: { 'circle-color': '#1b2430', 'circle-radius': 4 } };
window.activate = async () => {
  const [maplibregl, data] = await Promise.all([import('./maplibre-gl.mjs'), fetch('/map-data/' + q.get('view') + '.json').then((r) => r.json())]);
  maplibregl.setWorkerUrl(new URL('./maplibre-gl-worker.mjs', import.meta.url).href);
  const style = { version: 8, sources: {}, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#eef3f7' } }] };
  for (const [key, value] of Object.entries(data)) {
    if (value?.type !== 'FeatureCollection' || !value.features.length) continue;
    style.sources[key] = { type: 'geojson', data: value };
    const type = KIND[value.features[0].geometry?.type];
    if (type) style.layers.push({ id: key, type, source: key, paint: PAINT[type] });
  }
  const map = new maplibregl.Map({ container: el, style, bounds: data.bounds, attributionControl: false });
  await new Promise((resolve) => map.once('idle', resolve));
  await new Promise((resolve) => requestAnimationFrame(() => resolve()));
  window.map = map;
};
`;

/** Writes the bare MapLibre page (MapLibre's own ES build from node_modules) into dist; returns its site path. */
export async function writeBareMap(dist) {
  const dir = join(dist, '__bare-map');
  await mkdir(dir, { recursive: true });
  const lib = dirname(require.resolve('maplibre-gl/dist/maplibre-gl.mjs'));
  for (const file of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css']) await copyFile(join(lib, file), join(dir, file));
  await writeFile(join(dir, 'index.html'), BARE_PAGE);
  await writeFile(join(dir, 'bare.js'), BARE_SCRIPT);
  return '/__bare-map/';
}
