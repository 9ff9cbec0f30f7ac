/**
 * Screen-space grouping of crossing markers for the interactive map (atlas-map-view.ts), kept
 * free of MapLibre and the DOM so that it can be unit-tested and run before the map exists.
 */
/** Web Mercator position in world pixels at zoom 0 (MapLibre's world is 512 px wide there). */
export function mercator([lng, lat]: readonly [number, number]): [number, number] {
  const y = Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  return [((lng + 180) / 360) * 512, ((1 - y / Math.PI) / 2) * 512];
}

export function fromMercator([x, y]: readonly [number, number]): [number, number] {
  const lat = (360 / Math.PI) * Math.atan(Math.exp(Math.PI * (1 - (2 * y) / 512))) - 90;
  return [(x / 512) * 360 - 180, lat];
}

/**
 * Groups crossings whose 24-px buttons would overlap at `zoom` (the map neither rotates nor
 * tilts, so screen distance is Mercator distance × 2^zoom): greedy, each merge placing the group
 * at its members' mean, repeated until no two groups or crossings come within GAP px on both axes.
 * Members keep the input order.
 */
export function clusterCrossings(
  points: readonly { id: string; at: readonly [number, number] }[],
  zoom: number,
  gap: number,
): { members: string[]; at: [number, number] }[] {
  const scale = 2 ** zoom;
  const rank = new Map(points.map((p, i) => [p.id, i]));
  const clusters = points.map((p) => {
    const [x, y] = mercator(p.at);
    return { members: [p.id], x: x * scale, y: y * scale };
  });
  for (let merged = true; merged;) {
    merged = false;
    search: for (let i = 0; i < clusters.length; i++) {
      for (let j = i + 1; j < clusters.length; j++) {
        const a = clusters[i]!;
        const b = clusters[j]!;
        if (Math.abs(a.x - b.x) >= gap || Math.abs(a.y - b.y) >= gap) continue;
        const n = a.members.length + b.members.length;
        a.x = (a.x * a.members.length + b.x * b.members.length) / n;
        a.y = (a.y * a.members.length + b.y * b.members.length) / n;
        a.members = [...a.members, ...b.members].sort((p, q) => rank.get(p)! - rank.get(q)!);
        clusters.splice(j, 1);
        merged = true;
        break search;
      }
    }
  }
  return clusters.map((c) => ({
    members: c.members,
    at: c.members.length > 1 ? fromMercator([c.x / scale, c.y / scale]) : (points[rank.get(c.members[0]!)!]!.at as [number, number]),
  }));
}

/** The zoom MapLibre's fitBounds picks for `bounds` `[w, s, e, n]` in a box of this size (padding, maxZoom as given). */
export function fitZoom(
  bounds: readonly [number, number, number, number],
  options: { padding: number; maxZoom?: number },
  size: { width: number; height: number },
): number {
  const [x1, y1] = mercator([bounds[0], bounds[3]]);
  const [x2, y2] = mercator([bounds[2], bounds[1]]);
  const width = Math.max(1, size.width - 2 * options.padding);
  const height = Math.max(1, size.height - 2 * options.padding);
  const zoom = Math.log2(Math.min(width / Math.max(x2 - x1, 1e-9), height / Math.max(y2 - y1, 1e-9)));
  return Math.min(zoom, options.maxZoom ?? Infinity);
}
