/**
 * Long on purpose: the whole live map lives in one lazily loaded chunk. `mount` works out the first
 * view and creates the map; `LiveMap` holds what its crossings share (buttons, groups, popups,
 * selection, keyboard and URL state), one method a task.
 *
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
import type { CrossingProperties, MapData } from '../map/map-data.types.ts';
import { SOURCE_PREFIX, sourceIds, style } from '../map/style/layers.ts';
import { activePalette } from '../map/style/palette.ts';
import { clusterCrossings as cluster, fitZoom } from './crossing-groups.ts';
import { fill, listed, type LiveMapData, type MapWords } from './map-words.ts';

/** What atlas-map.ts can do with a mounted map. */
export interface MapView {
  /** Selects a crossing chosen elsewhere: highlight, fly to it (when `move`), open its popup (unless `popup` is false). */
  select(id: string, move: boolean, popup?: boolean): void;
  /** Shows only these crossings (all when null) and fits the view to them. */
  filter(ids: readonly string[] | null): void;
  destroy(): void;
}

/** The host element as this module uses it. */
interface Host extends HTMLElement {
  selected: string | undefined;
  /** Crossings a filter on the page leaves shown (undefined or null: all). */
  filter?: readonly string[] | null | undefined;
  note(text: string): void;
  /** The MapLibre map, for the browser tests and the console. */
  map?: MapLibre.Map | undefined;
}

const LIVE = 'atlas-map--live';
const TIMEOUT_MS = 20_000;
/** A crossing button's side in px (--atlas-map-target in map.css). */
const TARGET = 24;
/**
 * Crossing buttons are TARGET-sized squares; two closer than this on both axes would overlap,
 * so they are drawn as one group button with a count instead.
 */
const GAP = TARGET + 2;
/** Padding and deepest zoom when fitting the view to a set of crossings. */
const FIT = { padding: 48, maxZoom: 7 };
const MIN_ZOOM = 1.5;
const reducedMotion = (): boolean => matchMedia('(prefers-reduced-motion: reduce)').matches;
/** The accessible name of a crossing marker: "Khorgos – Khorgos crossing, road". */
export const crossingLabel = (w: MapWords, c: CrossingProperties): string =>
  [fill(w.marker, { name: c.name, modes: listed(w, c.modes) }), ...(c.restrictions.length ? [listed(w, c.restrictions)] : [])].join('; ');

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

function popupContent(w: MapWords, c: CrossingProperties): HTMLElement {
  const details = [fill(w.modes, { list: listed(w, c.modes) }), ...(c.restrictions.length ? [fill(w.restrictions, { list: listed(w, c.restrictions) })] : [])];
  return el(
    'div',
    { className: 'atlas-map__popup-body' },
    el('p', { className: 'atlas-map__popup-title' }, c.name),
    // The newest reading leads, with its date; an old one is flagged.
    el('p', { className: 'atlas-map__popup-status' }, c.status, ...(c.stale ? [' ', el('strong', { className: 'atlas-map__popup-old' }, w.oldReading)] : [])),
    ...(c.approximate ? [el('p', {}, w.approximate)] : []),
    ...details.map((d) => el('p', {}, d)),
    el('a', { href: c.url || `/crossings/${c.id}/` }, w.details),
  );
}

/**
 * Mounts the map inside `host` and resolves once it has rendered (the SVG twin is then hidden);
 * rejects, leaving the SVG in place, when MapLibre fails before that.
 */
export function mount(host: Host, lib: typeof MapLibre, data: LiveMapData, onSelect: (id: string) => void): Promise<MapView> {
  lib.setWorkerUrl(workerUrl);
  // MapLibre's (unlayered) CSS sets `position: relative` on its container, which would beat this
  // site's layered rules, so the absolutely placed box is a wrapper around the map container.
  const container = el('div', { className: 'atlas-map__canvas' });
  const live = el('div', { className: 'atlas-map__live' }, container);
  host.append(live);
  const camera = hashView();
  const start = firstViewOf(host, data, container, camera);
  let map: MapLibre.Map;
  try {
    map = createMap(lib, container, start, host.dataset.label ?? data.words.mapTitle, data.words);
  } catch (error) {
    live.remove();
    throw error;
  }
  host.map = map;
  const liveMap = new LiveMap(host, lib, data, map, start, onSelect);
  liveMap.addButtons();
  liveMap.listen(live);
  return liveMap.whenLoaded(live, camera !== undefined);
}

/** The first view (a shared `#map=` camera, the page's filter or the data's frame) and the style built for it. */
interface FirstView {
  camera: { zoom: number; center: [number, number] } | { bounds: [number, number, number, number]; fitBoundsOptions: MapLibre.FitBoundsOptions };
  style: ReturnType<typeof style>;
  /** Each crossing layer's own filter, before any crossing is hidden. */
  baseFilters: Map<string, MapLibre.FilterSpecification | undefined>;
  /** Crossings the style hides at first: filtered out, or drawn in a group button. */
  hidden: string[];
}

/**
 * The first view's groups are worked out before MapLibre starts (from the zoom it will choose),
 * so the style is built with their dots hidden and nothing is laid out twice.
 */
function firstViewOf(host: Host, data: LiveMapData, container: HTMLElement, shared: ReturnType<typeof hashView>): FirstView {
  const ids = sourceIds(SOURCE_PREFIX);
  const filtered = filterIds(host.filter, new Map(data.crossings.features.map((f) => [f.properties.id, f])));
  const camera =
    shared ??
    (filtered?.length
      ? { bounds: fitOf(data, filtered), fitBoundsOptions: FIT }
      : { bounds: focusBounds(host) ?? data.bounds, fitBoundsOptions: { padding: 24 } });
  const first = style(activePalette(), data);
  const baseFilters = new Map<string, MapLibre.FilterSpecification | undefined>();
  const points = data.crossings.features
    .filter((f) => !filtered || filtered.includes(f.properties.id))
    .map((f) => ({ id: f.properties.id, at: f.geometry.coordinates as [number, number] }));
  const firstZoom =
    'zoom' in camera
      ? camera.zoom
      : Math.max(MIN_ZOOM, fitZoom(camera.bounds, camera.fitBoundsOptions, { width: container.clientWidth, height: container.clientHeight }));
  const firstGroups = cluster(points, firstZoom, GAP).filter((c) => c.members.length > 1);
  const hidden = data.crossings.features
    .map((f) => f.properties.id)
    .filter((id) => (filtered && !filtered.includes(id)) || firstGroups.some((c) => c.members.includes(id)));
  for (const layer of first.layers) {
    if (!('source' in layer) || layer.source !== ids.crossings) continue;
    baseFilters.set(layer.id, layer.filter);
    const filter = hidingFilter(layer.filter, hidden);
    if (filter) layer.filter = filter;
  }
  return { camera, style: first, baseFilters, hidden };
}

/** The MapLibre map with the atlas's controls: page scroll stays page scroll, no rotation or tilt. */
function createMap(lib: typeof MapLibre, container: HTMLElement, start: FirstView, title: string, w: MapWords): MapLibre.Map {
  const map = new lib.Map({
    container,
    style: start.style,
    ...start.camera,
    attributionControl: false,
    maplibreLogo: false,
    // Page scroll stays page scroll: zoom with Ctrl/⌘ + wheel, pan with two fingers.
    cooperativeGestures: true,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    maxPitch: 0,
    minZoom: MIN_ZOOM,
    maxZoom: 12,
    // Labels appear at once rather than fading in over 300 ms: the map is ready (idle) sooner.
    fadeDuration: 0,
    locale: { ...w.maplibre, 'Map.Title': title },
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new lib.NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new lib.ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
  map.addControl(new lib.AttributionControl({ compact: false, customAttribution: 'Natural Earth' }), 'bottom-right');
  return map;
}

/** A mounted map's crossings: their buttons, groups, popups and selection, and the view atlas-map.ts drives. */
class LiveMap {
  private readonly w: MapWords;
  private readonly ids = sourceIds(SOURCE_PREFIX);
  private readonly crossings: Map<string, LiveMapData['crossings']['features'][number]>;
  private readonly order: string[];
  private readonly buttons = new Map<string, HTMLButtonElement>();
  private readonly markers = new Map<string, MapLibre.Marker>();
  private current: string | undefined;
  private popup: MapLibre.Popup | undefined;
  /** Crossings the page's filter leaves shown. */
  private shown: Set<string>;
  /** Group buttons: the first member's id → all members (west to east), for crossings too close to tell apart. */
  private groups = new Map<string, string[]>();
  /** Crossings drawn inside a group (the style's dots and labels for them are filtered out). */
  private grouped = new Set<string>();
  /** Crossings the style hides now (as at the first view, which the style was built with). */
  private hidden: string[];

  constructor(
    private readonly host: Host,
    private readonly lib: typeof MapLibre,
    private readonly data: LiveMapData,
    private readonly map: MapLibre.Map,
    private readonly start: FirstView,
    private readonly onSelect: (id: string) => void,
  ) {
    this.w = data.words;
    this.crossings = new Map(data.crossings.features.map((f) => [f.properties.id, f]));
    this.order = data.crossings.features.map((f) => f.properties.id);
    this.shown = new Set(filterIds(host.filter, this.crossings) ?? this.order);
    this.hidden = start.hidden;
  }

  private lngLat(id: string): [number, number] {
    return this.crossings.get(id)!.geometry.coordinates as [number, number];
  }

  /** Pans the map just enough for the whole popup, and the marker it points at, to lie inside the map box. */
  private keepInside(p: MapLibre.Popup): void {
    const element = p.getElement();
    if (!element) return;
    const box = this.map.getContainer().getBoundingClientRect();
    const pop = element.getBoundingClientRect();
    // The marker: a target-sized square around the popup's point (a popup pointing off the map helps no one).
    const at = this.map.project(p.getLngLat());
    const half = TARGET / 2;
    const r = {
      left: Math.min(pop.left, box.left + at.x - half),
      right: Math.max(pop.right, box.left + at.x + half),
      top: Math.min(pop.top, box.top + at.y - half),
      bottom: Math.max(pop.bottom, box.top + at.y + half),
    };
    const m = 8;
    const dx = r.left < box.left + m ? r.left - box.left - m : r.right > box.right - m ? Math.min(r.right - box.right + m, r.left - box.left - m) : 0;
    const dy = r.top < box.top + m ? r.top - box.top - m : r.bottom > box.bottom - m ? Math.min(r.bottom - box.bottom + m, r.top - box.top - m) : 0;
    if (dx || dy) this.map.panBy([dx, dy], { duration: reducedMotion() ? 0 : 250 });
  }

  private closePopup(): void {
    this.popup?.remove();
  }

  /**
   * Opens crossing `id`'s popup. `focus`: move focus into it (keyboard). `fit`: pan the map so the
   * popup lies inside it (not for a shared `#map=` view, which is kept as shared).
   */
  /** Opens the popup of one crossing, or of several (`members`) that share a point and never stand apart. */
  private openPopup(id: string, focus: boolean, fit = true, members?: string[]): void {
    const f = this.crossings.get(id);
    if (!f) return;
    // Focus goes back, on close, to what opened the popup: a "show on map" button elsewhere on
    // the page, else the crossing's marker.
    const active = document.activeElement;
    const opener = active instanceof HTMLElement && active !== document.body && !this.host.contains(active) ? active : this.buttons.get(id);
    const previous = this.popup;
    this.popup = undefined;
    previous?.remove();
    // No fixed anchor: MapLibre puts the popup on whichever side of the point has room.
    const opened = new this.lib.Popup({ offset: 16, maxWidth: 'min(17rem, calc(100vw - 3rem))', focusAfterOpen: focus, className: 'atlas-map__popup' })
      .setLngLat(this.lngLat(id))
      .setDOMContent(
        members ? el('div', {}, ...members.map((m) => popupContent(this.w, this.crossings.get(m)!.properties))) : popupContent(this.w, f.properties),
      )
      .addTo(this.map);
    this.popup = opened;
    opened.getElement()?.setAttribute('aria-label', members ? members.map((m) => this.crossings.get(m)!.properties.name).join('; ') : f.properties.name);
    opened.on('close', () => {
      if (this.popup !== opened) return; // replaced by another popup: focus stays where that one put it
      this.popup = undefined;
      // Closing with Escape or the × returns focus to where the popup came from.
      if (document.activeElement === document.body || opened.getElement()?.contains(document.activeElement)) {
        const target = opener && opener.isConnected && !opener.hidden ? opener : this.groupButtonOf(id);
        target?.focus();
      }
    });
    if (fit) requestAnimationFrame(() => this.popup === opened && this.keepInside(opened));
  }

  private highlight(id: string): boolean {
    if (!this.crossings.has(id)) return false;
    if (this.current && this.current !== id) {
      this.map.setFeatureState({ source: this.ids.crossings, id: this.current }, { selected: false });
      this.buttons.get(this.current)?.removeAttribute('aria-current');
    }
    this.current = id;
    this.map.setFeatureState({ source: this.ids.crossings, id }, { selected: true });
    this.buttons.get(id)?.setAttribute('aria-current', 'true');
    return true;
  }

  /** The zoom at which crossing `id` stands clear of every other shown crossing (at least the current zoom). */
  private separatingZoom(id: string): number {
    const at = this.map.project(this.lngLat(id));
    let nearest = Infinity;
    for (const other of this.shown) {
      if (other === id) continue;
      const p = this.map.project(this.lngLat(other));
      nearest = Math.min(nearest, Math.max(Math.abs(p.x - at.x), Math.abs(p.y - at.y)));
    }
    const zoom = this.map.getZoom();
    if (nearest >= GAP) return zoom;
    return nearest > 0 ? Math.min(this.map.getMaxZoom(), zoom + Math.log2((GAP * 1.15) / nearest)) : this.map.getMaxZoom();
  }

  /** The group button a grouped crossing is drawn in. */
  private groupButtonOf(id: string): HTMLButtonElement | undefined {
    for (const [first, members] of this.groups) if (members.includes(id)) return this.buttons.get(first);
    return undefined;
  }

  /** Zooms in on a group until its crossings stand apart. */
  private expand(members: string[]): void {
    const bounds = new this.lib.LngLatBounds();
    for (const id of members) bounds.extend(this.lngLat(id));
    const zoom = Math.max(...members.map((id) => this.separatingZoom(id)));
    const fit = this.map.cameraForBounds(bounds, { padding: FIT.padding })?.zoom ?? zoom;
    this.map.easeTo({
      center: bounds.getCenter(),
      zoom: Math.min(this.map.getMaxZoom(), Math.max(zoom, Math.min(fit, zoom + 1.5))),
      duration: reducedMotion() ? 0 : 500,
    });
  }

  /**
   * Groups the shown crossings whose buttons would overlap at this zoom (greedy, by screen
   * position, until no two buttons overlap), then updates buttons, markers and the style.
   */
  private regroup(): void {
    const clusters = cluster(
      this.order.filter((id) => this.shown.has(id)).map((id) => ({ id, at: this.lngLat(id) })),
      this.map.getZoom(),
      GAP,
    );
    const focused = document.activeElement instanceof HTMLButtonElement ? document.activeElement.dataset.crossing : undefined;
    this.groups = new Map();
    this.grouped = new Set();
    const at = new Map<string, [number, number]>();
    for (const c of clusters) {
      if (c.members.length < 2) continue;
      this.groups.set(c.members[0]!, c.members);
      for (const id of c.members) this.grouped.add(id);
      at.set(c.members[0]!, c.at);
    }
    for (const id of this.order) {
      const button = this.buttons.get(id)!;
      const f = this.crossings.get(id)!;
      const members = this.groups.get(id);
      button.hidden = !this.shown.has(id) || (this.grouped.has(id) && !members);
      button.classList.toggle('atlas-map__crossing--group', Boolean(members));
      if (members) {
        const names = members.map((m) => this.crossings.get(m)!.properties.name).join('; ');
        button.setAttribute('aria-label', fill(this.w.group, { n: members.length, names }));
        button.textContent = String(members.length);
        button.dataset.members = members.join(' ');
      } else {
        delete button.dataset.members;
        button.setAttribute('aria-label', crossingLabel(this.w, f.properties));
        button.textContent = '';
      }
      this.markers.get(id)!.setLngLat(at.get(id) ?? this.lngLat(id));
    }
    // The style's dots, numbers and names for hidden or grouped crossings give way to the buttons.
    const hide = this.order.filter((id) => !this.shown.has(id) || this.grouped.has(id));
    // Unchanged (as at the first view, which the style was built with): no re-layout.
    if (hide.join() !== this.hidden.join()) {
      this.hidden = hide;
      for (const layer of this.start.style.layers) {
        if ('source' in layer && layer.source === this.ids.crossings) this.map.setFilter(layer.id, hidingFilter(this.start.baseFilters.get(layer.id), hide));
      }
    }
    // A focused button that went into a group hands focus to the group.
    if (focused && this.buttons.get(focused)?.hidden) this.groupButtonOf(focused)?.focus();
  }

  /** Highlights a crossing; `camera`: fly to it, bring it into view if outside, or keep the view. */
  private choose(id: string, camera: 'fly' | 'ensure' | 'keep', withPopup: boolean): void {
    if (!this.highlight(id)) return;
    const at = this.lngLat(id);
    if (!this.shown.has(id)) {
      // Chosen from outside the filter (a link, the URL): show it too.
      this.shown.add(id);
      this.regroup();
    }
    if (camera === 'fly') this.map.flyTo({ center: at, zoom: Math.max(this.map.getZoom(), 6, this.separatingZoom(id)), essential: false });
    else if (camera === 'ensure' && (this.grouped.has(id) || !this.map.getBounds().contains(at)))
      this.map.jumpTo({ center: at, zoom: this.separatingZoom(id) });
    if (withPopup) this.openPopup(id, false, camera !== 'keep');
  }

  /** Bounds of the given crossings, or undefined when there are none. */
  private boundsOf(list: Iterable<string>): MapLibre.LngLatBounds | undefined {
    const bounds = new this.lib.LngLatBounds();
    let any = false;
    for (const id of list) {
      bounds.extend(this.lngLat(id));
      any = true;
    }
    return any ? bounds : undefined;
  }

  /** One transparent, focusable button over each crossing's dot: a popup, or a group that zooms in. */
  addButtons(): void {
    for (const f of this.data.crossings.features) {
      const { id } = f.properties;
      const button = el('button', { type: 'button', className: 'atlas-map__crossing' });
      button.setAttribute('aria-label', crossingLabel(this.w, f.properties));
      button.dataset.crossing = id;
      button.addEventListener('click', (event) => this.press(id, button, event));
      this.buttons.set(id, button);
      this.markers.set(id, new this.lib.Marker({ element: button }).setLngLat(this.lngLat(id)).addTo(this.map));
    }
  }

  private press(id: string, button: HTMLButtonElement, event: MouseEvent): void {
    event.stopPropagation();
    const members = this.groups.get(id);
    // Crossings placed at one point stay a group even at the closest zoom: the popup lists them.
    if (members && this.map.getZoom() >= this.map.getMaxZoom() - 0.01) return this.openPopup(id, event.detail === 0, true, members);
    if (members) return this.expand(members);
    if (!this.highlight(id)) return;
    // MapLibre cancels the pointer's default focus move: the pressed marker takes focus here.
    if (document.activeElement !== button) button.focus({ preventScroll: true });
    this.openPopup(id, event.detail === 0); // keyboard activation moves focus into the popup
    this.onSelect(id);
  }

  /** Escape, zoom, the URL's `#map=` key and a lost WebGL context. */
  listen(live: HTMLElement): void {
    const { host, map, w } = this;
    // Escape closes the popup wherever focus is inside the map box.
    host.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !this.popup) return;
      event.preventDefault();
      this.closePopup();
    });
    map.on('zoomend', () => this.regroup());
    map.on('moveend', () => {
      // The map owns only its own hash key: an anchor such as #crossing-<id> is left alone.
      if (location.hash && !location.hash.startsWith('#map=')) return;
      const { lat, lng } = map.getCenter();
      const hash = `#map=${map.getZoom().toFixed(2)}/${lat.toFixed(4)}/${lng.toFixed(4)}`;
      history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
    });
    map.on('webglcontextlost', () => {
      host.classList.remove(LIVE);
      host.note(w.contextLost);
    });
    map.on('webglcontextrestored', () => {
      host.classList.add(LIVE);
      host.note('');
    });
    this.live = live;
  }

  private live: HTMLElement | undefined;

  /** What atlas-map.ts drives. */
  private view(): MapView {
    return {
      select: (id, move, withPopup = true) => this.choose(id, move ? 'fly' : 'ensure', withPopup),
      filter: (list) => {
        const next = filterIds(list, this.crossings);
        this.shown = new Set(next ?? this.order);
        if (this.popup && this.current && !this.shown.has(this.current)) this.closePopup();
        this.regroup();
        const bounds = next ? this.boundsOf(next) : undefined;
        const duration = reducedMotion() ? 0 : 600;
        if (bounds) this.map.fitBounds(bounds, { ...FIT, duration });
        else if (!next) this.map.fitBounds(focusBounds(this.host) ?? this.data.bounds, { padding: 24, duration });
      },
      destroy: () => {
        this.map.remove();
        this.live?.remove();
        this.host.classList.remove(LIVE);
        this.host.map = undefined;
      },
    };
  }

  /** Resolves with the view once the map has loaded; rejects (and removes the map) on an error or the time limit before that. */
  whenLoaded(live: HTMLElement, sharedCamera: boolean): Promise<MapView> {
    const { host, map, w } = this;
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
      const timer = setTimeout(() => fail(new Error(w.timedOut)), TIMEOUT_MS);
      map.on('error', (event) => {
        if (!loaded) fail(event.error);
        else console.warn('atlas-map:', event.error);
      });
      map.once('load', async () => {
        loaded = true;
        clearTimeout(timer);
        // Revealed only with its stylesheet in place (controls and popups unstyled would flash).
        await cssReady;
        this.regroup();
        host.classList.add(LIVE);
        // A page's own crossing (data-selected) is highlighted quietly; one named by the URL gets its popup.
        // A shared `#map=` view is kept as it was shared, even if the crossing lies outside it.
        if (host.selected) this.choose(host.selected, sharedCamera ? 'keep' : 'ensure', host.selected !== host.dataset.selected);
        resolve(this.view());
      });
    });
  }
}

/** `data-bounds="w,s,e,n"`: a narrower first view than the data's own (a crossing on its border's map). */
function focusBounds(host: HTMLElement): [number, number, number, number] | undefined {
  const parts = host.dataset.bounds?.split(',').map(Number);
  return parts?.length === 4 && parts.every(Number.isFinite) ? (parts as [number, number, number, number]) : undefined;
}

/** The ids of a filter that exist in the data, or null for "no filter". */
function filterIds(list: readonly string[] | null | undefined, crossings: ReadonlyMap<string, unknown>): string[] | null {
  return list ? list.filter((id) => crossings.has(id)) : null;
}

/** `[west, south, east, north]` around the given crossings. */
function fitOf(data: MapData, list: readonly string[]): [number, number, number, number] {
  const wanted = new Set(list);
  const points = data.crossings.features.filter((f) => wanted.has(f.properties.id)).map((f) => f.geometry.coordinates);
  const xs = points.map((p) => p[0]!);
  const ys = points.map((p) => p[1]!);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** A layer's own filter plus "not one of `hide`" (the layer's own alone when nothing is hidden). */
function hidingFilter(base: MapLibre.FilterSpecification | undefined, hide: readonly string[]): MapLibre.FilterSpecification | null {
  if (!hide.length) return base ?? null;
  const not = ['!', ['in', ['get', 'id'], ['literal', hide]]];
  return (base ? ['all', base, not] : not) as MapLibre.FilterSpecification;
}
