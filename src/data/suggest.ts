/**
 * "Did you mean …?" for typos in column names, enum values and ids. Names are
 * compared ASCII-folded ("Sơn Động", "son dong" and "son-dong" are the same
 * word), so a suggestion also works when staff type a label instead of a code.
 */

/** Lower-case ASCII, diacritics removed, runs of spaces/underscores/hyphens as one '-'. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .trim()
    .replace(/[\s_-]+/g, '-');
}

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions),
 * giving up early once every path costs more than `max`.
 */
export function distance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** How far a typo may be from the intended word: short words tolerate fewer edits. */
function tolerance(length: number): number {
  return length <= 3 ? 1 : length <= 8 ? 2 : 3;
}

/**
 * The candidate nearest to `value`, matching either the candidate itself or its
 * label (e.g. an area's name), or null when nothing is close enough.
 */
export function suggest(value: string, candidates: Iterable<string>, labelOf?: (candidate: string) => string | undefined): string | null {
  const target = fold(value);
  if (!target) return null;
  let best: string | null = null;
  let bestDistance = tolerance(target.length);
  for (const candidate of candidates) {
    const label = labelOf?.(candidate);
    for (const name of label ? [candidate, label] : [candidate]) {
      const d = distance(target, fold(name), bestDistance);
      if (d < bestDistance || (d === bestDistance && best === null)) {
        best = candidate;
        bestDistance = d;
      }
    }
    if (bestDistance === 0) break;
  }
  return best;
}
