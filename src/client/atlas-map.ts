/**
 * `<atlas-map>`: the eager, tiny half of the interactive map (the heavy half is atlas-map-view.ts).
 *
 * The element wraps the build-time SVG twin in a box whose size CSS reserves. It starts MapLibre
 * only when the box nears the viewport after the reader has scrolled, touched, typed or moved the
 * pointer (a map on screen at load waits for that), when its "Load interactive map" button is pressed, when
 * a crossing is selected from elsewhere on the page, or at once when the URL asks for a map state
 * (`?crossing=<id>` or `#map=…`). Before that nothing of MapLibre, its CSS or the map data is
 * fetched. Without WebGL2, or when anything fails, the SVG stays and a short note says why.
 *
 * This is the only module that imports maplibre-gl, and only through `import()`.
 *
 * Attributes: `data-src` (map-data URL), `data-view`, `data-selected` (crossing id), `data-label`,
 * `data-notes` (what the map says before its data arrives, in the page's language: map-words.ts).
 * Selection: `atlas:select` CustomEvents on `document` with `{ id, source }` go both ways; clicks
 * on `[data-select-crossing="<id>"]` anywhere dispatch one (source `table`); rows marked
 * `[data-crossing-row="<id>"]` get `aria-current="true"`; the URL keeps `?crossing=<id>`.
 * Filtering: `atlas:filter` CustomEvents on `document` with `{ ids }` (null: all) narrow the map
 * to those crossings and fit it to them (the crossings directory sends them).
 *
 * On a phone (narrow viewport) the map box is too small to use at its reserved 16 : 10, so the
 * map starts only when asked (button, a "show on map" button, the URL) and the box then grows to
 * most of the screen height: a resize that follows the reader's own tap. Nearing the viewport
 * only fetches MapLibre and the data, so the tap finds them ready.
 */
import type { MapView } from './atlas-map-view.ts';
import { anchors } from '../shared/anchors.ts';
import { MapNote, fill, mapNotes } from './map-words.ts';

/** Detail of the `atlas:select` event. */
export interface AtlasSelectDetail {
  id: string;
  /** Who selected: `map`, `table`, or `url` (on page load). */
  source: string;
}

const SELECT = 'atlas:select';
const FILTER = 'atlas:filter';
/** Detail of the `atlas:filter` event: the crossing ids to show, or null for all. */
export interface AtlasFilterDetail {
  ids: readonly string[] | null;
}
/** Phones: the map grows when started, and starts only when asked. Matches map.css. */
const PHONE = '(max-width: 40rem)';
const TALL = 'atlas-map--tall';

const select = (id: string, source: string): void => {
  document.dispatchEvent(new CustomEvent<AtlasSelectDetail>(SELECT, { detail: { id, source } }));
};

// One delegate for the whole document: any "show on map" button selects its crossing.
document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest?.('[data-select-crossing]');
  const id = button?.getAttribute('data-select-crossing');
  if (id) select(id, 'table');
});

/** Resolves at the reader's first scroll, key, touch, click or pointer movement. */
const readerActive = new Promise<void>((resolve) => {
  const events = ['scroll', 'wheel', 'keydown', 'pointerdown', 'pointermove', 'touchstart'] as const;
  const done = (): void => {
    for (const type of events) removeEventListener(type, done, true);
    resolve();
  };
  for (const type of events) addEventListener(type, done, { capture: true, passive: true });
});

/** True when the browser can give this page a WebGL2 context (the probe's context is released). */
function webgl2(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return Boolean(gl);
  } catch {
    return false;
  }
}

/** The crossing the URL names: `?crossing=<id>`, else a `#crossing-<id>` anchor. */
const urlCrossing = (): string | undefined => new URLSearchParams(location.search).get('crossing') || /^#crossing-(.+)$/.exec(location.hash)?.[1] || undefined;

class AtlasMap extends HTMLElement {
  #started = false;
  #view: MapView | undefined;
  #observer: IntersectionObserver | undefined;
  #loading: Promise<[typeof import('maplibre-gl'), typeof import('./atlas-map-view.ts'), unknown]> | undefined;
  /** The crossing selected so far, handed to the map once it is up. */
  selected: string | undefined;
  /** The crossings a filter on the page leaves shown (null: all), handed to the map once it is up. */
  filter: readonly string[] | null = null;

  connectedCallback(): void {
    this.selected = urlCrossing() ?? this.dataset.selected;
    if (this.selected) this.#mark(this.selected);
    document.addEventListener(SELECT, this.#onSelect);
    document.addEventListener(FILTER, this.#onFilter);
    // A filter set before this element was upgraded (the directory may run first).
    const directory = document.querySelector<HTMLElement & { filterIds?: readonly string[] | null }>('crossing-directory');
    if (directory?.filterIds !== undefined) this.filter = directory.filterIds;
    const button = this.querySelector<HTMLButtonElement>('[data-atlas-load]');
    if (button) {
      // Hidden in the HTML: without JS it could do nothing.
      button.hidden = false;
      button.addEventListener('click', () => void this.start());
      // A pointer on its way to the button: fetch meanwhile.
      button.addEventListener('pointerenter', () => void this.#load().catch(() => {}), { once: true });
    }
    // "Show on map" buttons in tables are hidden in the HTML for the same reason.
    for (const select of document.querySelectorAll<HTMLElement>('[data-select-crossing][hidden]')) select.hidden = false;
    // A shared link with a map state opens the map straight away.
    if (/[?&]crossing=/.test(location.search) || location.hash.startsWith('#map=')) {
      void this.start();
      return;
    }
    // Observe only once the reader does something: a map already on screen at load stays the
    // static SVG until then, so the page's first seconds are not spent in MapLibre.
    void readerActive.then(() => {
      if (this.#started || !this.isConnected) return;
      // On a phone, only fetch: the map starts (and grows) at the reader's tap.
      const near = (): void => void (matchMedia(PHONE).matches ? this.#load().catch(() => {}) : this.start());
      this.#observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && near(), {
        rootMargin: '200px 0px',
      });
      this.#observer.observe(this);
    });
  }

  disconnectedCallback(): void {
    document.removeEventListener(SELECT, this.#onSelect);
    document.removeEventListener(FILTER, this.#onFilter);
    this.#observer?.disconnect();
    this.#view?.destroy();
  }

  /** Writes a short status note (empty clears it). */
  note(text: string): void {
    const status = this.querySelector('[data-atlas-status]');
    if (status) status.textContent = text;
  }

  /** MapLibre, the map code and the data, fetched in parallel (once); rejects without WebGL2. */
  #load(): Promise<[typeof import('maplibre-gl'), typeof import('./atlas-map-view.ts'), unknown]> {
    this.#loading ??= (async () => {
      const words = mapNotes(this);
      if (!webgl2()) throw new MapNote(words.noWebgl);
      const data = fetch(this.dataset.src ?? '').then((r) => {
        if (!r.ok) throw new MapNote(fill(words.httpError, { status: r.status }));
        return r.json() as Promise<unknown>;
      });
      return Promise.all([import('maplibre-gl'), import('./atlas-map-view.ts'), data]);
    })();
    return this.#loading;
  }

  /** Loads MapLibre, the map code and the data in parallel, and mounts the map; never throws. */
  async start(): Promise<void> {
    if (this.#started) return;
    this.#started = true;
    this.#observer?.disconnect();
    // On a phone the box grows to a usable height at once (the start follows the reader's tap or link).
    if (matchMedia(PHONE).matches && !this.classList.contains(TALL)) {
      this.classList.add(TALL);
      this.scrollIntoView({ block: 'nearest' });
    }
    const words = mapNotes(this);
    const button = this.querySelector<HTMLButtonElement>('[data-atlas-load]');
    const done = (message: string): void => {
      this.removeAttribute('aria-busy');
      if (button) button.hidden = true;
      this.note(message);
    };
    if (!webgl2()) {
      this.classList.remove(TALL);
      return done(words.noWebgl);
    }
    this.setAttribute('aria-busy', 'true');
    this.note(words.loading);
    try {
      const [lib, view, json] = await this.#load();
      this.#view = await view.mount(this, lib, json as Parameters<typeof view.mount>[2], (id) => select(id, 'map'));
      done('');
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      console.warn('atlas-map:', error);
      // The box keeps its grown size: shrinking now, seconds after the tap, would be a layout shift.
      done(error instanceof MapNote ? message : fill(words.failed, { message }));
    }
  }

  #onFilter = (event: Event): void => {
    const { ids } = (event as CustomEvent<AtlasFilterDetail>).detail ?? { ids: null };
    this.filter = ids;
    this.#view?.filter(ids);
  };

  #onSelect = (event: Event): void => {
    const { id, source } = (event as CustomEvent<AtlasSelectDetail>).detail ?? {};
    if (!id) return;
    this.selected = id;
    this.#mark(id);
    const url = new URL(location.href);
    url.searchParams.set('crossing', id);
    history.replaceState(history.state, '', url);
    if (source === 'map') return;
    if (source === 'table') this.scrollIntoView({ block: 'nearest' });
    if (this.#view) this.#view.select(id, true);
    else void this.start();
  };

  /** Marks the selected crossing's table rows and SVG symbol. */
  #mark(id: string): void {
    for (const el of document.querySelectorAll<HTMLElement>('[data-crossing-row]')) {
      if (el.dataset.crossingRow === id || el.id === anchors.crossing(id)) el.setAttribute('aria-current', 'true');
      else el.removeAttribute('aria-current');
    }
    for (const el of this.querySelectorAll<SVGElement>('[data-crossing]')) el.classList.toggle('is-selected', el.dataset.crossing === id);
  }
}

if (!customElements.get('atlas-map')) customElements.define('atlas-map', AtlasMap);

export type { AtlasMap };
