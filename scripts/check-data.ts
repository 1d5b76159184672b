/**
 * npm run check [-- dir] [-- --chi-tiet]: validates the data directory
 * (default data/, or DATA_DIR) and prints the staff-readable report: errors,
 * then one summary line; `--chi-tiet` also lists the discrepancies found in
 * the source reports. Builds nothing.
 *
 * Exit codes: 0 no error, 1 the data has errors, 2 the checker itself failed
 * (a crash, a missing package): that is reported as a program error, never
 * as bad data.
 */
export {};

const args = process.argv.slice(2);
const details = args.includes('--chi-tiet');
const dirArg = args.find((a) => !a.startsWith('--'));

// The pipeline is imported inside the try: a missing package fails here, and is a program error.
try {
  const { DATA_DIR, loadData } = await import('../src/data/load.ts');
  const { formatReport } = await import('../src/data/report.ts');
  const data = await loadData(dirArg ?? DATA_DIR);
  console.log(formatReport(data, 'check', { details }));
  const { formNotes } = await import('../src/data/report.ts');
  if (data.form.length) console.log(formNotes(data.form));
  process.exitCode = data.issues.some((i) => i.severity === 'error') ? 1 : 0;
} catch (error) {
  // messages.ts has no dependency beyond the standard library, so it can still be loaded to say so.
  const { programError } = await import('../src/data/messages.ts').catch(() => ({
    programError: (e: unknown) =>
      `Lỗi chương trình khi kiểm tra dữ liệu — đây không phải lỗi dữ liệu. Hãy báo cho bộ phận kỹ thuật:\n${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
  }));
  console.error(programError(error, 'kiểm tra dữ liệu'));
  process.exitCode = 2;
}
