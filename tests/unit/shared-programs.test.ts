/**
 * One WebGL program per layer type (src/map/style/shared-programs.ts): the style's layers of a
 * type give each paint property in the same form, the values they draw are unchanged, and the
 * defaults the file relies on are the style spec's.
 */
import { createPropertyExpression, latest, type LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, test } from 'vitest';
import { layers, onSharedSource, style } from '../../src/map/style/layers.ts';
import { darkPalette, palette } from '../../src/map/style/palette.ts';
import { PROGRAM_PROPERTIES, sharePrograms, valueKind } from '../../src/map/style/shared-programs.ts';

type Paint = Record<string, unknown>;
const paintOf = (l: LayerSpecification): Paint => ((l as { paint?: Paint }).paint ?? {}) as Paint;

/** What MapLibre's program key records for a property: u (uniform), a (attribute) or z (zoomed attribute). */
function keyPart(type: string, property: string, value: unknown): string {
  const spec = (latest as unknown as Record<string, Record<string, unknown>>)[`paint_${type}`]![property];
  if (value === undefined) return 'u';
  const parsed = createPropertyExpression(value, property, spec as never);
  if (parsed.result !== 'success') throw new Error(`${property}: ${JSON.stringify(parsed.value)}`);
  const kind = (parsed.value as { kind: string }).kind;
  return kind === 'composite' ? 'z' : kind === 'source' ? 'a' : 'u';
}

const programKey = (l: LayerSpecification) =>
  Object.keys(PROGRAM_PROPERTIES[l.type as keyof typeof PROGRAM_PROPERTIES])
    // Left out, fill-outline-color is the fill colour (bound the same way).
    .map((p) => `${p}:${keyPart(l.type, p, paintOf(l)[p] ?? (p === 'fill-outline-color' ? paintOf(l)['fill-color'] : undefined))}`)
    .join(' ');

describe('shared programs', () => {
  test.each([
    ['light', palette],
    ['dark', darkPalette],
  ] as const)('every layer of a type compiles to the same program (%s palette)', (_name, p) => {
    const byType = new Map<string, Set<string>>();
    for (const l of style(p).layers) {
      if (!(l.type in PROGRAM_PROPERTIES)) continue;
      byType.set(l.type, (byType.get(l.type) ?? new Set()).add(programKey(l)));
    }
    expect([...byType.keys()].sort()).toEqual(['circle', 'fill', 'line', 'symbol']);
    for (const [type, keys] of byType) expect([...keys], type).toHaveLength(1);
    // Without sharing, the same layers would need several programs: the test can tell.
    const unshared = onSharedSource(layers('atlas-', p)).filter((l) => l.type === 'circle');
    expect(new Set(unshared.map(programKey)).size).toBeGreaterThan(1);
  });

  test('valueKind agrees with the style spec on every paint value of the style', () => {
    const toSpec = { constant: 'u', zoom: 'u', feature: 'a', 'feature-and-zoom': 'z' } as const;
    for (const l of layers('atlas-', palette)) {
      if (!(l.type in PROGRAM_PROPERTIES)) continue;
      for (const [property, value] of Object.entries(paintOf(l))) {
        if (!(property in PROGRAM_PROPERTIES[l.type as keyof typeof PROGRAM_PROPERTIES])) continue;
        expect(toSpec[valueKind(value)], `${l.id} ${property}`).toBe(keyPart(l.type, property, value));
      }
    }
  });

  test('the defaults are the style spec’s', () => {
    for (const [type, properties] of Object.entries(PROGRAM_PROPERTIES)) {
      for (const [property, fallback] of Object.entries(properties)) {
        const spec = (latest as unknown as Record<string, Record<string, { default?: unknown; 'property-type': string }>>)[`paint_${type}`]![property]!;
        expect(spec['property-type'], `${property} is data-driven`).toBe('data-driven');
        expect(spec.default ?? null, property).toEqual(fallback === 'rgba(0, 0, 0, 0)' ? 'rgba(0, 0, 0, 0)' : fallback);
      }
    }
  });

  test('a restated value draws the same for every feature and zoom', () => {
    const list: LayerSpecification[] = [
      { id: 'a', type: 'circle', source: 's', paint: { 'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, 2, 8, 6], 'circle-color': '#123456' } },
      { id: 'b', type: 'circle', source: 's', paint: { 'circle-radius': ['get', 'r'], 'circle-color': ['get', 'c'] } },
    ];
    const [a] = sharePrograms(list);
    const evaluate = (property: string, value: unknown, zoom: number, properties: Record<string, unknown>) => {
      const spec = (latest as unknown as Record<string, Record<string, unknown>>)['paint_circle']![property];
      const parsed = createPropertyExpression(value, property, spec as never);
      if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
      return (parsed.value as { evaluate(g: unknown, f: unknown): unknown }).evaluate({ zoom }, { type: 1, properties });
    };
    for (const zoom of [3, 5.5, 8])
      for (const properties of [{}, { r: 9, c: '#ff0000' }]) {
        expect(evaluate('circle-radius', paintOf(a!)['circle-radius'], zoom, properties)).toBeCloseTo(2 + ((6 - 2) * (zoom - 3)) / 5, 6);
        expect(String(evaluate('circle-color', paintOf(a!)['circle-color'], zoom, properties))).toBe(String(evaluate('circle-color', '#123456', zoom, {})));
      }
  });
});
