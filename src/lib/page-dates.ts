/**
 * The date a page's figures are as of, taken from the page itself: every component that shows a
 * dated figure (Figure, Chart, BriefChart, Brief, AreaList) marks it with `data-as-of`, and the
 * layout reads the rendered page (as it reads the glossary terms, glossary-terms.ts). So the print
 * footer's "Số liệu đến …" is the newest figure the page shows, never the newest report of the site,
 * and a figure added to a page is counted without the page doing anything.
 */
import { latestDate } from '../data/time.ts';

const MARK = /\sdata-as-of="(\d{4}(?:-\d\d){0,2})"/g;

/** Every date marked in some rendered HTML, in order. */
export function figureDatesIn(html: string): string[] {
  return [...html.matchAll(MARK)].map((m) => m[1]!);
}

/** The newest date marked in a rendered page (partial dates at their last day); '' when it shows no dated figure. */
export function pageAsOf(html: string): string {
  return latestDate(figureDatesIn(html));
}
