/**
 * Colours that survive colour blindness and greyscale printing: each step differs in
 * lightness, and colour is never the only carrier (labels, patterns, dot shapes too).
 * Based on Okabe–Ito hues, darkened/lightened so neighbours differ by ≥ 25 L*.
 */
import type { CompletionStatus } from './types.ts';

/** Groups of bars, darkest first: the first group is usually the total (vốn giao), later ones parts. */
export const GROUP_COLOURS = ['#a9cce3', '#0b4f6c', '#e69f00', '#5e3c99', '#7f7f7f'] as const;

/** Series dots: colour and shape both differ. */
export const SERIES_COLOURS = ['#0b4f6c', '#c75b00', '#5e3c99', '#1b7837', '#7f7f7f'] as const;
export const SERIES_SYMBOLS = ['circle', 'square', 'triangle', 'diamond', 'star'] as const;

export const INK = '#1b1f24';
export const MUTED = '#505a64';
export const GRID = '#dfe3e7';

export const STATUS_LABELS: Record<CompletionStatus, string> = {
  completed: 'Hoàn thành',
  in_progress: 'Đang thi công',
  not_started: 'Chưa khởi công',
};
export const STATUS_ORDER: readonly CompletionStatus[] = ['completed', 'in_progress', 'not_started'];

/** Fill (or pattern id suffix) and stroke per status: solid dark, hatched middle, light outlined. */
export const STATUS_STYLE: Record<CompletionStatus, { colour: string; pattern?: 'hatch'; text: string }> = {
  completed: { colour: '#0b4f6c', text: '#ffffff' },
  in_progress: { colour: '#e69f00', pattern: 'hatch', text: INK },
  not_started: { colour: '#eef1f4', text: INK },
};

/** SVG <defs> for a diagonal hatch on `colour`; ids are per chart and variant (several charts per page). */
export function hatchPattern(id: string, colour: string): string {
  return (
    `<pattern id="${id}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="6" height="6" fill="${colour}"/><rect width="2" height="6" fill="#ffffff" fill-opacity="0.55"/></pattern>`
  );
}
