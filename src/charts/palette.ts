/**
 * Colours that survive colour blindness and greyscale printing: each step differs in
 * lightness, and colour is never the only carrier (labels, patterns, dot shapes too).
 * Based on Okabe–Ito hues, darkened/lightened so neighbours differ by ≥ 25 L*.
 */
import type { CompletionStatus, Meaning } from './types.ts';

/** Groups of bars without a stated meaning, by position (the first also colours a single measure). */
export const GROUP_COLOURS = ['#a9cce3', '#0b4f6c', '#e69f00', '#5e3c99', '#7f7f7f'] as const;

/**
 * One colour per meaning, the same on every chart of the site: money given and money spent, work done and
 * not done, the capital types and the two lists of a plan. "Done" is always the dark navy, "not done" the
 * light grey (as "Chưa khởi công" in the completion chart). The group's name is always written beside the bar
 * or in the key, so colour is never the only carrier.
 */
export const MEANING_STYLE: Record<Meaning, { fill: string; ink: string }> = {
  assigned: { fill: '#a9cce3', ink: '#1b1f24' },
  // Between given (light) and spent (dark): about 24 L* from each, dark ink at 4.6:1.
  allocated: { fill: '#4f8fb0', ink: '#1b1f24' },
  disbursed: { fill: '#0b4f6c', ink: '#ffffff' },
  completed: { fill: '#0b4f6c', ink: '#ffffff' },
  not_completed: { fill: '#eef1f4', ink: '#1b1f24' },
  capital_all: { fill: '#c9ced4', ink: '#1b1f24' },
  capital_dtpt: { fill: '#5e3c99', ink: '#ffffff' },
  capital_sn: { fill: '#b9a8dc', ink: '#1b1f24' },
  capital_credit: { fill: '#6b6b6b', ink: '#ffffff' },
  plan_original: { fill: '#d8c7a8', ink: '#1b1f24' },
  plan_revised: { fill: '#8c5a17', ink: '#ffffff' },
};

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
  unknown: 'Chưa rõ tình trạng',
};
export const STATUS_ORDER: readonly CompletionStatus[] = ['completed', 'in_progress', 'not_started', 'unknown'];

/** Fill (or pattern id suffix) and stroke per status: solid dark, hatched middle, light outlined. */
export const STATUS_STYLE: Record<CompletionStatus, { colour: string; pattern?: 'hatch'; text: string }> = {
  completed: { colour: MEANING_STYLE.completed.fill, text: MEANING_STYLE.completed.ink },
  in_progress: { colour: '#e69f00', pattern: 'hatch', text: INK },
  not_started: { colour: MEANING_STYLE.not_completed.fill, text: MEANING_STYLE.not_completed.ink },
  // White, outlined like every bar: nothing is known of these works but that they are not completed.
  unknown: { colour: '#ffffff', text: INK },
};

/** SVG <defs> for a diagonal hatch on `colour`; ids are per chart and variant (several charts per page). */
export function hatchPattern(id: string, colour: string): string {
  return (
    `<pattern id="${id}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="6" height="6" fill="${colour}"/><rect width="2" height="6" fill="#ffffff" fill-opacity="0.55"/></pattern>`
  );
}
