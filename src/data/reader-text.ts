import type { z } from 'zod';
import { readerTextSchemas } from '../schemas/common.ts';

/** One string of reader text inside a record, where it is and how to replace it. */
export interface ReaderTextSlot {
  /** Dotted path inside the record (`status.2025-04-02@kt-kz.summary`, `facts.0.value`). */
  field: string;
  text: string;
  /** Puts another string in its place (on the value the walk was given). */
  replace(text: string): void;
}

interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  items?: z.ZodType[];
  valueType?: z.ZodType;
}

const defOf = (schema: z.ZodType): SchemaDef => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;

/**
 * How an array element is named in a path: by its `id`, or by date and source (status readings,
 * which have neither id nor a stable index: new readings go first), or by its index.
 */
function segmentFor(element: unknown, index: number): string {
  if (typeof element === 'object' && element !== null) {
    const record = element as Record<string, unknown>;
    if (typeof record.id === 'string') return record.id;
    if (typeof record.date === 'string' && typeof record.source === 'string') return `${record.date}@${record.source}`;
  }
  return String(index);
}

/**
 * Every string of reader text in `value`, found through its schema: the strings whose schema is
 * registered in `readerTextSchemas` (the `Text` schema). `value` must already have passed `schema`.
 */
export function readerTextSlots(schema: z.ZodType, value: unknown): ReaderTextSlot[] {
  const slots: ReaderTextSlot[] = [];
  const walk = (s: z.ZodType, v: unknown, path: string[], put: (text: string) => void): void => {
    if (v === undefined || v === null) return;
    if (readerTextSchemas.has(s)) {
      if (typeof v === 'string') slots.push({ field: path.join('.'), text: v, replace: put });
      return;
    }
    const def = defOf(s);
    switch (def.type) {
      case 'optional':
      case 'nullable':
      case 'default':
      case 'prefault':
      case 'readonly':
      case 'nonoptional':
      case 'catch':
        return walk(def.innerType!, v, path, put);
      case 'pipe':
        return walk(def.in!, v, path, put);
      case 'object': {
        const record = v as Record<string, unknown>;
        for (const [key, child] of Object.entries(def.shape!)) {
          walk(child, record[key], [...path, key], (text) => void (record[key] = text));
        }
        return;
      }
      case 'array': {
        const list = v as unknown[];
        list.forEach((element, i) => walk(def.element!, element, [...path, segmentFor(element, i)], (text) => void (list[i] = text)));
        return;
      }
      case 'tuple': {
        const list = v as unknown[];
        def.items!.forEach((item, i) => walk(item, list[i], [...path, String(i)], (text) => void (list[i] = text)));
        return;
      }
      case 'record': {
        const record = v as Record<string, unknown>;
        for (const key of Object.keys(record)) walk(def.valueType!, record[key], [...path, key], (text) => void (record[key] = text));
        return;
      }
      case 'union': {
        // The first option the value satisfies is the one it was parsed with.
        const option = def.options!.find((o) => o.safeParse(v).success);
        if (option) walk(option, v, path, put);
        return;
      }
      default:
        return;
    }
  };
  walk(schema, value, [], () => {
    throw new Error('a dataset cannot be a bare string');
  });
  return slots;
}
