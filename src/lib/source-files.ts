/**
 * The next free name for a report's source text: the source files are numbered (000_…, 001_…), so the next one
 * takes the number after the highest used, followed by the report's id.
 */
export function nextSourceFile(used: readonly string[]): string {
  const numbers = used.map((name) => /^(\d+)_/.exec(name)?.[1]).filter((n): n is string => n !== undefined);
  const width = Math.max(3, ...numbers.map((n) => n.length));
  const next = numbers.length === 0 ? 0 : Math.max(...numbers.map(Number)) + 1;
  return `${String(next).padStart(width, '0')}_<mã-báo-cáo>.txt`;
}
