/**
 * The date a page's figures are as of, taken from the page itself: every component that shows a
 * dated figure (Figure, Chart, BriefChart, Brief, AreaList) marks it with `data-as-of`, and the
 * layout reads the rendered page (as it reads the glossary terms, glossary-terms.ts). So the print
 * footer's "Số liệu đến …" is the newest figure the page shows, never the newest report of the site,
 * and a figure added to a page is counted without the page doing anything.
 */
import { latestDate } from '../data/time.ts';

const MARK = /\sdata-as-of="(\d{4}(?:-\d\d){0,2})"/g;
// A report page's own figures (its rows, ReportRows and the report's details): marked apart, since its narrative
// may show a chart whose current figure comes from a later report.
const REPORT_MARK = /\sdata-report-as-of="(\d{4}(?:-\d\d){0,2})"/g;

/** Every date marked in some rendered HTML, in order. */
function figureDatesIn(html: string): string[] {
  return [...html.matchAll(MARK)].map((m) => m[1]!);
}

/** The newest date marked in a rendered page (partial dates at their last day); '' when it shows no dated figure. */
export function pageAsOf(html: string): string {
  return latestDate(figureDatesIn(html));
}

/** The newest date of a report's own figures marked in a rendered page ('' on other pages). */
export function reportAsOf(html: string): string {
  return latestDate([...html.matchAll(REPORT_MARK)].map((m) => m[1]!));
}

/**
 * The date a report's own rows are as of: each row's as_of, else its report's date (an undated figure counts at
 * its report's date, as in data/current.ts); an estimate for a later day is not data to that day.
 */
export function rowsAsOf(rows: Iterable<Readonly<Record<string, unknown>>>, reportDate: string): string {
  const dates: string[] = [];
  for (const r of rows) if (r.figure_status !== 'estimate') dates.push(typeof r.as_of === 'string' && r.as_of ? r.as_of : reportDate);
  return latestDate(dates);
}

/** The newest date a report's rows state themselves (as_of; estimates left out), '' when none does. */
export function datedAsOf(rows: Iterable<Readonly<Record<string, unknown>>>): string {
  const dates: string[] = [];
  for (const r of rows) if (r.figure_status !== 'estimate' && typeof r.as_of === 'string' && r.as_of) dates.push(r.as_of);
  return latestDate(dates);
}
