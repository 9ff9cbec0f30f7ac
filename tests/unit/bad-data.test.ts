/**
 * Bad data must stop the build with a message naming the file, the record and the field.
 *
 * Each kind of corruption is applied to one record of a fresh copy of the real data
 * (data/*.json, read with readDatasets), and buildAtlas must throw a DataError with a line
 * `data/<file> › <record id> › <field path>: …`. A few of those lines are snapshotted with the
 * record id masked, so the snapshots do not move when the data is edited.
 *
 * These tests need the real data to be valid (reference checks only run on valid data):
 * while data/*.json is incomplete they fail, and the first test says why.
 */
import { mkdtempSync, readdirSync, copyFileSync, writeFileSync, rmSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { buildAtlas } from '../../src/data/build-atlas.ts';
import { readDatasets } from '../../src/data/load.ts';
import { DataError } from '../../src/data/validate.ts';
import type { DatasetName } from '../../src/schemas/index.ts';

/** The real data; ATLAS_DATA_DIR points the tests at another copy. */
const DATA_DIR = process.env.ATLAS_DATA_DIR ?? fileURLToPath(new URL('../../data', import.meta.url));

// Records are edited freely here: the shapes are what the tests corrupt, the schemas check them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- corrupted records have no type
type RawAtlas = Record<DatasetName, any[]>;

/** What a corruption must be reported as. */
interface Expected {
  file: string;
  record: string;
  field: string;
  /** Text the message must also contain. */
  mentions?: string | RegExp;
}

/** A corruption: changes one record of `raw` in place and says how it must be reported. */
interface Corruption {
  name: string;
  corrupt: (raw: RawAtlas) => Expected;
}

const pick = <T>(list: T[] | undefined, what: string, ok: (item: T) => boolean = () => true): T => {
  const found = list?.find(ok);
  if (found === undefined) throw new Error(`the data has no ${what} to corrupt`);
  return found;
};

const firstCrossing = (raw: RawAtlas) => pick(raw.crossings, 'crossing');

const CORRUPTIONS: Corruption[] = [
  {
    name: 'a coordinate written as a string',
    corrupt: (raw) => {
      const c = firstCrossing(raw);
      c.coordinates.lonLat[0] = String(c.coordinates.lonLat[0]);
      return { file: 'data/crossings.json', record: c.id, field: 'coordinates.lonLat.0', mentions: /expected number, received string/ };
    },
  },
  {
    name: 'a missing required field',
    corrupt: (raw) => {
      const c = firstCrossing(raw);
      delete c.border;
      return { file: 'data/crossings.json', record: c.id, field: 'border' };
    },
  },
  {
    name: 'an unknown border reference',
    corrupt: (raw) => {
      const c = firstCrossing(raw);
      c.border = 'kazakhstan-atlantis';
      return { file: 'data/crossings.json', record: c.id, field: 'border', mentions: 'unknown border "kazakhstan-atlantis"' };
    },
  },
  {
    name: 'an unknown settlement reference',
    corrupt: (raw) => {
      const c = firstCrossing(raw);
      c.kazakh.settlement = 'no-such-settlement';
      return { file: 'data/crossings.json', record: c.id, field: 'kazakh.settlement', mentions: 'unknown settlement "no-such-settlement"' };
    },
  },
  {
    name: 'an unknown region reference',
    corrupt: (raw) => {
      const s = pick(raw.settlements, 'settlement');
      s.region = 'kz-no-such-region';
      return { file: 'data/settlements.json', record: s.id, field: 'region', mentions: 'unknown region "kz-no-such-region"' };
    },
  },
  {
    name: 'a duplicate id',
    corrupt: (raw) => {
      const c = firstCrossing(raw);
      raw.crossings.push(structuredClone(c));
      return { file: 'data/crossings.json', record: c.id, field: 'id', mentions: /duplicate id/ };
    },
  },
  {
    name: 'longitude and latitude swapped',
    corrupt: (raw) => {
      // Swapping only leaves the atlas extent where the longitude is above 60° (the eastern half).
      const s = pick(raw.settlements, 'settlement east of 60°E', (x) => typeof x.coordinates?.lonLat?.[0] === 'number' && x.coordinates.lonLat[0] > 60.5);
      s.coordinates.lonLat.reverse();
      return { file: 'data/settlements.json', record: s.id, field: 'coordinates.lonLat', mentions: /swapped/ };
    },
  },
  {
    name: 'an event dated before 1700',
    corrupt: (raw) => {
      const e = pick(raw.events, 'event');
      e.date = '1500';
      return { file: 'data/events.json', record: e.id, field: 'date', mentions: /YYYY/ };
    },
  },
  {
    name: 'an event whose other date cites an unknown source',
    corrupt: (raw) => {
      const e = pick(raw.events, 'event with other dates', (x) => Array.isArray(x.otherDates));
      e.otherDates[0].source = 'no-such-source';
      return { file: 'data/events.json', record: e.id, field: 'otherDates.0.source', mentions: 'no-such-source' };
    },
  },
  {
    name: 'an event with an empty list of other dates',
    corrupt: (raw) => {
      const e = pick(raw.events, 'event');
      e.otherDates = [];
      return { file: 'data/events.json', record: e.id, field: 'otherDates', mentions: 'only when there is one' };
    },
  },
  {
    name: 'a population year out of range',
    corrupt: (raw) => {
      const p = pick(raw.population, 'population record');
      p.year = 1500;
      return { file: 'data/population.json', record: p.id, field: 'year', mentions: 'must be 1700 or later' };
    },
  },
  {
    name: 'a negative border length',
    corrupt: (raw) => {
      const b = pick(raw.borders, 'border with a length', (x) => Array.isArray(x.lengthKm) && x.lengthKm.length > 0);
      b.lengthKm[0].value = -b.lengthKm[0].value;
      return { file: 'data/borders.json', record: b.id, field: 'lengthKm.0.value', mentions: /positive/ };
    },
  },
  {
    name: 'an empty name',
    corrupt: (raw) => {
      const c = firstCrossing(raw);
      c.kazakh.name = '';
      return { file: 'data/crossings.json', record: c.id, field: 'kazakh.name', mentions: 'must not be empty' };
    },
  },
  {
    name: 'an unknown source id',
    corrupt: (raw) => {
      const c = firstCrossing(raw);
      c.sources[0] = 'no-such-source';
      return { file: 'data/crossings.json', record: c.id, field: 'sources.0', mentions: 'unknown source "no-such-source"' };
    },
  },
  {
    name: 'a value outside its enum',
    corrupt: (raw) => {
      const c = firstCrossing(raw);
      c.modes = ['ferry'];
      return { file: 'data/crossings.json', record: c.id, field: 'modes.0' };
    },
  },
  {
    name: 'a region of the wrong country on a crossing side',
    corrupt: (raw) => {
      const c = firstCrossing(raw);
      const foreign = pick(raw.regions, 'region outside Kazakhstan', (r) => r.country !== 'KZ');
      c.kazakh.region = foreign.id;
      return { file: 'data/crossings.json', record: c.id, field: 'kazakh.region', mentions: `"${foreign.id}" is in ${foreign.country}` };
    },
  },
  {
    name: 'an id that is not a lowercase slug',
    corrupt: (raw) => {
      const c = firstCrossing(raw);
      c.id = c.id.toUpperCase();
      return { file: 'data/crossings.json', record: c.id, field: 'id', mentions: /lowercase ASCII slug/ };
    },
  },
  {
    name: 'a file that is not an array',
    corrupt: (raw) => {
      raw.events = { events: raw.events } as never;
      return { file: 'data/events.json', record: '(document)', field: '(record)', mentions: 'must be a JSON array of records' };
    },
  },
  {
    name: 'a settlement whose region is in another country',
    corrupt: (raw) => {
      const s = pick(raw.settlements, 'settlement', (x) => x.country === 'KZ');
      const foreign = pick(raw.regions, 'region outside Kazakhstan', (r) => r.country !== 'KZ');
      s.region = foreign.id;
      return { file: 'data/settlements.json', record: s.id, field: 'region', mentions: `is in ${foreign.country}, but the settlement is in KZ` };
    },
  },
  {
    name: 'a checkpoint listing pointing at an unknown crossing',
    corrupt: (raw) => {
      const l = pick(raw.checkpointListings, 'checkpoint listing');
      l.entries[0].crossing = 'no-such-crossing';
      return { file: 'data/checkpoint-listings.json', record: l.id, field: 'entries.0.crossing', mentions: 'unknown crossing "no-such-crossing"' };
    },
  },
  {
    name: 'a missing dataset file',
    corrupt: (raw) => {
      delete (raw as Partial<RawAtlas>).population;
      return { file: 'data/population.json', record: '(document)', field: '(record)', mentions: 'file is missing' };
    },
  },
];

/** Runs buildAtlas and returns the DataError it throws (failing if it does not throw one). */
function dataError(raw: unknown): DataError {
  try {
    buildAtlas(raw as RawAtlas);
  } catch (error) {
    if (error instanceof DataError) return error;
    throw new Error(`buildAtlas threw something other than a DataError: ${String((error as Error)?.stack ?? error)}`, { cause: error });
  }
  throw new Error('buildAtlas accepted the corrupted data');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function expectReported(error: DataError, { file, record, field, mentions }: Expected): void {
  const prefix = `${file} › ${record} › ${field}: `;
  const line = error.message.split('\n').find((l) => l.includes(prefix));
  expect(line, `no line starting "${prefix}" in:\n${error.message}`).toBeDefined();
  expect(error.message).toMatch(new RegExp(`^  - ${escape(prefix)}`, 'm'));
  expect(error.problems.some((p) => p.file === file && p.record === record && p.field === field)).toBe(true);
  if (mentions !== undefined) expect(line).toMatch(typeof mentions === 'string' ? new RegExp(escape(mentions)) : mentions);
}

let realData: RawAtlas | undefined;
let realDataError: unknown;
try {
  realData = readDatasets(DATA_DIR) as RawAtlas;
} catch (error) {
  realDataError = error;
}
const realCopy = (): RawAtlas => {
  if (realDataError) throw realDataError;
  return structuredClone(realData!);
};

describe('the real data (data/*.json)', () => {
  test('passes validation and every reference resolves', () => {
    const raw = realCopy();
    // A DataError here lists every problem as `file › record › field: message`.
    expect(() => buildAtlas(raw)).not.toThrow();
  });

  for (const { name, corrupt } of CORRUPTIONS) {
    test(`with ${name}: DataError names the file, record and field`, () => {
      const raw = realCopy();
      const expected = corrupt(raw);
      expectReported(dataError(raw), expected);
    });
  }
});

/** The problem line a corruption produced, with the record id masked: what the snapshots hold. */
function reportedLine(name: string): string {
  const corruption = CORRUPTIONS.find((c) => c.name === name);
  if (!corruption) throw new Error(`no corruption named ${name}`);
  const raw = realCopy();
  const expected = corruption.corrupt(raw);
  const error = dataError(raw);
  expectReported(error, expected);
  const prefix = `${expected.file} › ${expected.record} › ${expected.field}: `;
  const line = error.message.split('\n').find((l) => l.includes(prefix))!;
  return line.trim().replace(` › ${expected.record} › `, ' › <record> › ');
}

// Snapshots of full problem lines (style rule: snapshot schema error messages).
describe('error messages', () => {
  test('a coordinate written as a string', () => {
    expect(reportedLine('a coordinate written as a string')).toMatchInlineSnapshot(
      `"- data/crossings.json › <record> › coordinates.lonLat.0: Invalid input: expected number, received string"`,
    );
  });

  test('a value outside its enum', () => {
    expect(reportedLine('a value outside its enum')).toMatchInlineSnapshot(
      `"- data/crossings.json › <record> › modes.0: Invalid option: expected one of "road"|"rail"|"pedestrian"|"hiking""`,
    );
  });

  test('an empty name', () => {
    expect(reportedLine('an empty name')).toMatchInlineSnapshot(`"- data/crossings.json › <record> › kazakh.name: must not be empty"`);
  });

  test('an unknown source id', () => {
    expect(reportedLine('an unknown source id')).toMatchInlineSnapshot(`"- data/crossings.json › <record> › sources.0: unknown source "no-such-source""`);
  });

  test('a file that is not an array', () => {
    expect(reportedLine('a file that is not an array')).toMatchInlineSnapshot(`"- data/events.json › <record> › (record): must be a JSON array of records"`);
  });

  test('the whole message: a heading, then one problem per line', () => {
    const raw = realCopy();
    const c = firstCrossing(raw);
    c.coordinates.lonLat[0] = String(c.coordinates.lonLat[0]);
    c.modes = ['ferry'];
    const message = dataError(raw).message.replaceAll(` › ${c.id} › `, ' › <record> › ');
    expect(message).toMatchInlineSnapshot(`
      "2 problems in the atlas data:
        - data/crossings.json › <record> › modes.0: Invalid option: expected one of "road"|"rail"|"pedestrian"|"hiking"
        - data/crossings.json › <record> › coordinates.lonLat.0: Invalid input: expected number, received string"
    `);
  });
});

describe('readDatasets', () => {
  test('names the file that is not valid JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-bad-json-'));
    try {
      if (existsSync(DATA_DIR)) {
        for (const name of readdirSync(DATA_DIR)) if (name.endsWith('.json')) copyFileSync(join(DATA_DIR, name), join(dir, name));
      } else mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'crossings.json'), '[{"id": "broken",, }]\n');
      let thrown: unknown;
      try {
        readDatasets(dir);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(DataError);
      expectReported(thrown as DataError, { file: 'data/crossings.json', record: '(document)', field: '(record)', mentions: 'not valid JSON' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('leaves a missing file for buildAtlas to report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-empty-'));
    try {
      const error = dataError(readDatasets(dir));
      expect(error.problems.map((p) => `${p.file}: ${p.message}`)).toContain('data/crossings.json: file is missing');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
