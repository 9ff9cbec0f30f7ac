/**
 * One cartographic spec drives both renderers: for every border view and every scale band, the
 * static SVG placer's candidates (before collisions) and the MapLibre layers' label expressions,
 * evaluated at the zoom of the same density, name the same features. And the relevance rule: a
 * feature on the border outranks a bigger one far away; countries and capitals stay first.
 */
import { createExpression, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildModel } from './atlas-model.ts';
import { LAYER, layers } from '../../src/map/style/layers.ts';
import { palette } from '../../src/map/style/palette.ts';
import { SCALE_BANDS, isCandidate, labelPriority, shortReliefName, zoomForDensity, type ScaledKind } from '../../src/map/style/spec.ts';
import type { MapData } from '../../src/map/map-data.types.ts';
import { staticMapFor } from '../../src/map/svg-map.ts';

const textLayers: Record<ScaledKind, { layer: string; source: 'context' | 'labels' }> = {
  town: { layer: LAYER.townLabels, source: 'context' },
  river: { layer: LAYER.riverLabels, source: 'context' },
  peak: { layer: LAYER.peakLabels, source: 'context' },
  lake: { layer: LAYER.lakeLabels, source: 'labels' },
  area: { layer: LAYER.areaLabels, source: 'labels' },
};

/** Names the live map's layer for a kind would draw at a zoom. */
function liveNames(data: MapData, kind: ScaledKind, zoom: number): string[] {
  const { layer, source } = textLayers[kind];
  const spec = layers('atlas-', palette).find((l) => l.id === layer) as { layout: { 'text-field': ExpressionSpecification } };
  const parsed = createExpression(spec.layout['text-field'], 'text-field', {
    type: 'string',
    expression: { parameters: ['zoom', 'feature'] },
  } as unknown as StylePropertySpecification);
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  const features = (source === 'context' ? data.context.features : data.labels.features).filter((f) => f.properties.kind === kind);
  return features
    .filter((f) => {
      const v = parsed.value.evaluate({ zoom }, { type: 'Point', properties: f.properties as unknown as Record<string, unknown> } as never);
      return v !== '' && v !== null && String(v) !== '';
    })
    .map((f) => String((f.properties as { name: string }).name))
    .sort();
}

/** Names the static placer would request at a density (the spec's rule, as svg-map.ts applies it). */
function staticNames(data: MapData, kind: ScaledKind, density: number): string[] {
  // Like svg-map.ts: point and line names from the context layer, area and lake names from the label anchors.
  const features = (textLayers[kind].source === 'context' ? data.context.features : data.labels.features).filter((f) => f.properties.kind === kind);
  return features
    .filter((f) => {
      const p = f.properties as { kind: ScaledKind; rank: number; capital?: 'country' | 'region' | null; relevance?: 'on' | 'near' };
      return isCandidate({ kind, rank: p.rank, capital: p.capital ?? null, relevance: p.relevance ?? null }, density);
    })
    .map((f) => String((f.properties as { name: string }).name))
    .sort();
}

describe('one spec, two renderers', () => {
  let model: ReturnType<typeof buildModel>;
  beforeAll(() => {
    model = buildModel();
  }, 60_000);

  test('at every scale band both renderers name the same features of every border view', () => {
    for (const view of model.analyses.keys()) {
      const data = model.mapData(view);
      for (const band of SCALE_BANDS) {
        // The middle of the band (the first band from a density of 20).
        const density = band.fromDensity === 0 ? 20 : band.fromDensity * 1.3;
        const zoom = zoomForDensity(density);
        for (const kind of Object.keys(textLayers) as ScaledKind[]) {
          expect(liveNames(data, kind, zoom), `${view} ${kind} at ${density.toFixed(0)} px/°`).toEqual(staticNames(data, kind, density));
        }
      }
    }
  });

  test('a feature on the border outranks a bigger one far away; countries and capitals stay first', () => {
    const far = labelPriority({ kind: 'river', rank: 1 });
    const on = labelPriority({ kind: 'river', rank: 9, relevance: 'on' });
    const near = labelPriority({ kind: 'town', rank: 9, relevance: 'near' });
    expect(on).toBeLessThan(far);
    expect(near).toBeLessThan(labelPriority({ kind: 'town', rank: 1 }));
    expect(labelPriority({ kind: 'country', role: 'neighbour' })).toBeLessThan(on);
    expect(labelPriority({ kind: 'town', rank: 5, capital: 'country' })).toBeLessThan(on);
    expect(isCandidate({ kind: 'river', rank: 10, relevance: 'near' }, 1)).toBe(true);
    expect(isCandidate({ kind: 'river', rank: 10 }, 1)).toBe(false);
  });

  test('every border view marks the features on its line, and names the mountain system the Kyrgyz border runs along', () => {
    for (const view of model.analyses.keys()) {
      const data = model.mapData(view);
      expect(data.context.features.some((f) => f.properties.relevance) || data.labels.features.some((f) => 'relevance' in f.properties), view).toBe(true);
    }
    const kg = model.mapData('kazakhstan-kyrgyzstan');
    const tianShan = kg.labels.features.find((f) => f.properties.name === 'Tian Shan');
    expect(tianShan?.properties.relevance).toBe('on');
  });

  test('the Kyrgyz border map names the Tian Shan, the range the line runs along, in a free place near the line', () => {
    const map = staticMapFor(model.mapData('kazakhstan-kyrgyzstan'));
    expect(map.named.find((n) => n.text === 'Tian Shan')?.rule).toMatch(/^on the border/);
    expect(map.dropped).not.toContain('area-Tian Shan');
  });

  test('the Russia border map names the Altay, where its line meets China: by its short name where the full one finds no room, and no town of that name beside it', () => {
    expect(shortReliefName('Altay Mountains')).toBe('Altay');
    expect(shortReliefName('Tarbagatay Ra.')).toBe('Tarbagatay');
    expect(shortReliefName('Tian Shan')).toBeNull();
    const map = staticMapFor(model.mapData('kazakhstan-russia'));
    expect(map.named.find((n) => n.kind === 'area' && /^Altay/.test(n.text))?.rule).toBe('the data names it as defining the border');
    expect(map.named.filter((n) => n.text === 'Altay')).toHaveLength(1);
  });
});
