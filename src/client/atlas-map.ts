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
 * Attributes: `data-src` (map-data URL), `data-view`, `data-selected` (crossing id), `data-label`.
 * Selection: `atlas:select` CustomEvents on `document` with `{ id, source }` go both ways; clicks
 * on `[data-select-crossing="<id>"]` anywhere dispatch one (source `table`); rows marked
 * `[data-crossing-row="<id>"]` get `aria-current="true"`; the URL keeps `?crossing=<id>`.
 */
import type { MapView } from './atlas-map-view.ts';

/** Detail of the `atlas:select` event. */
export interface AtlasSelectDetail {
  id: string;
  /** Who selected: `map`, `table`, or `url` (on page load). */
  source: string;
}

const SELECT = 'atlas:select';
const NO_WEBGL = 'Interactive map unavailable in this browser: showing the static map.';

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

/** The crossing the URL names: `?crossing=<id>`, else a `#crossing-<id>` anchor. */
const urlCrossing = (): string | undefined =>
  new URLSearchParams(location.search).get('crossing') || /^#crossing-(.+)$/.exec(location.hash)?.[1] || undefined;

class AtlasMap extends HTMLElement {
  #started = false;
  #view: MapView | undefined;
  #observer: IntersectionObserver | undefined;
  /** The crossing selected so far, handed to the map once it is up. */
  selected: string | undefined;

  connectedCallback(): void {
    this.selected = urlCrossing() ?? this.dataset.selected;
    if (this.selected) this.#mark(this.selected);
    document.addEventListener(SELECT, this.#onSelect);
    const button = this.querySelector<HTMLButtonElement>('[data-atlas-load]');
    if (button) {
      // Hidden in the HTML: without JS it could do nothing.
      button.hidden = false;
      button.addEventListener('click', () => void this.start());
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
      this.#observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && void this.start(), {
        rootMargin: '200px 0px',
      });
      this.#observer.observe(this);
    });
  }

  disconnectedCallback(): void {
    document.removeEventListener(SELECT, this.#onSelect);
    this.#observer?.disconnect();
    this.#view?.destroy();
  }

  /** Writes a short status note (empty clears it). */
  note(text: string): void {
    const status = this.querySelector('[data-atlas-status]');
    if (status) status.textContent = text;
  }

  /** Loads MapLibre, the map code and the data in parallel, and mounts the map; never throws. */
  async start(): Promise<void> {
    if (this.#started) return;
    this.#started = true;
    this.#observer?.disconnect();
    const button = this.querySelector<HTMLButtonElement>('[data-atlas-load]');
    const done = (message: string): void => {
      this.removeAttribute('aria-busy');
      if (button) button.hidden = true;
      this.note(message);
    };
    let gl: unknown = null;
    try {
      gl = document.createElement('canvas').getContext('webgl2');
    } catch {
      // Treated as no WebGL2.
    }
    if (!gl) return done(NO_WEBGL);
    (gl as WebGL2RenderingContext).getExtension('WEBGL_lose_context')?.loseContext();
    this.setAttribute('aria-busy', 'true');
    this.note('Loading the interactive map…');
    try {
      const data = fetch(this.dataset.src ?? '').then((r) => {
        if (!r.ok) throw new Error(`Map data could not be loaded (HTTP ${r.status}): showing the static map.`);
        return r.json();
      });
      const [lib, view, json] = await Promise.all([import('maplibre-gl'), import('./atlas-map-view.ts'), data]);
      this.#view = await view.mount(this, lib, json, (id) => select(id, 'map'));
      done('');
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      console.warn('atlas-map:', error);
      done(/showing the static map/.test(message) ? message : `The interactive map failed to load (${message}): showing the static map.`);
    }
  }

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
      if (el.dataset.crossingRow === id || el.id === `crossing-${id}`) el.setAttribute('aria-current', 'true');
      else el.removeAttribute('aria-current');
    }
    for (const el of this.querySelectorAll<SVGElement>('[data-crossing]')) el.classList.toggle('is-selected', el.dataset.crossing === id);
  }
}

if (!customElements.get('atlas-map')) customElements.define('atlas-map', AtlasMap);

export type { AtlasMap };
