import { DATASETS, type Atlas, type DatasetName } from '../schemas/index.ts';
import { atlasCountries } from './borders.ts';
import { walkCitations } from './references.ts';
import { DataError, parseDocument, parseList, type Problem } from './validate.ts';

/** Path of a dataset file as messages name it. */
export const datasetPath = (name: DatasetName): string => `data/${DATASETS[name].file}`;

/**
 * Validates raw dataset contents (file name → parsed JSON) and every reference between them.
 * Pure: the caller reads the files. Throws a DataError listing every problem found.
 */
export function buildAtlas(raw: Partial<Record<DatasetName, unknown>>): Atlas {
  const problems: Problem[] = [];
  const atlas: Partial<Record<DatasetName, unknown>> = {};
  for (const name of Object.keys(DATASETS) as DatasetName[]) {
    const { shape, schema } = DATASETS[name];
    const file = datasetPath(name);
    if (!(name in raw)) {
      problems.push({ file, record: '(document)', field: '(record)', message: 'file is missing' });
      continue;
    }
    try {
      atlas[name] = shape === 'list' ? parseList(file, schema, raw[name]) : parseDocument(file, schema, raw[name]);
    } catch (error) {
      if (error instanceof DataError) problems.push(...error.problems);
      else throw error;
    }
  }
  if (problems.length > 0) throw new DataError(problems);
  const complete = atlas as Atlas;
  const referenceProblems = checkReferences(complete);
  if (referenceProblems.length > 0) throw new DataError(referenceProblems);
  return complete;
}

type Ref = { file: string; record: string; field: string };

/** Every cross-reference in the atlas resolves, and sides and countries agree. */
export function checkReferences(atlas: Atlas): Problem[] {
  const problems: Problem[] = [];
  const ids = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((r) => [r.id, r]));
  const sources = ids(atlas.sources);
  const borders = ids(atlas.borders);
  const regions = ids(atlas.regions);
  const settlements = ids(atlas.settlements);
  const crossings = ids(atlas.crossings);

  const expect = <T>(table: Map<string, T>, kind: string, at: Ref, id: string | undefined): T | undefined => {
    if (id === undefined) return undefined;
    const found = table.get(id);
    if (found === undefined) problems.push({ ...at, message: `unknown ${kind} "${id}"` });
    return found;
  };

  // Sources are cited all over; walk every record for `source` and `sources` keys.
  for (const name of Object.keys(DATASETS) as DatasetName[]) {
    const file = datasetPath(name);
    const data: unknown = atlas[name];
    const records: unknown[] = Array.isArray(data) ? data : [data];
    records.forEach((record, index) => {
      const label = (record as { id?: string }).id ?? (Array.isArray(data) ? `#${index}` : '(document)');
      walkCitations(record, [], (path, id) => expect(sources, 'source', { file, record: label, field: path.join('.') }, id));
    });
  }

  const file = datasetPath;
  // The registry says which countries the atlas covers: Kazakhstan and each border's neighbour.
  const countries = new Set(atlasCountries(atlas.borders));
  const covered = (at: Ref, code: string) => {
    if (!countries.has(code)) problems.push({ ...at, message: `"${code}" is neither Kazakhstan nor a neighbour in ${file('borders')}` });
  };
  for (const b of atlas.borders) {
    b.tripoints.forEach((t, i) => covered({ file: file('borders'), record: b.id, field: `tripoints.${i}.country` }, t.country));
    b.keyDistances.forEach((d, i) =>
      expect(settlements, 'settlement', { file: file('borders'), record: b.id, field: `keyDistances.${i}.settlement` }, d.settlement),
    );
  }
  for (const r of atlas.regions) {
    covered({ file: file('regions'), record: r.id, field: 'country' }, r.country);
    r.borders.forEach((id, i) => expect(borders, 'border', { file: file('regions'), record: r.id, field: `borders.${i}` }, id));
    const from = expect(regions, 'region', { file: file('regions'), record: r.id, field: 'formed.from' }, r.formed?.from);
    if (from && from.country !== r.country) {
      problems.push({ file: file('regions'), record: r.id, field: 'formed.from', message: `region "${from.id}" is in ${from.country}, not ${r.country}` });
    }
  }
  for (const s of atlas.settlements) {
    covered({ file: file('settlements'), record: s.id, field: 'country' }, s.country);
    s.borders.forEach((id, i) => expect(borders, 'border', { file: file('settlements'), record: s.id, field: `borders.${i}` }, id));
    const region = expect(regions, 'region', { file: file('settlements'), record: s.id, field: 'region' }, s.region);
    if (region && region.country !== s.country) {
      problems.push({
        file: file('settlements'),
        record: s.id,
        field: 'region',
        message: `region "${region.id}" is in ${region.country}, but the settlement is in ${s.country}`,
      });
    }
  }
  for (const c of atlas.crossings) {
    const at = (field: string): Ref => ({ file: file('crossings'), record: c.id, field });
    const border = expect(borders, 'border', at('border'), c.border);
    const sides = [
      ['kazakh', c.kazakh, 'KZ'],
      ['neighbour', c.neighbour, border?.neighbour],
    ] as const;
    for (const [key, side, country] of sides) {
      const settlement = expect(settlements, 'settlement', at(`${key}.settlement`), side.settlement);
      const region = expect(regions, 'region', at(`${key}.region`), side.region);
      for (const [what, place] of [
        ['settlement', settlement],
        ['region', region],
      ] as const) {
        if (place && country && place.country !== country) {
          problems.push({ ...at(`${key}.${what}`), message: `"${place.id}" is in ${place.country}; the ${key} side of ${c.border} is in ${country}` });
        }
      }
    }
  }
  for (const e of atlas.events) {
    e.borders.forEach((id, i) => expect(borders, 'border', { file: file('events'), record: e.id, field: `borders.${i}` }, id));
  }
  for (const l of atlas.checkpointListings) {
    const at = (field: string): Ref => ({ file: file('checkpointListings'), record: l.id, field });
    expect(borders, 'border', at('border'), l.border);
    l.entries.forEach((entry, i) => {
      expect(regions, 'region', at(`entries.${i}.region`), entry.region);
      const crossing = expect(crossings, 'crossing', at(`entries.${i}.crossing`), entry.crossing);
      if (crossing && crossing.border !== l.border) {
        problems.push({ ...at(`entries.${i}.crossing`), message: `crossing "${crossing.id}" is on ${crossing.border}, not ${l.border}` });
      }
    });
  }
  {
    const m = atlas.migrationStudy;
    const at = (field: string): Ref => ({ file: file('migrationStudy'), record: '(document)', field });
    expect(borders, 'border', at('border'), m.border);
    m.studyArea.sections.forEach((s, i) => {
      const region = expect(regions, 'region', at(`studyArea.sections.${i}.region`), s.region);
      if (region && region.country !== 'RU') {
        problems.push({
          ...at(`studyArea.sections.${i}.region`),
          message: `region "${region.id}" is in ${region.country}; the study's sections are Russian oblasts`,
        });
      }
      s.sites.forEach((id, j) => expect(settlements, 'settlement', at(`studyArea.sections.${i}.sites.${j}`), id));
    });
    m.method.surveys.forEach((s, i) => s.settlements.forEach((id, j) => expect(settlements, 'settlement', at(`method.surveys.${i}.settlements.${j}`), id)));
    m.routes.forEach((r, i) => {
      expect(regions, 'region', at(`routes.${i}.region`), r.region);
      expect(settlements, 'settlement', at(`routes.${i}.settlement`), r.settlement);
      const crossing = expect(crossings, 'crossing', at(`routes.${i}.crossing`), r.crossing);
      if (crossing && crossing.border !== m.border) {
        problems.push({ ...at(`routes.${i}.crossing`), message: `crossing "${crossing.id}" is on ${crossing.border}, not ${m.border}` });
      }
    });
  }
  atlas.transnationalIssues.topics.forEach((t, i) =>
    t.cells.forEach((c, j) => {
      const items = [...c.items, ...(c.tierRating?.reasons ?? [])];
      items.forEach((item) =>
        item.borders.forEach((id, k) =>
          expect(borders, 'border', { file: file('transnationalIssues'), record: item.id, field: `topics.${i}.cells.${j}.borders.${k}` }, id),
        ),
      );
    }),
  );
  return problems;
}
