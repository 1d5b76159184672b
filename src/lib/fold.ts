/** What a fold (src/components/Fold.astro) holds, and how many headline figures come before one. */
import { formatNumber } from '../core/format.ts';

export const chartsSummary = (n: number) => `Xem ${formatNumber(n)} biểu đồ và bảng số liệu`;
export const moreFiguresSummary = (n: number) => `Xem thêm ${formatNumber(n)} con số`;

/**
 * A section's first figures, always shown: one row on a wide screen, about two screens at 360 px.
 * The rest go behind a tap, unless they are so few that the tap would save less than a screen.
 */
const FIGURES_SHOWN = 4;
const MIN_FOLDED = 3;

/** Splits a section's figures into those shown and those one tap away (none when too few). */
export function splitFigures<T>(figures: readonly T[]): { shown: T[]; folded: T[] } {
  if (figures.length < FIGURES_SHOWN + MIN_FOLDED) return { shown: [...figures], folded: [] };
  return { shown: figures.slice(0, FIGURES_SHOWN), folded: figures.slice(FIGURES_SHOWN) };
}
