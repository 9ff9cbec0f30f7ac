import type { Crossing } from '../schemas/index.ts';

export interface CrossingCounts {
  byBorder: Record<string, number>;
  byMode: Record<string, number>;
  byRestriction: Record<string, number>;
}

/** Counts of crossings per border, per mode and per restriction (a crossing counts once under each of its modes). */
export function crossingCounts(crossings: readonly Crossing[]): CrossingCounts {
  const counts: CrossingCounts = { byBorder: {}, byMode: {}, byRestriction: {} };
  const bump = (table: Record<string, number>, key: string) => {
    table[key] = (table[key] ?? 0) + 1;
  };
  for (const c of crossings) {
    bump(counts.byBorder, c.border);
    c.modes.forEach((m) => bump(counts.byMode, m));
    c.restrictions.forEach((r) => bump(counts.byRestriction, r));
  }
  return counts;
}

/** Filter state of the directory, as kept in the URL's query string. */
export interface DirectoryState {
  border: string;
  mode: string;
  restriction: string;
  sort: string;
  dir: 'asc' | 'desc';
}

export const DEFAULT_STATE: DirectoryState = { border: '', mode: '', restriction: '', sort: 'border', dir: 'asc' };

export function parseDirectoryState(search: string): DirectoryState {
  const params = new URLSearchParams(search);
  const dir = params.get('dir') === 'desc' ? 'desc' : 'asc';
  return {
    border: params.get('border') ?? '',
    mode: params.get('mode') ?? '',
    restriction: params.get('restriction') ?? '',
    sort: params.get('sort') ?? DEFAULT_STATE.sort,
    dir,
  };
}

/** Query string for a state, leaving out defaults so the plain URL stays plain. */
export function directoryQuery(state: DirectoryState): string {
  const params = new URLSearchParams();
  for (const key of ['border', 'mode', 'restriction', 'sort', 'dir'] as const) {
    if (state[key] !== DEFAULT_STATE[key]) params.set(key, state[key]);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Whether a row with these attributes passes the filters. */
export function rowMatches(state: DirectoryState, row: { border: string; modes: readonly string[]; restrictions: readonly string[] }): boolean {
  return (
    (state.border === '' || row.border === state.border) &&
    (state.mode === '' || row.modes.includes(state.mode)) &&
    (state.restriction === '' || row.restrictions.includes(state.restriction))
  );
}
