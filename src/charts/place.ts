/**
 * Placing value labels beside dots without covering a mark or another label: each label tries a few
 * positions around its point in order (above first) and takes the first whose box is free and inside the
 * chart; a label that fits nowhere is left out, its value stays in the tooltip, the description and the table.
 */

/** An axis-aligned box in SVG pixels. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A position of a label relative to its point: offsets and horizontal anchor (text is centred vertically). */
export interface Spot {
  dx: number;
  dy: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface LabelToPlace {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Above, below, right, left, then the diagonals: above reads best, the others keep a label near its dot.
 * Offsets clear a dot of radius 5 (boxed at ±7 px) for a label 16 px high (13 px text).
 */
export const SPOTS: readonly Spot[] = [
  { dx: 0, dy: -16, anchor: 'middle' },
  { dx: 0, dy: 16, anchor: 'middle' },
  { dx: 9, dy: 0, anchor: 'start' },
  { dx: -9, dy: 0, anchor: 'end' },
  { dx: 6, dy: -16, anchor: 'start' },
  { dx: -6, dy: -16, anchor: 'end' },
  { dx: 6, dy: 16, anchor: 'start' },
  { dx: -6, dy: 16, anchor: 'end' },
];

export function labelBox(l: LabelToPlace, s: Spot): Box {
  const cx = l.x + s.dx;
  const left = s.anchor === 'start' ? cx : s.anchor === 'end' ? cx - l.width : cx - l.width / 2;
  const cy = l.y + s.dy;
  return { left, right: left + l.width, top: cy - l.height / 2, bottom: cy + l.height / 2 };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

const inside = (a: Box, frame: Box) => a.left >= frame.left && a.right <= frame.right && a.top >= frame.top && a.bottom <= frame.bottom;

/** The spot of each label in order, or null where none is free; earlier labels win. */
export function placeLabels(labels: readonly LabelToPlace[], marks: readonly Box[], frame: Box, spots: readonly Spot[] = SPOTS): (Spot | null)[] {
  const taken: Box[] = [...marks];
  return labels.map((l) => {
    for (const s of spots) {
      const box = labelBox(l, s);
      if (inside(box, frame) && !taken.some((t) => overlaps(box, t))) {
        taken.push(box);
        return s;
      }
    }
    return null;
  });
}

/**
 * Which of a row of centred tick labels can be shown without touching (`gap` px apart) and inside
 * [frame.left, frame.right]: greedy from the left, always trying to keep the last one (the newest date).
 */
export function fittingTickLabels(ticks: readonly { x: number; width: number }[], frame: { left: number; right: number }, gap = 8): boolean[] {
  const keep = ticks.map(() => false);
  const fits = (i: number) => ticks[i]!.x - ticks[i]!.width / 2 >= frame.left && ticks[i]!.x + ticks[i]!.width / 2 <= frame.right;
  const last = ticks.length - 1;
  const lastKept = last >= 0 && fits(last);
  let right = -Infinity;
  for (let i = 0; i < ticks.length; i++) {
    const t = ticks[i]!;
    const l = t.x - t.width / 2;
    if (!fits(i) || l < right + gap) continue;
    // Leave room for the last label.
    if (lastKept && i < last && t.x + t.width / 2 + gap > ticks[last]!.x - ticks[last]!.width / 2) continue;
    keep[i] = true;
    right = t.x + t.width / 2;
  }
  return keep;
}
