/**
 * The heavy half of `<atlas-map>`, loaded by atlas-map.ts with `import()` only when the map is
 * wanted. It receives the MapLibre module from atlas-map.ts (the one module importing it), so
 * this file needs its types only. MapLibre's CSS and worker come with this chunk.
 *
 * Labels: region, settlement and country names are MapLibre symbol layers drawn from local fonts
 * (the style has no `glyphs` URL). Crossings are circles in the style with a transparent
 * `<button>` on top of each: focusable, named ("Khorgos – Khorgos crossing, road"), opening a
 * popup that links to the crossing's page.
 */
// As URLs, not `import '….css'`: Astro links every stylesheet a page's scripts import, dynamic
// imports included, so a plain CSS import would load MapLibre's CSS on every page with a map box.
import cssUrl from 'maplibre-gl/dist/maplibre-gl.css?url';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type * as MapLibre from 'maplibre-gl';
import type { CrossingProperties, MapData } from '../lib/map-data.types.ts';
import { SOURCE_PREFIX, sourceIds, style } from '../map-style/layers.ts';
import { activePalette } from '../map-style/palette.ts';

/** What atlas-map.ts can do with a mounted map. */
export interface MapView {
  /** Selects a crossing chosen elsewhere: highlight, fly to it (when `move`), open its popup (unless `popup` is false). */
  select(id: string, move: boolean, popup?: boolean): void;
  destroy(): void;
}

/** The host element as this module uses it. */
interface Host extends HTMLElement {
  selected: string | undefined;
  note(text: string): void;
  /** The MapLibre map, for the browser tests and the console. */
  map?: MapLibre.Map | undefined;
}

const LIVE = 'atlas-map--live';
const TIMEOUT_MS = 20_000;
const WORDS: Record<string, string> = {
  road: 'road',
  rail: 'rail',
  pedestrian: 'pedestrian',
  hiking: 'hiking trail',
  'locals-only': 'locals only',
  'summer-only': 'summer only',
  bilateral: 'two countries’ citizens only',
  'daytime-only': 'daytime only',
};
const words = (list: readonly string[]): string => list.map((w) => WORDS[w] ?? w).join(', ');

/** The accessible name of a crossing marker: "Khorgos – Khorgos crossing, road". */
export const crossingLabel = (c: CrossingProperties): string =>
  [`${c.name} crossing, ${words(c.modes)}`, ...(c.restrictions.length ? [words(c.restrictions)] : [])].join('; ');

/** MapLibre's stylesheet, requested as soon as this chunk runs (while maplibre-gl still downloads). */
const cssReady: Promise<void> = new Promise((resolve) => {
  if (document.querySelector(`link[href="${cssUrl}"]`)) return resolve();
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: cssUrl });
  // Resolve on error too: an unstyled map is better than none.
  link.addEventListener('load', () => resolve());
  link.addEventListener('error', () => resolve());
  document.head.append(link);
});

/** `#map=zoom/lat/lon` as camera options, or undefined. */
function hashView(): { zoom: number; center: [number, number] } | undefined {
  const m = /^#map=(-?[\d.]+)\/(-?[\d.]+)\/(-?[\d.]+)/.exec(location.hash);
  if (!m) return undefined;
  const [zoom, lat, lon] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (![zoom, lat, lon].every(Number.isFinite) || Math.abs(lat) > 85 || Math.abs(lon) > 180) return undefined;
  return { zoom, center: [lon, lat] };
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function popupContent(c: CrossingProperties): HTMLElement {
  const details = [`Modes: ${words(c.modes)}`, ...(c.restrictions.length ? [`Restrictions: ${words(c.restrictions)}`] : [])];
  return el(
    'div',
    { className: 'atlas-map__popup-body' },
    el('p', { className: 'atlas-map__popup-title' }, c.name),
    ...details.map((d) => el('p', {}, d)),
    el('a', { href: c.url || `/crossings/${c.id}/` }, 'Crossing details'),
  );
}

/**
 * Mounts the map inside `host` and resolves once it has rendered (the SVG twin is then hidden);
 * rejects, leaving the SVG in place, when MapLibre fails before that.
 */
export function mount(host: Host, lib: typeof MapLibre, data: MapData, onSelect: (id: string) => void): Promise<MapView> {
  lib.setWorkerUrl(workerUrl);
  const ids = sourceIds(SOURCE_PREFIX);
  // MapLibre's (unlayered) CSS sets `position: relative` on its container, which would beat this
  // site's layered rules, so the absolutely placed box is a wrapper around the map container.
  const container = el('div', { className: 'atlas-map__canvas' });
  const live = el('div', { className: 'atlas-map__live' }, container);
  host.append(live);
  const camera = hashView();

  let map: MapLibre.Map;
  try {
    map = new lib.Map({
      container,
      style: style(activePalette(), data),
      ...(camera ?? { bounds: focusBounds(host) ?? data.bounds, fitBoundsOptions: { padding: 24 } }),
      attributionControl: false,
      maplibreLogo: false,
      // Page scroll stays page scroll: zoom with Ctrl/⌘ + wheel, pan with two fingers.
      cooperativeGestures: true,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      maxPitch: 0,
      minZoom: 1.5,
      maxZoom: 12,
      locale: { 'Map.Title': host.dataset.label ?? 'Map' },
    });
  } catch (error) {
    live.remove();
    throw error;
  }
  host.map = map;
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new lib.NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new lib.ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
  map.addControl(new lib.AttributionControl({ compact: false, customAttribution: 'Natural Earth' }), 'bottom-right');

  const crossings = new Map(data.crossings.features.map((f) => [f.properties.id, f]));
  const buttons = new Map<string, HTMLButtonElement>();
  let current: string | undefined;
  let popup: MapLibre.Popup | undefined;

  const openPopup = (id: string, focus: boolean): void => {
    const f = crossings.get(id);
    if (!f) return;
    popup?.remove();
    const button = buttons.get(id);
    popup = new lib.Popup({ offset: 14, maxWidth: '17rem', focusAfterOpen: focus, className: 'atlas-map__popup' })
      .setLngLat(f.geometry.coordinates as [number, number])
      .setDOMContent(popupContent(f.properties))
      .addTo(map);
    const opened = popup;
    opened.on('close', () => {
      // Closing with Escape or the × returns focus to the marker it came from.
      if (opened.getElement()?.contains(document.activeElement) || document.activeElement === document.body) button?.focus();
      if (popup === opened) popup = undefined;
    });
  };

  const highlight = (id: string): boolean => {
    if (!crossings.has(id)) return false;
    if (current && current !== id) {
      map.setFeatureState({ source: ids.crossings, id: current }, { selected: false });
      buttons.get(current)?.removeAttribute('aria-current');
    }
    current = id;
    map.setFeatureState({ source: ids.crossings, id }, { selected: true });
    buttons.get(id)?.setAttribute('aria-current', 'true');
    return true;
  };

  for (const f of data.crossings.features) {
    const { id } = f.properties;
    const button = el('button', { type: 'button', className: 'atlas-map__crossing' });
    button.setAttribute('aria-label', crossingLabel(f.properties));
    button.dataset.crossing = id;
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      if (!highlight(id)) return;
      openPopup(id, event.detail === 0); // keyboard activation moves focus into the popup
      onSelect(id);
    });
    buttons.set(id, button);
    new lib.Marker({ element: button }).setLngLat(f.geometry.coordinates as [number, number]).addTo(map);
  }

  /** Highlights a crossing; `camera`: fly to it, bring it into view if outside, or keep the view. */
  const choose = (id: string, camera: 'fly' | 'ensure' | 'keep', withPopup: boolean): void => {
    if (!highlight(id)) return;
    const at = crossings.get(id)!.geometry.coordinates as [number, number];
    if (camera === 'fly') map.flyTo({ center: at, zoom: Math.max(map.getZoom(), 6), essential: false });
    else if (camera === 'ensure' && !map.getBounds().contains(at)) map.jumpTo({ center: at });
    if (withPopup) openPopup(id, false);
  };
  const view: MapView = {
    select: (id, move, withPopup = true) => choose(id, move ? 'fly' : 'ensure', withPopup),
    destroy() {
      map.remove();
      live.remove();
      host.classList.remove(LIVE);
      host.map = undefined;
    },
  };

  map.on('moveend', () => {
    // The map owns only its own hash key: an anchor such as #crossing-<id> is left alone.
    if (location.hash && !location.hash.startsWith('#map=')) return;
    const { lat, lng } = map.getCenter();
    const hash = `#map=${map.getZoom().toFixed(2)}/${lat.toFixed(4)}/${lng.toFixed(4)}`;
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
  });
  map.on('webglcontextlost', () => {
    host.classList.remove(LIVE);
    host.note('The interactive map stopped (graphics context lost): showing the static map.');
  });
  map.on('webglcontextrestored', () => {
    host.classList.add(LIVE);
    host.note('');
  });

  return new Promise<MapView>((resolve, reject) => {
    let loaded = false;
    const fail = (error: unknown): void => {
      clearTimeout(timer);
      try {
        map.remove();
      } catch {
        // Already torn down.
      }
      live.remove();
      host.map = undefined;
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    const timer = setTimeout(() => fail(new Error('timed out')), TIMEOUT_MS);
    map.on('error', (event) => {
      if (!loaded) fail(event.error);
      else console.warn('atlas-map:', event.error);
    });
    map.once('load', async () => {
      loaded = true;
      clearTimeout(timer);
      // Revealed only with its stylesheet in place (controls and popups unstyled would flash).
      await cssReady;
      host.classList.add(LIVE);
      // A page's own crossing (data-selected) is highlighted quietly; one named by the URL gets its popup.
      // A shared `#map=` view is kept as it was shared, even if the crossing lies outside it.
      if (host.selected) choose(host.selected, camera ? 'keep' : 'ensure', host.selected !== host.dataset.selected);
      resolve(view);
    });
  });
}

/** `data-bounds="w,s,e,n"`: a narrower first view than the data's own (a crossing on its border's map). */
function focusBounds(host: HTMLElement): [number, number, number, number] | undefined {
  const parts = host.dataset.bounds?.split(',').map(Number);
  return parts?.length === 4 && parts.every(Number.isFinite) ? (parts as [number, number, number, number]) : undefined;
}
