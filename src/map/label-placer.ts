/**
 * Long on purpose: the placer, its candidate generators and the box geometry they share form one
 * algorithm, tested as one unit.
 *
 * Build-time label placement that never overlaps (pure, deterministic, no DOM).
 *
 * Labels are placed in priority order (lower number first, ties by id). A point label tries eight
 * positions around its symbol, then eight farther ones joined to the symbol by a leader line; an area
 * label tries its anchor and a few shifts; a line label tries stretches along its line, rotated to the
 * line. A candidate is taken when its box meets no placed box, no obstacle and stays inside the frame;
 * a label with no free candidate is dropped (and reported). Markers that would overlap are spread
 * apart with leader lines back to their true position (`spreadMarkers`).
 *
 * Text is measured without the font: widths are estimated per character class on the generous side
 * of common sans-serif faces (DejaVu Sans, the widest usual fallback, included), so the boxes hold
 * whatever sans-serif the reader's browser ends up using.
 */

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
export type Point = [number, number];

export interface TextStyle {
  /** Font size, map units. */
  size: number;
  bold?: boolean;
  italic?: boolean;
  /** Extra space between letters, map units. */
  letterSpacing?: number;
}

// Advance widths in em, rounded up from the widest common sans-serif (DejaVu Sans / Verdana class).
const NARROW = /[ilj.,:;'’|!Iíìї]/;
const SEMI = /[ftr()\-\s"]/;
const WIDE = /[mwMWЖШЩЮМж шщюм@%]/;
const UPPER = /[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9]/;

/** Estimated advance width of `text`, map units (conservative for any sans-serif). */
export function textWidth(text: string, style: TextStyle): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.test(ch)) em += 0.34;
    else if (SEMI.test(ch)) em += 0.44;
    else if (WIDE.test(ch)) em += 0.98;
    else if (UPPER.test(ch)) em += 0.74;
    else em += 0.63;
  }
  const factor = (style.bold ? 1.1 : 1) * (style.italic ? 1.02 : 1);
  return em * style.size * factor + (style.letterSpacing ?? 0) * Math.max(0, [...text].length - 1);
}

/**
 * Ascent and descent as fractions of the font size, as browsers measure a text box (the font's
 * line metrics, not the glyphs): generous enough for Source Sans 3 (1.024 / 0.4) and the
 * metric-matched fallback, with accents and Cyrillic descenders.
 */
const ASCENT = 1.05;
const DESCENT = 0.42;

export type Anchor = 'start' | 'middle' | 'end';

/** The box of a text whose baseline starts (`start`), centres (`middle`) or ends (`end`) at x, y. */
export function textBox(x: number, y: number, anchor: Anchor, width: number, size: number): Box {
  const x0 = anchor === 'start' ? x : anchor === 'middle' ? x - width / 2 : x - width;
  return { x0, y0: y - ASCENT * size, x1: x0 + width, y1: y + DESCENT * size };
}

export const overlaps = (a: Box, b: Box, gap = 0): boolean => a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap;

/** Box of a circle. */
export const circleBox = ([x, y]: Point, r: number): Box => ({ x0: x - r, y0: y - r, x1: x + r, y1: y + r });

/** Small boxes along a segment (a leader line or a marker's tether), for collision tests. */
export function segmentBoxes(a: Point, b: Point, half = 1.5, step = 4): Box[] {
  const n = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / step));
  return Array.from({ length: n + 1 }, (_, i) => circleBox([a[0] + ((b[0] - a[0]) * i) / n, a[1] + ((b[1] - a[1]) * i) / n], half));
}

interface BaseRequest {
  id: string;
  text: string;
  style: TextStyle;
  /** Lower is placed first. */
  priority: number;
  /** Free-form kind carried to the output (`town`, `river`, …). */
  kind: string;
}
export interface PointRequest extends BaseRequest {
  type: 'point';
  at: Point;
  /** Radius of the symbol the label belongs to (0 for none). */
  symbol: number;
  /** The symbol itself must be free too (optional symbols: towns, peaks); it is placed with its label. */
  symbolOptional?: boolean;
  /** Allow the far candidates with a leader line. */
  leader?: boolean;
}
export interface AreaRequest extends BaseRequest {
  type: 'area';
  at: Point;
  /** Further anchors, tried after the shifts around `at`. */
  alternatives?: Point[];
  /** A shorter form of the name, tried at every candidate when the full one finds no room. */
  shortText?: string;
}
export interface LineRequest extends BaseRequest {
  type: 'line';
  /** The projected line, in drawing order. */
  line: Point[];
}
export type LabelRequest = PointRequest | AreaRequest | LineRequest;

export interface PlacedLabel {
  id: string;
  text: string;
  kind: string;
  style: TextStyle;
  /** Baseline anchor point. */
  x: number;
  y: number;
  anchor: Anchor;
  /** Rotation about (x, y), degrees (line labels). */
  rotate?: number;
  /** The collision box (axis-aligned; rotated labels use the box around the rotated text). */
  box: Box;
  /** Leader line from the symbol to the label. */
  leader?: [Point, Point];
  /** The symbol's position for labels that own an optional symbol. */
  symbolAt?: Point;
  symbol?: number;
}

export interface PlaceOptions {
  width: number;
  height: number;
  /** Boxes nothing may cover (markers, scale bar, inset, credit). */
  obstacles?: Box[];
  /** Space kept free around each label, map units. */
  gap?: number;
  /** Frame margin, map units. */
  margin?: number;
}

export interface Placement {
  placed: PlacedLabel[];
  dropped: LabelRequest[];
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

/** Point-label candidates: 8 around the symbol, then (optionally) 8 farther with a leader. */
function pointCandidates(r: PointRequest): Array<{ x: number; y: number; anchor: Anchor; leader?: [Point, Point] }> {
  const [x, y] = r.at;
  const s = r.style.size;
  const d = r.symbol + 2;
  const mid = y + 0.33 * s; // baseline that centres the text on the symbol
  const near = [
    { x: x + d, y: mid, anchor: 'start' as const },
    { x: x - d, y: mid, anchor: 'end' as const },
    { x: x + d * 0.7, y: y - d * 0.7, anchor: 'start' as const },
    { x: x + d * 0.7, y: y + d * 0.7 + 0.8 * s, anchor: 'start' as const },
    { x: x - d * 0.7, y: y - d * 0.7, anchor: 'end' as const },
    { x: x - d * 0.7, y: y + d * 0.7 + 0.8 * s, anchor: 'end' as const },
    { x, y: y - d - 0.3 * s, anchor: 'middle' as const },
    { x, y: y + d + 0.95 * s, anchor: 'middle' as const },
  ];
  if (!r.leader) return near;
  const far: Array<{ x: number; y: number; anchor: Anchor; leader?: [Point, Point] }> = [];
  const dirs: Array<readonly [number, number]> = [];
  for (let i = 0; i < 16; i++) {
    const a = (i * Math.PI) / 8;
    dirs.push([Math.round(Math.cos(a) * 1000) / 1000, Math.round(-Math.sin(a) * 1000) / 1000]);
  }
  // Nearest first: every direction at one distance before the next distance.
  for (const k of [2.2, 3.6, 5.2, 7]) {
    const D = d + k * s;
    for (const [dx, dy] of dirs) {
      const anchor: Anchor = dx > 0.1 ? 'start' : dx < -0.1 ? 'end' : 'middle';
      const lx = x + dx * D;
      const ly = y + dy * D;
      const baseline = dy > 0.1 ? ly + 0.95 * s : dy < -0.1 ? ly - 0.3 * s : ly + 0.33 * s;
      far.push({
        x: lx,
        y: baseline,
        anchor,
        leader: [
          [x + dx * (r.symbol + 3), y + dy * (r.symbol + 3)],
          [lx, ly],
        ],
      });
    }
  }
  return [...near, ...far];
}

/** Area-label candidates: the anchor, then shifts of about half a line and a quarter width. */
function areaCandidates(r: AreaRequest, w: number): Array<{ x: number; y: number; anchor: Anchor }> {
  const [x, y] = r.at;
  const s = r.style.size;
  const shifts: Point[] = [
    [0, 0],
    [0, -s],
    [0, s],
    [-w / 4, 0],
    [w / 4, 0],
    [0, -2 * s],
    [0, 2 * s],
    [-w / 2, -s],
    [w / 2, s],
    [-w / 2, s],
    [w / 2, -s],
  ];
  const around = (at: Point) => shifts.map(([dx, dy]) => ({ x: at[0] + dx, y: at[1] + 0.33 * s + dy, anchor: 'middle' as const }));
  return [...around([x, y]), ...(r.alternatives ?? []).flatMap((a) => around(a).slice(0, 5))];
}

/** Line-label candidates: stretches of the line as long as the text, straight enough, rotated to it. */
function lineCandidates(r: LineRequest, w: number): Array<{ x: number; y: number; anchor: Anchor; rotate: number; corners: Point[] }> {
  const pts = r.line;
  if (pts.length < 2) return [];
  const cum = [0];
  for (let i = 1; i < pts.length; i++) cum.push(cum[i - 1]! + Math.hypot(pts[i]![0] - pts[i - 1]![0], pts[i]![1] - pts[i - 1]![1]));
  const total = cum[cum.length - 1]!;
  const need = w * 1.1;
  if (total < need) return [];
  const at = (dist: number): Point => {
    let i = 1;
    while (i < cum.length - 1 && cum[i]! < dist) i++;
    const t = (dist - cum[i - 1]!) / (cum[i]! - cum[i - 1]! || 1);
    return [pts[i - 1]![0] + (pts[i]![0] - pts[i - 1]![0]) * t, pts[i - 1]![1] + (pts[i]![1] - pts[i - 1]![1]) * t];
  };
  const s = r.style.size;
  const out: Array<{ x: number; y: number; anchor: Anchor; rotate: number; corners: Point[] }> = [];
  for (const f of [0.5, 0.35, 0.65, 0.22, 0.78, 0.1, 0.9]) {
    const centre = total * f;
    if (centre - need / 2 < 0 || centre + need / 2 > total) continue;
    const a = at(centre - need / 2);
    const b = at(centre + need / 2);
    // Straight enough: every sampled point of the stretch within 0.45 em of the chord.
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (len < w * 0.9) continue;
    let ok = true;
    for (let k = 1; k < 8 && ok; k++) {
      const p = at(centre - need / 2 + (need * k) / 8);
      const dist = Math.abs((b[0] - a[0]) * (a[1] - p[1]) - (a[0] - p[0]) * (b[1] - a[1])) / len;
      if (dist > 0.6 * s) ok = false;
    }
    if (!ok) continue;
    let angle = (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI;
    if (angle > 90) angle -= 180;
    if (angle < -90) angle += 180;
    if (Math.abs(angle) > 60) continue;
    const rad = (angle * Math.PI) / 180;
    const [cx, cy] = at(centre);
    // Text sits just above the line (normal pointing up the page), never on it.
    const nx = Math.sin(rad);
    const ny = -Math.cos(rad);
    const off = 0.45 * s + 2;
    const bx = cx + nx * off;
    const by = cy + ny * off;
    const ux = Math.cos(rad);
    const uy = Math.sin(rad);
    const corner = (along: number, up: number): Point => [bx + ux * along + nx * up, by + uy * along + ny * up];
    const corners = [corner(-w / 2, ASCENT * s), corner(w / 2, ASCENT * s), corner(-w / 2, -DESCENT * s), corner(w / 2, -DESCENT * s)];
    out.push({ x: bx, y: by, anchor: 'middle', rotate: angle, corners });
  }
  return out;
}

/** Level candidates just above and below points along a line. */
function besideLine(r: LineRequest): Array<{ x: number; y: number }> {
  const pts = r.line;
  const s = r.style.size;
  const out: Array<{ x: number; y: number }> = [];
  for (const f of [0.5, 0.35, 0.65, 0.2, 0.8, 0.1, 0.9]) {
    const p = pts[Math.min(pts.length - 1, Math.floor(f * (pts.length - 1)))]!;
    out.push({ x: p[0], y: p[1] - 4 }, { x: p[0], y: p[1] + s + 4 });
  }
  return out;
}

const boxOfPoints = (pts: Point[]): Box => ({
  x0: Math.min(...pts.map((p) => p[0])),
  y0: Math.min(...pts.map((p) => p[1])),
  x1: Math.max(...pts.map((p) => p[0])),
  y1: Math.max(...pts.map((p) => p[1])),
});

/** Places labels in priority order without overlaps. Pure and deterministic. */
export function placeLabels(requests: readonly LabelRequest[], { width, height, obstacles = [], gap = 1.5, margin = 3 }: PlaceOptions): Placement {
  const taken: Box[] = [...obstacles];
  const placed: PlacedLabel[] = [];
  const dropped: LabelRequest[] = [];
  const inside = (b: Box) => b.x0 >= margin && b.y0 >= margin && b.x1 <= width - margin && b.y1 <= height - margin;
  const free = (b: Box) => inside(b) && !taken.some((t) => overlaps(b, t, gap));
  const order = [...requests].sort((a, b) => a.priority - b.priority || a.id.localeCompare(b.id));
  for (const r of order) {
    const w = textWidth(r.text, r.style);
    let done: PlacedLabel | null = null;
    if (r.type === 'point') {
      const symbolBox = circleBox(r.at, r.symbol);
      if (r.symbolOptional && r.symbol > 0 && !free(symbolBox)) {
        dropped.push(r);
        continue;
      }
      for (const c of pointCandidates(r)) {
        const box = textBox(c.x, c.y, c.anchor, w, r.style.size);
        if (!free(box)) continue;
        // A leader may leave its dot across the marker standing on the same place (a crossing at its
        // settlement); from halfway out it must be clear.
        const mid = c.leader ? ([(c.leader[0][0] + c.leader[1][0]) / 2, (c.leader[0][1] + c.leader[1][1]) / 2] as Point) : null;
        const leaderBoxes = c.leader && mid ? segmentBoxes(mid, c.leader[1], 1) : [];
        if (leaderBoxes.some((lb) => taken.some((t) => overlaps(lb, t)))) continue;
        done = {
          id: r.id,
          text: r.text,
          kind: r.kind,
          style: r.style,
          x: round1(c.x),
          y: round1(c.y),
          anchor: c.anchor,
          box,
          ...(c.leader ? { leader: c.leader.map((p) => [round1(p[0]), round1(p[1])]) as [Point, Point] } : {}),
        };
        if (c.leader) taken.push(...segmentBoxes(c.leader[0], c.leader[1], 1));
        break;
      }
      if (done && r.symbolOptional) {
        done.symbolAt = r.at;
        done.symbol = r.symbol;
        taken.push(symbolBox);
      }
    } else if (r.type === 'area') {
      for (const text of r.shortText ? [r.text, r.shortText] : [r.text]) {
        const tw = text === r.text ? w : textWidth(text, r.style);
        for (const c of areaCandidates(r, tw)) {
          const box = textBox(c.x, c.y, c.anchor, tw, r.style.size);
          if (!free(box)) continue;
          done = { id: r.id, text, kind: r.kind, style: r.style, x: round1(c.x), y: round1(c.y), anchor: c.anchor, box };
          break;
        }
        if (done) break;
      }
    } else {
      for (const c of lineCandidates(r, w)) {
        const box = boxOfPoints(c.corners);
        if (!free(box)) continue;
        done = { id: r.id, text: r.text, kind: r.kind, style: r.style, x: round1(c.x), y: round1(c.y), anchor: c.anchor, rotate: round1(c.rotate), box };
        break;
      }
      // A line too winding or crowded for text along it: the name level beside it.
      if (!done) {
        for (const c of besideLine(r)) {
          const box = textBox(c.x, c.y, 'middle', w, r.style.size);
          if (!free(box)) continue;
          done = { id: r.id, text: r.text, kind: r.kind, style: r.style, x: round1(c.x), y: round1(c.y), anchor: 'middle', box };
          break;
        }
      }
    }
    if (done) {
      taken.push(done.box);
      placed.push(done);
    } else dropped.push(r);
  }
  return { placed, dropped };
}

export interface Marker {
  id: string;
  at: Point;
  r: number;
}
export interface SpreadMarker extends Marker {
  /** Where it is drawn; `at` stays the true position. */
  drawn: Point;
  /** True when moved off its position (draw a tether from `at` to `drawn`). */
  moved: boolean;
}

/**
 * The pairs `[i, j]` (i < j, in that order) of points less than `reach` apart on both axes, found
 * through a grid of `reach`-sized cells: each point is compared with those of its own and the eight
 * next cells only, so a map with thousands of markers costs about as much per marker as one with ten.
 */
export function nearPairs(points: readonly Point[], reach: number): Array<[number, number]> {
  // Cells keyed by one number (column × 2^20 + row): maps are a few thousand units across.
  const cellOf = (p: Point): number => Math.floor(p[0] / reach) * 1048576 + Math.floor(p[1] / reach);
  const cells = new Map<number, number[]>();
  points.forEach((p, i) => {
    const k = cellOf(p);
    const list = cells.get(k);
    if (list) list.push(i);
    else cells.set(k, [i]);
  });
  const pairs: Array<[number, number]> = [];
  const near: number[] = [];
  points.forEach((p, i) => {
    const k = cellOf(p);
    near.length = 0;
    for (const dx of [-1048576, 0, 1048576])
      for (const dy of [-1, 0, 1])
        for (const j of cells.get(k + dx + dy) ?? [])
          if (j > i && Math.abs(points[j]![0] - p[0]) < reach && Math.abs(points[j]![1] - p[1]) < reach) near.push(j);
    near.sort((a, b) => a - b);
    for (const j of near) pairs.push([i, j]);
  });
  return pairs;
}

/**
 * Pushes overlapping markers apart until none overlap (deterministic relaxation), keeping each as
 * close to its true position as it can; a moved marker keeps a tether to where it really is. Each
 * round looks only at the pairs within twice the widest spacing at its start (`nearPairs`); the
 * rounds end when one moves nothing, and then every overlapping pair was among those looked at.
 */
export function spreadMarkers(
  markers: readonly Marker[],
  { width, height, gap = 2, margin = 2 }: { width: number; height: number; gap?: number; margin?: number },
): SpreadMarker[] {
  const pos = markers.map((m) => [m.at[0], m.at[1]] as Point);
  const clamp = (p: Point, r: number) => {
    p[0] = Math.min(width - margin - r, Math.max(margin + r, p[0]));
    p[1] = Math.min(height - margin - r, Math.max(margin + r, p[1]));
  };
  const widest = Math.max(0, ...markers.map((m) => m.r)) * 2 + gap;
  for (let iter = 0; iter < 400; iter++) {
    let moved = false;
    for (const [i, j] of nearPairs(pos, 2 * widest + 1)) {
      const a = pos[i]!;
      const b = pos[j]!;
      const min = markers[i]!.r + markers[j]!.r + gap;
      let dx = b[0] - a[0];
      let dy = b[1] - a[1];
      let d = Math.hypot(dx, dy);
      if (d >= min - 1e-6) continue;
      if (d < 1e-6) {
        // Same spot: split along a direction fixed by the pair's order.
        const angle = ((i * 7 + j * 13) % 16) * (Math.PI / 8);
        dx = Math.cos(angle);
        dy = Math.sin(angle);
        d = 1;
      }
      const push = (min - d) / 2 + 0.05;
      a[0] -= (dx / d) * push;
      a[1] -= (dy / d) * push;
      b[0] += (dx / d) * push;
      b[1] += (dy / d) * push;
      clamp(a, markers[i]!.r);
      clamp(b, markers[j]!.r);
      moved = true;
    }
    if (!moved) break;
  }
  return markers.map((m, i) => {
    const drawn: Point = [round1(pos[i]![0]), round1(pos[i]![1])];
    return { ...m, drawn, moved: Math.hypot(drawn[0] - m.at[0], drawn[1] - m.at[1]) > 0.5 };
  });
}
