import { directoryQuery, parseDirectoryState, rowMatches, type DirectoryState } from '../shared/crossing-directory.ts';

/**
 * Enhances the server-rendered crossings table with filters and sorting. Without
 * JavaScript the full table stays as it is; with it, the state lives in the query string (each
 * change a history entry, so back and forward step through them). After every change it tells
 * the page's map which crossings the table shows (`atlas:filter`, see atlas-map.ts).
 */
class CrossingDirectory extends HTMLElement {
  #state: DirectoryState = parseDirectoryState(location.search);
  /** Ids of the rows the filters leave shown, or null when no filter is set (read by the map). */
  filterIds: readonly string[] | null = null;

  connectedCallback(): void {
    const form = this.querySelector('form');
    const tbody = this.querySelector('tbody');
    if (!form || !tbody) return;
    form.hidden = false;
    for (const th of this.querySelectorAll<HTMLTableCellElement>('th[data-sort]')) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = th.textContent ?? '';
      th.replaceChildren(button);
      button.addEventListener('click', () => {
        const key = th.dataset.sort!;
        const dir = this.#state.sort === key && this.#state.dir === 'asc' ? 'desc' : 'asc';
        this.#update({ ...this.#state, sort: key, dir });
      });
    }
    for (const name of ['border', 'mode', 'restriction'] as const) {
      const select = form.elements.namedItem(name) as HTMLSelectElement | null;
      if (!select) continue;
      select.value = this.#state[name];
      select.addEventListener('change', () => this.#update({ ...this.#state, [name]: select.value }));
    }
    // Back and forward restore the filters and order of that entry.
    addEventListener('popstate', () => {
      this.#state = parseDirectoryState(location.search);
      for (const name of ['border', 'mode', 'restriction'] as const) {
        const select = form.elements.namedItem(name) as HTMLSelectElement | null;
        if (select) select.value = this.#state[name];
      }
      this.#render();
    });
    form.addEventListener('reset', (event) => {
      event.preventDefault();
      for (const select of form.querySelectorAll('select')) select.value = '';
      this.#update({ ...this.#state, border: '', mode: '', restriction: '' });
    });
    this.#render();
  }

  #update(state: DirectoryState): void {
    this.#state = state;
    // The map's `#map=` view belongs to the previous entry; the new one fits the filtered crossings.
    const hash = location.hash.startsWith('#map=') ? '' : location.hash;
    history.pushState(null, '', `${location.pathname}${directoryQuery(state)}${hash}`);
    this.#render();
  }

  #render(): void {
    const tbody = this.querySelector('tbody')!;
    const rows = [...tbody.querySelectorAll<HTMLTableRowElement>('tr')];
    let shown = 0;
    const ids: string[] = [];
    for (const row of rows) {
      const visible = rowMatches(this.#state, {
        border: row.dataset.border ?? '',
        modes: (row.dataset.modes ?? '').split(' '),
        restrictions: (row.dataset.restrictions ?? '').split(' '),
      });
      row.hidden = !visible;
      if (visible) {
        shown += 1;
        if (row.dataset.crossingRow) ids.push(row.dataset.crossingRow);
      }
    }
    const { sort, dir } = this.#state;
    const column = [...this.querySelectorAll<HTMLTableCellElement>('th[data-sort]')].findIndex((th) => th.dataset.sort === sort);
    const value = (row: HTMLTableRowElement) => (row.cells[column] as HTMLElement | undefined)?.dataset.value ?? '';
    const compare =
      sort === 'border' || column < 0
        ? (a: HTMLTableRowElement, b: HTMLTableRowElement) => Number(a.dataset.order) - Number(b.dataset.order)
        : sort === 'number'
          ? (a: HTMLTableRowElement, b: HTMLTableRowElement) => Number(value(a)) - Number(value(b)) || Number(a.dataset.order) - Number(b.dataset.order)
          : (a: HTMLTableRowElement, b: HTMLTableRowElement) => value(a).localeCompare(value(b)) || Number(a.dataset.order) - Number(b.dataset.order);
    rows.sort((a, b) => (dir === 'asc' ? compare(a, b) : compare(b, a)));
    tbody.append(...rows);
    for (const th of this.querySelectorAll<HTMLTableCellElement>('th[data-sort]')) {
      th.setAttribute('aria-sort', th.dataset.sort === sort ? (dir === 'asc' ? 'ascending' : 'descending') : 'none');
    }
    const output = this.querySelector('output');
    // The words come from the page (`data-shown`, the edition's dictionary): `{shown} of {total} crossings shown`.
    if (output) output.textContent = (this.dataset.shown ?? '{shown} / {total}').replace('{shown}', String(shown)).replace('{total}', String(rows.length));
    const { border, mode, restriction } = this.#state;
    const filterIds = border || mode || restriction ? ids : null;
    const changed = filterIds === null || this.filterIds === null ? filterIds !== this.filterIds : filterIds.join() !== this.filterIds.join();
    this.filterIds = filterIds;
    if (changed) document.dispatchEvent(new CustomEvent('atlas:filter', { detail: { ids: filterIds } }));
  }
}

customElements.define('crossing-directory', CrossingDirectory);
