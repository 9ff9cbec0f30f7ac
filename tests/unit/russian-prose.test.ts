/**
 * The Russian edition's prose: every English page in content/ has a Russian twin at the same path
 * under content/ru/, written in its own words but rendering the same data. The twin must call the
 * same components with the same data props in the same order (a reader-text prop such as a
 * figure group's `label` is translated, so only its presence is compared), keep every citation
 * (`<Cite source>` ids, as a multiset: a sentence may move in translation), keep the outline (the
 * sequence of heading levels) and the frontmatter keys, with the same `border`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const CONTENT = 'content';
const RUSSIAN = join(CONTENT, 'ru');
/** Props that hold reader text: translated, so compared by presence only. */
const TEXT_PROPS = new Set(['label']);

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return path === RUSSIAN ? [] : mdxFiles(path);
    return e.name.endsWith('.mdx') ? [path] : [];
  });
}

interface Outline {
  frontmatter: Record<string, string>;
  /** Component calls other than `<Cite>`, in reading order, each as `Name key=value …`. */
  components: string[];
  /** Every `<Cite>`'s source prop, sorted. */
  cites: string[];
  /** Heading levels in order (`## … ###` → [2, 3]). */
  headings: number[];
}

function normalizeValue(raw: string): string {
  return raw.replace(/'/g, '"').replace(/\s+/g, '');
}

/** What a page renders from data, independent of its language. */
export function outline(text: string): Outline {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error('no frontmatter');
  const frontmatter = Object.fromEntries(
    match[1]!.split('\n').map((line) => {
      const colon = line.indexOf(':');
      const value = line.slice(colon + 1).trim();
      // A plain YAML scalar cannot hold ": " or " #"; the build would stop on it.
      if (/: | #/.test(value) && !/^["']/.test(value)) throw new Error(`frontmatter: "${line}" is not a plain YAML value`);
      return [line.slice(0, colon).trim(), value];
    }),
  );
  const body = text.slice(match[0].length);
  const components: string[] = [];
  const cites: string[] = [];
  for (const call of body.matchAll(/<([A-Z][A-Za-z]*)\b([^>]*?)\/?>/g)) {
    const props = [...call[2]!.matchAll(/([A-Za-z]+)(?:=("[^"]*"|\{[\s\S]*?\}))?/g)].map(([, key, value]) =>
      value === undefined ? key! : TEXT_PROPS.has(key!) ? `${key}=…` : `${key}=${normalizeValue(value)}`,
    );
    if (call[1] === 'Cite') cites.push(props.join(' '));
    else components.push([call[1], ...props].join(' '));
  }
  const headings = [...body.matchAll(/^(#{1,6}) /gm)].map((h) => h[1]!.length);
  return { frontmatter, components, cites: cites.sort(), headings };
}

/** The ways a twin departs from its English page; empty when it renders the same data. */
export function twinProblems(english: string, russian: string): string[] {
  const en = outline(english);
  const ru = outline(russian);
  const problems: string[] = [];
  const keys = (o: Outline) => Object.keys(o.frontmatter).sort().join(', ');
  if (keys(en) !== keys(ru)) problems.push(`frontmatter keys ${keys(ru)}, English has ${keys(en)}`);
  if (en.frontmatter.border !== ru.frontmatter.border) problems.push(`border "${ru.frontmatter.border}", English has "${en.frontmatter.border}"`);
  const description = ru.frontmatter.description ?? '';
  if (description.length < 20 || description.length > 200) problems.push(`description is ${description.length} characters (20–200)`);
  if (!/[а-яё]/i.test(`${ru.frontmatter.title}${description}`)) problems.push('title and description are not in Russian');
  const diff = (label: string, a: readonly unknown[], b: readonly unknown[]) => {
    if (JSON.stringify(a) !== JSON.stringify(b)) problems.push(`${label} differ:\n    English: ${JSON.stringify(a)}\n    Russian: ${JSON.stringify(b)}`);
  };
  diff('component calls', en.components, ru.components);
  diff('citations', en.cites, ru.cites);
  diff('heading levels', en.headings, ru.headings);
  return problems;
}

const english = mdxFiles(CONTENT).map((f) => relative(CONTENT, f));
const russian = mdxFiles(RUSSIAN).map((f) => relative(RUSSIAN, f));

describe('the Russian prose', () => {
  test('every English page has a Russian twin and every twin an English page', () => {
    expect(english.length).toBeGreaterThan(0);
    expect(russian.sort()).toEqual(english.sort());
  });

  test.each(english)('content/ru/%s renders the same data as content/%s', (file) => {
    const problems = twinProblems(readFileSync(join(CONTENT, file), 'utf8'), readFileSync(join(RUSSIAN, file), 'utf8'));
    expect(problems, `content/ru/${file}:\n  - ${problems.join('\n  - ')}`).toEqual([]);
  });

  test('a twin that drops a citation, changes a prop or loses a heading is caught', () => {
    const en = [
      '---',
      'title: A border',
      'description: A description that is long enough.',
      'border: kazakhstan-russia',
      '---',
      '',
      '## Overview',
      '',
      'Long.<Cite source="a" /> Old.<Cite source={["b", "c"]} />',
      '',
      "<StudyFigures label=\"At a glance\" ids={['x', 'y']} />",
      '',
    ].join('\n');
    const ru = en
      .replace('title: A border', 'title: Граница')
      .replace('description: A description that is long enough.', 'description: Описание достаточной длины.')
      .replace('Long.', 'Длинная.')
      .replace('Old.', 'Давняя.')
      .replace('"At a glance"', '"Коротко"');
    expect(twinProblems(en, ru)).toEqual([]);
    expect(twinProblems(en, ru.replace('<Cite source="a" />', ''))).toEqual([expect.stringMatching(/^citations differ/)]);
    expect(twinProblems(en, ru.replace("'y'", "'z'"))).toHaveLength(1);
    expect(() => twinProblems(en, ru.replace('Описание достаточной', 'Описание: достаточной'))).toThrow('is not a plain YAML value');
    expect(twinProblems(en, ru.replace('## Overview', 'Обзор'))).toEqual([expect.stringMatching(/^heading levels differ/)]);
    expect(twinProblems(en, ru.replace('border: kazakhstan-russia', 'border: kazakhstan-china'))).toEqual([
      'border "kazakhstan-china", English has "kazakhstan-russia"',
    ]);
  });
});
