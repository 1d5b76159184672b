/**
 * A new indicator code. An indicator's code is free text (indicators.csv `indicator`): the same figure entered under
 * a new code («near_poor_rate» beside the published «near_poor_households») starts a series of its own, with no
 * «tăng/giảm so với báo cáo trước» and no place beside its kin. So a code no published row uses is said once, at its
 * first new row, with the published codes that share a word with it: a warning, since a report may well bring a new
 * indicator (walk-through 26: a new code went unsaid).
 */
import { issue, type Issue } from './messages.ts';
import { newRowsOf, placeOf, type AddedRows } from './new-rows.ts';
import { COMMON_INDICATORS } from './tables/indicators.ts';

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/** The words of a code: «near_poor_rate» → near, poor, rate (two letters or fewer, «in», «of», say nothing). */
const words = (code: string) => [...new Set(code.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 2))];

/** At most this many codes are offered: the ones sharing the rarest words. */
const OFFERED = 3;
/**
 * How much a code must share to be offered: the sum, over the words shared, of 1 / (how many known codes have the
 * word). One word found in three codes is enough («housing»: housing_land_support_households for a new
 * housing_support_households, walk-through 28); «rate» or «households», in a dozen codes, alone are not.
 */
const CLOSE = 0.3;

interface Known {
  code: string;
  label: string;
  unit: string;
}

export function newCodeIssues(added: AddedRows): Issue[] {
  const before = added.published.indicators ?? [];
  // Nothing published to compare with (a first data folder): every code would be new.
  if (before.length === 0) return [];
  // The published codes, and those the guide offers before any report uses them.
  const known = new Map<string, Known>(COMMON_INDICATORS.map((c) => [c.code, c]));
  for (const r of before) if (!known.has(text(r.indicator))) known.set(text(r.indicator), { code: text(r.indicator), label: text(r.label), unit: text(r.unit) });
  const df = new Map<string, number>();
  for (const c of known.keys()) for (const w of words(c)) df.set(w, (df.get(w) ?? 0) + 1);
  const said = new Set<string>();
  const out: Issue[] = [];
  for (const { row, i } of newRowsOf(added, 'indicators')) {
    const code = text(row.indicator);
    if (code === '' || known.has(code) || said.has(code)) continue;
    said.add(code);
    const mine = new Set(words(code));
    const similar = [...known.values()]
      .map((k) => ({ ...k, score: words(k.code).reduce((s, w) => s + (mine.has(w) ? 1 / df.get(w)! : 0), 0) }))
      .filter((k) => k.score >= CLOSE)
      .toSorted((a, b) => b.score - a.score || a.code.localeCompare(b.code))
      .slice(0, OFFERED)
      .map(({ code: c, label, unit }) => ({ code: c, label, unit }));
    out.push(issue({ code: 'indicator.new-code', indicator: code, similar }, placeOf(added, 'indicators', i, 'indicator', code)));
  }
  return out;
}
