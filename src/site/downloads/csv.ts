/**
 * CSV downloads (RFC 4180): the same fields as the GeoJSON, lists joined as text.
 */
import { type CsvDownload, type DownloadInput } from './common.ts';
import { type AliasOut, CROSSING_FIELDS, type Context, type Field, type PropertyValue, SETTLEMENT_FIELDS, context } from './fields.ts';

/** One RFC 4180 field: quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const isAlias = (v: unknown): v is AliasOut => typeof v === 'object' && v !== null && 'name' in v && 'script' in v;

/** A property value as CSV text: lists joined with `; `, aliases as `name (script)`, null empty. */
function csvValue(value: PropertyValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value;
  return value.map((v) => (typeof v === 'string' ? v : isAlias(v) ? `${v.name} (${v.script})` : JSON.stringify(v))).join('; ');
}

export function csv<R>(fields: readonly Field<R>[], records: readonly R[], ctx: Context): string {
  const columns = fields.filter((f) => f.only !== 'geojson');
  const lines = [columns.map((f) => csvField(f.name)), ...records.map((r) => columns.map((f) => csvField(csvValue(f.value(r, ctx)))))];
  // RFC 4180: CRLF after every record, the last one included.
  return lines.map((cells) => `${cells.join(',')}\r\n`).join('');
}

/** One dataset as RFC 4180 CSV (UTF-8, header row, one row per record). */
export function csvText(name: CsvDownload, input: DownloadInput): string {
  const x = context(input);
  return name === 'crossings' ? csv(CROSSING_FIELDS, input.atlas.crossings, x) : csv(SETTLEMENT_FIELDS, input.atlas.settlements, x);
}
