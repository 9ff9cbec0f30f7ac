import type { z } from 'zod';

/** One thing wrong with a dataset: where it is and what is wrong. */
export interface Problem {
  /** Dataset file relative to the project (`data/crossings.json`) or a component name. */
  file: string;
  /** Id of the record, or `#<index>` when it has no usable id, or `(document)`. */
  record: string;
  /** Dotted path of the field inside the record (`coordinates.lonLat.0`), or `(record)`. */
  field: string;
  message: string;
}

export const formatProblem = (p: Problem): string => `${p.file} › ${p.record} › ${p.field}: ${p.message}`;

/** Thrown when data does not pass; its message lists every problem, one per line. */
export class DataError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    const head = `${problems.length} problem${problems.length === 1 ? '' : 's'} in the atlas data:`;
    super([head, ...problems.map((p) => `  - ${formatProblem(p)}`)].join('\n'));
    this.name = 'DataError';
    this.problems = problems;
  }
}

const recordLabel = (value: unknown, index: number): string => {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id.trim() !== '' ? id : `#${index}`;
};

const fieldPath = (path: readonly PropertyKey[]): string => (path.length === 0 ? '(record)' : path.map(String).join('.'));

const issueProblems = (
  file: string,
  issues: readonly z.core.$ZodIssue[],
  locate: (path: readonly PropertyKey[]) => [string, readonly PropertyKey[]],
): Problem[] =>
  issues.map((issue) => {
    const [record, rest] = locate(issue.path);
    return { file, record, field: fieldPath(rest), message: issue.message };
  });

/**
 * Validates a list dataset record by record. Every record needs a unique `id`.
 * Returns the parsed records or throws a DataError naming file, record and field.
 */
export function parseList<S extends z.ZodType>(file: string, schema: S, raw: unknown): z.infer<S>[] {
  if (!Array.isArray(raw)) {
    throw new DataError([{ file, record: '(document)', field: '(record)', message: 'must be a JSON array of records' }]);
  }
  const problems: Problem[] = [];
  const parsed: z.infer<S>[] = [];
  const seen = new Map<string, number>();
  raw.forEach((value, index) => {
    const record = recordLabel(value, index);
    const result = schema.safeParse(value);
    if (result.success) parsed.push(result.data);
    else problems.push(...issueProblems(file, result.error.issues, (path) => [record, path]));
    if (!record.startsWith('#')) {
      const first = seen.get(record);
      if (first === undefined) seen.set(record, index);
      else problems.push({ file, record, field: 'id', message: `duplicate id: records #${first} and #${index} share it` });
    }
  });
  if (problems.length > 0) throw new DataError(problems);
  return parsed;
}

/**
 * Validates a dataset that is one document (an object with nested lists).
 * The record named in a problem is the innermost object on the path that has an `id`.
 */
export function parseDocument<S extends z.ZodType>(file: string, schema: S, raw: unknown): z.infer<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const locate = (path: readonly PropertyKey[]): [string, readonly PropertyKey[]] => {
    let node: unknown = raw;
    let record = '(document)';
    let from = 0;
    path.forEach((key, i) => {
      node = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
      const id = (node as { id?: unknown } | undefined)?.id;
      if (typeof id === 'string' && i < path.length - 1) {
        record = id;
        from = i + 1;
      }
    });
    return [record, path.slice(from)];
  };
  throw new DataError(issueProblems(file, result.error.issues, locate));
}

/**
 * Validates a component's props with the same messages as the datasets. In MDX prose, `mdxFile`
 * (the page sets `Astro.locals.mdxFile`) is the file named: `content/borders/x.mdx › <Fact> › field: …`.
 */
export function parseProps<S extends z.ZodType>(component: string, schema: S, props: unknown, mdxFile?: string): z.infer<S> {
  const result = schema.safeParse(props);
  if (result.success) return result.data;
  const [file, record] = mdxFile === undefined ? [`component <${component}>`, '(document)'] : [mdxFile, `<${component}>`];
  throw new DataError(issueProblems(file, result.error.issues, (path) => [record, path]));
}
