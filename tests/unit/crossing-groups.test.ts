/**
 * Grouping of crossing markers on the interactive map (src/client/crossing-groups.ts): no two
 * buttons overlap at any zoom, every crossing is in exactly one button, groups split as the map
 * zooms in, and the first-view zoom matches MapLibre's fitBounds.
 */
import { describe, expect, test } from 'vitest';
import { clusterCrossings, fitZoom, fromMercator, mercator } from '../../src/client/crossing-groups.ts';
import { loadAtlas } from '../../src/data/load.ts';

const GAP = 26;
const px = (at: readonly [number, number], zoom: number) => mercator(at).map((v) => v * 2 ** zoom) as [number, number];

/** Pairs of buttons (24 px squares centred on their points) that overlap. */
function overlaps(groups: { members: string[]; at: [number, number] }[], zoom: number): string[] {
  const found: string[] = [];
  for (const [i, a] of groups.entries()) {
    for (const b of groups.slice(i + 1)) {
      const [ax, ay] = px(a.at, zoom);
      const [bx, by] = px(b.at, zoom);
      if (Math.abs(ax - bx) < 24 && Math.abs(ay - by) < 24) found.push(`${a.members.join('+')} × ${b.members.join('+')}`);
    }
  }
  return found;
}

describe('crossing groups', () => {
  test('Mercator round trip', () => {
    for (const at of [
      [76.9, 43.2],
      [-20, -60],
      [0, 0],
      [179, 80],
    ] as [number, number][]) {
      const [lng, lat] = fromMercator(mercator(at));
      expect(lng).toBeCloseTo(at[0], 9);
      expect(lat).toBeCloseTo(at[1], 9);
    }
  });

  test('two points 10 px apart group; 30 px apart do not; a chain merges until nothing overlaps', () => {
    const zoom = 5;
    const at = (dx: number): [number, number] => fromMercator([(mercator([70, 45])[0] * 2 ** zoom + dx) / 2 ** zoom, mercator([70, 45])[1]]);
    expect(
      clusterCrossings(
        [
          { id: 'a', at: at(0) },
          { id: 'b', at: at(10) },
        ],
        zoom,
        GAP,
      ).map((g) => g.members),
    ).toEqual([['a', 'b']]);
    expect(
      clusterCrossings(
        [
          { id: 'a', at: at(0) },
          { id: 'b', at: at(30) },
        ],
        zoom,
        GAP,
      ).map((g) => g.members),
    ).toEqual([['a'], ['b']]);
    // a–b and b–c are close, a–c are not: one group of three, not two overlapping ones.
    const chain = clusterCrossings(
      [
        { id: 'c', at: at(40) },
        { id: 'a', at: at(0) },
        { id: 'b', at: at(20) },
      ],
      zoom,
      GAP,
    );
    expect(overlaps(chain, zoom)).toEqual([]);
    expect(chain.flatMap((g) => g.members).sort()).toEqual(['a', 'b', 'c']);
  });

  test('every map view: no overlapping buttons at any zoom, each crossing once, groups split on zooming in', () => {
    const atlas = loadAtlas();
    let groupedSomewhere = false;
    const views = [['all', atlas.crossings], ...atlas.borders.map((b) => [b.id, atlas.crossings.filter((c) => c.border === b.id)] as const)] as const;
    for (const [view, list] of views) {
      const points = list.map((c) => ({ id: c.id, at: c.coordinates.lonLat as [number, number] }));
      if (points.length < 2) continue;
      let previous = 0;
      for (let zoom = 2; zoom <= 12; zoom += 0.5) {
        const groups = clusterCrossings(points, zoom, GAP);
        expect(overlaps(groups, zoom), `${view} at zoom ${zoom}`).toEqual([]);
        expect(groups.flatMap((g) => g.members).sort(), `${view} at zoom ${zoom}`).toEqual(points.map((p) => p.id).sort());
        expect(groups.length, `${view}: buttons never fewer when zooming in`).toBeGreaterThanOrEqual(previous);
        previous = groups.length;
        if (groups.some((g) => g.members.length > 1)) groupedSomewhere = true;
      }
      // Crossings placed at one point (approximate positions) can only stand apart as a list.
      const distinctPoints = new Set(points.map((p) => p.at.join())).size;
      expect(previous, `${view}: every crossing on its own at zoom 12, but for those sharing a point`).toBe(distinctPoints);
    }
    expect(groupedSomewhere, 'some view groups crossings at a low zoom').toBe(true);
  });

  test('fitZoom: the bounds fill the box along the tighter axis', () => {
    const bounds: [number, number, number, number] = [70, 40, 80, 45];
    const zoom = fitZoom(bounds, { padding: 20 }, { width: 840, height: 525 });
    const [x1, y1] = px([70, 45], zoom);
    const [x2, y2] = px([80, 40], zoom);
    expect(Math.max((x2 - x1) / 800, (y2 - y1) / 485)).toBeCloseTo(1, 6);
    expect(fitZoom(bounds, { padding: 20, maxZoom: 3 }, { width: 840, height: 525 })).toBe(3);
  });
});
