import { toHit, type PagefindResultData, type ResultKind, type SearchHit } from '../shared/search-result.ts';

/** The words the box says, in the page's language (rendered by src/components/SiteSearch.astro as `data-messages`). */
interface Messages {
  unavailable: string;
  /** With `{query}`. */
  noResults: string;
  resultWord: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
  /** With `{shown}`. */
  topShown: string;
  kinds: Record<ResultKind, string>;
}

/**
 * `<site-search data-bundle="/pagefind/">`: the header search box.
 *
 * The markup (src/components/SiteSearch.astro) is rendered invisible: without JavaScript there is
 * no box that could not work. This element shows it, and loads Pagefind's own search module
 * (`/pagefind/pagefind.js`, written by the build into dist/) only when the reader focuses the box
 * or types, so pages carry just this small script until then. Everything is fetched from the
 * atlas's own origin; Pagefind runs its index in WebAssembly (a CSP needs 'wasm-unsafe-eval').
 *
 * Keys: typing searches; ↓/↑ move through the results; Enter opens the first (or focused) result;
 * Escape closes the list and returns to the box (a second Escape clears it).
 */

interface PagefindModule {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(query: string, options?: object, ms?: number): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_RESULTS = 8;
let pagefindPromise: Promise<PagefindModule> | undefined;

function loadPagefind(bundle: string): Promise<PagefindModule> {
  pagefindPromise ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindModule;
    await module.options({ excerptLength: 18 });
    await module.init();
    return module;
  })();
  return pagefindPromise;
}

/** Pagefind's excerpt holds `<mark>` around matches: copy only text and marks, never other markup. */
function excerptNodes(excerpt: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

class SiteSearch extends HTMLElement {
  #input: HTMLInputElement | null = null;
  #panel: HTMLElement | null = null;
  #status: HTMLElement | null = null;
  #list: HTMLOListElement | null = null;
  #query = '';
  #messages: Messages | null = null;

  connectedCallback(): void {
    this.#messages = JSON.parse(this.dataset.messages ?? 'null') as Messages | null;
    this.#input = this.querySelector('input[type="search"]');
    this.#panel = this.querySelector('[data-search-panel]');
    this.#status = this.querySelector('[data-search-status]');
    this.#list = this.querySelector('[data-search-results]');
    const form = this.querySelector('form');
    if (!this.#input || !this.#panel || !this.#status || !this.#list || !form || !this.#messages) return;
    this.classList.remove('site-search--pending');
    const bundle = this.dataset.bundle ?? '/pagefind/';

    const warm = () => void loadPagefind(bundle).catch(() => {});
    this.#input.addEventListener('focus', warm, { once: true });
    this.#input.addEventListener('pointerenter', warm, { once: true });
    this.#input.addEventListener('input', () => void this.#search(bundle, this.#input!.value));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const first = this.#links()[0];
      if (first) first.click();
    });
    this.addEventListener('keydown', (event) => this.#onKey(event));
    this.addEventListener('focusout', (event) => {
      if (!this.contains(event.relatedTarget as Node | null)) this.#open(false);
    });
    this.#input.addEventListener('focus', () => this.#open(this.#list!.childElementCount > 0 || this.#status!.textContent !== ''));
  }

  #links(): HTMLAnchorElement[] {
    return [...(this.#list?.querySelectorAll<HTMLAnchorElement>('a') ?? [])];
  }

  #open(open: boolean): void {
    if (this.#panel) this.#panel.hidden = !open || this.#query === '';
  }

  #onKey(event: KeyboardEvent): void {
    const links = this.#links();
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' && links.length > 0) {
      event.preventDefault();
      this.#open(true);
      links[Math.min(at + 1, links.length - 1)]!.focus();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      event.preventDefault();
      (at === 0 ? this.#input : links[at - 1])?.focus();
    } else if (event.key === 'Escape' && this.#panel && !this.#panel.hidden) {
      // First Escape closes the list and keeps the query; a second one clears the box (the browser's own behaviour).
      event.preventDefault();
      this.#open(false);
      this.#input?.focus();
    }
  }

  async #search(bundle: string, raw: string): Promise<void> {
    const query = raw.trim();
    this.#query = query;
    if (query === '') {
      this.#render(query, [], '');
      return;
    }
    let pagefind: PagefindModule;
    try {
      pagefind = await loadPagefind(bundle);
    } catch {
      this.#render(query, [], this.#messages!.unavailable);
      return;
    }
    const search = await pagefind.debouncedSearch(query, {}, 150);
    if (search === null || query !== this.#query) return; // a newer query replaced this one
    const hits = (await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()))).map(toHit);
    if (query !== this.#query) return;
    const total = search.results.length;
    this.#render(query, hits, this.#summary(query, total));
  }

  /** `No results for “x”.`, `3 results.`, `25 results, top 8 shown.` in the page's language. */
  #summary(query: string, total: number): string {
    const m = this.#messages!;
    if (total === 0) return m.noResults.replace('{query}', query);
    const lang = document.documentElement.lang || 'en';
    const number = (n: number) => n.toLocaleString(lang);
    const word = m.resultWord[new Intl.PluralRules(lang).select(total)] ?? m.resultWord.other;
    return `${number(total)}\u00a0${word}${total > MAX_RESULTS ? m.topShown.replace('{shown}', number(MAX_RESULTS)) : ''}.`;
  }

  #render(query: string, hits: SearchHit[], status: string): void {
    this.#status!.textContent = status;
    this.#list!.replaceChildren(
      ...hits.map((hit) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = hit.href;
        const title = document.createElement('span');
        title.className = 'site-search__title';
        title.textContent = hit.title;
        const kind = document.createElement('span');
        kind.className = 'site-search__kind';
        kind.textContent = this.#messages!.kinds[hit.kind];
        const excerpt = document.createElement('span');
        excerpt.className = 'site-search__excerpt';
        excerpt.append(...excerptNodes(hit.excerpt));
        a.append(title, kind, excerpt);
        li.append(a);
        return li;
      }),
    );
    this.#open(query !== '' && (document.activeElement === this.#input || this.contains(document.activeElement)));
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
