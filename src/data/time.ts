/**
 * Time for every figure: the date a figure is true at, how partial dates compare, and which of two
 * figures of one observation takes precedence. current.ts applies these to tables; views, charts and
 * pages use the same functions, so "the latest" means the same thing everywhere.
 *
 * Dates are ISO strings as precise as the source: YYYY-MM-DD, YYYY-MM ("tháng 6/2023": the report
 * gives no day) or YYYY. A partial date is never given an invented day: it compares, and is drawn,
 * at its last day (2023-11 at 30/11/2023, so after 15/11/2023), and it is written as the month.
 */

/** The date a figure is true at: its own as_of, else its report's date. */
export function effectiveDate(asOf: string | null | undefined, reportDate: string): string {
  return asOf != null ? asOf : reportDate;
}

/** The last day a date covers, as a full ISO date: 2023-06 → 2023-06-30, 2024-02 → 2024-02-29, 2023 → 2023-12-31. */
export function dateEnd(iso: string): string {
  if (iso.length === 4) return `${iso}-12-31`;
  if (iso.length === 7) {
    // Called for every row of a national table: the month's length from a table, not a Date.
    const y = Number(iso.slice(0, 4));
    const m = Number(iso.slice(5, 7));
    const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
    return `${iso}-${m === 2 && leap ? 29 : MONTH_DAYS[m - 1]}`;
  }
  return iso;
}
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The day a figure is data to, for a page's «Số liệu đến»: its own date, but never after the report that states it.
 * A year's rate printed on 20/12/2024 is known to 20/12/2024, not to 31/12/2024 (walk-throughs 35, 36: «Số liệu đến
 * năm 2024» on a sheet whose newest figure was a December report's end-of-year rate).
 */
export function knownTo(date: string, reportDate: string): string {
  return reportDate !== '' && dateEnd(date) > dateEnd(reportDate) ? reportDate : date;
}

/**
 * The date a shown figure or chart counts at in «Số liệu đến» (lib/page-dates.ts, briefs): the report's date of its
 * undated figures when newer (`reportDated`), else the day its newest figure is known to, else its own date.
 */
export function dataTo(f: { asOf: string; knownTo?: string; reportDated?: string }): string {
  return f.reportDated ?? f.knownTo ?? f.asOf;
}

/** Orders dates by their last day (negative when a is earlier). Equal ends compare equal: 2023-11 and 2023-11-30. */
export function compareDates(a: string, b: string): number {
  const ea = dateEnd(a), eb = dateEnd(b);
  return ea < eb ? -1 : ea > eb ? 1 : 0;
}

/** The latest of some dates, by their last day; '' when there are none. At equal ends the first given is kept. */
export function latestDate(dates: Iterable<string | null | undefined>): string {
  let best = '';
  let bestEnd = '';
  for (const d of dates) {
    if (!d) continue;
    const end = dateEnd(d);
    if (best === '' || end > bestEnd) [best, bestEnd] = [d, end];
  }
  return best;
}

/**
 * A chart's dates: the latest, and the oldest where the figures are not all of one date (by their last day), so
 * its date line can say both (charts/types.ts oldestAsOf).
 */
export function datesOf(dates: Iterable<string | null | undefined>): { asOf: string; oldestAsOf?: string } {
  const all = [...dates].filter((d): d is string => !!d);
  const asOf = latestDate(all);
  const oldest = all.reduce((o, d) => (o === '' || dateEnd(d) < dateEnd(o) ? d : o), '');
  return oldest !== '' && dateEnd(oldest) !== dateEnd(asOf) ? { asOf, oldestAsOf: oldest } : { asOf };
}

/** One figure of an observation as the precedence rule sees it. */
export interface Timed {
  effective_date: string;
  report_date: string;
  report_id: string;
}

/**
 * The precedence rule between two figures of one observation: the later effective date wins; at
 * equal dates the later report; at equal report dates the higher report id (a stable, documented
 * choice). Positive when a takes precedence over b, negative when b does, 0 for the same report and date.
 */
export function precedence(a: Timed, b: Timed): number {
  return compareDates(a.effective_date, b.effective_date) || compareDates(a.report_date, b.report_date) || (a.report_id > b.report_id ? 1 : a.report_id < b.report_id ? -1 : 0);
}
