/** Value labels beside dots and tick labels on an axis: never on a mark, on each other, or off the chart. */
import { describe, expect, it } from 'vitest';
import { measureText } from '../../src/charts/measure.ts';
import { SPOTS, fittingTickLabels, labelBox, overlaps, placeLabels, type Box } from '../../src/charts/place.ts';

const frame: Box = { left: 0, top: 0, right: 300, bottom: 200 };
const dot = (x: number, y: number): Box => ({ left: x - 7, right: x + 7, top: y - 7, bottom: y + 7 });

describe('placeLabels', () => {
  it('puts a lone label above its dot', () => {
    expect(placeLabels([{ x: 150, y: 100, width: 40, height: 16 }], [dot(150, 100)], frame)).toEqual([SPOTS[0]]);
  });

  it('moves the second of two close dots’ labels below its dot instead of onto the first label', () => {
    // Two series at the same year, 10 px apart (the 13,5% / 8,8% poverty points of 2020): above is taken.
    const labels = [
      { x: 150, y: 90, width: 44, height: 16 },
      { x: 150, y: 100, width: 44, height: 16 },
    ];
    const spots = placeLabels(labels, [dot(150, 90), dot(150, 100)], frame);
    expect(spots[0]).toEqual({ dx: 0, dy: -16, anchor: 'middle' });
    expect(spots[1]).not.toEqual(spots[0]);
    const boxes = labels.map((l, i) => labelBox(l, spots[i]!));
    expect(overlaps(boxes[0]!, boxes[1]!)).toBe(false);
    for (const b of boxes) for (const d of [dot(150, 90), dot(150, 100)]) expect(overlaps(b, d)).toBe(false);
  });

  it('keeps a label at the right edge inside the chart (anchored to its end)', () => {
    const [spot] = placeLabels([{ x: 295, y: 5, width: 50, height: 16 }], [dot(295, 5)], frame);
    expect(spot).not.toBeNull();
    const box = labelBox({ x: 295, y: 5, width: 50, height: 16 }, spot!);
    expect(box.right).toBeLessThanOrEqual(300);
    expect(box.top).toBeGreaterThanOrEqual(0);
  });

  it('leaves out a label that fits nowhere (its value is in the table) rather than covering a dot', () => {
    // A dot boxed in by four others: every spot around it holds a dot.
    const around = [dot(150, 100), dot(150, 86), dot(150, 115), dot(170, 100), dot(130, 100), dot(170, 86), dot(130, 86), dot(170, 114), dot(130, 114)];
    expect(placeLabels([{ x: 150, y: 100, width: 30, height: 16 }], around, frame)).toEqual([null]);
  });
});

describe('fittingTickLabels', () => {
  it('drops a date label that would touch its neighbour, keeping the newest', () => {
    // "30/11/2023" and "17/11/2023" 20 px apart: only one can be read; the newest stays.
    const ticks = [
      { x: 40, width: 70 },
      { x: 200, width: 70 },
      { x: 220, width: 70 },
    ];
    expect(fittingTickLabels(ticks, { left: 0, right: 300 })).toEqual([true, false, true]);
  });

  it('drops a label that would run off the edge', () => {
    expect(fittingTickLabels([{ x: 10, width: 40 }, { x: 150, width: 40 }], { left: 0, right: 300 })).toEqual([false, true]);
  });
});

describe('measureText', () => {
  it('measures with the site font: bold is wider, precomposed and decomposed Vietnamese agree', () => {
    const w = measureText('Đã giải ngân', 13);
    // Be Vietnam Pro at 13 px, as Chromium draws it (80 px measured on /giai-ngan/).
    expect(w).toBeGreaterThan(76);
    expect(w).toBeLessThan(84);
    expect(measureText('Đã giải ngân', 13, 700)).toBeGreaterThan(w);
    expect(measureText('Đã giải ngân'.normalize('NFD'), 13)).toBeCloseTo(w, 5);
    expect(measureText('1.000.000', 26)).toBeCloseTo(2 * measureText('1.000.000', 13), 5);
  });
});
