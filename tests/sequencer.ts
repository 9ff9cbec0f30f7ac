import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Vitest's order (projects in their group order; within one, failed first, then longest, or largest
 * file when there is no record of a last run), with the page passes moved to the front of the e2e
 * project: they take longest, and started last they would run alone while the other worker idles.
 * A fresh clone has no record of a last run, and the page-pass files are small (the pass lives in
 * tests/e2e/page-pass.ts), so the size rule alone would start them last.
 */
const LONGEST_FIRST = [/\/tests\/e2e\/crossing-pages\.test\.ts$/, /\/tests\/e2e\/pages\.test\.ts$/];

const rank = (spec: TestSpecification): number => {
  const i = LONGEST_FIRST.findIndex((pattern) => pattern.test(spec.moduleId));
  return i === -1 ? LONGEST_FIRST.length : i;
};

export default class AtlasSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    // Projects keep the place Vitest gave them; within a project the listed files go first.
    const projectPlace = new Map<string, number>();
    sorted.forEach((spec, i) => projectPlace.set(spec.project.name, projectPlace.get(spec.project.name) ?? i));
    const key = (spec: TestSpecification, i: number): number[] => [projectPlace.get(spec.project.name)!, rank(spec), i];
    return sorted
      .map((spec, i) => ({ spec, key: key(spec, i) }))
      .sort((a, b) => a.key[0]! - b.key[0]! || a.key[1]! - b.key[1]! || a.key[2]! - b.key[2]!)
      .map(({ spec }) => spec);
  }
}
