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
// First: wrong settings stop here, each named with its fix (src/core/config.ts).
import './check-config.ts';

/**
 * Checks a data folder and prints the report; the exit status it stands for.
 * `npm run build` calls it in its own process, so the data it loaded is the
 * data the pages are built from (load.ts sharedLoad), read once.
 */
export async function checkData(dir: string | undefined, details = false): Promise<0 | 1 | 2> {
  // The pipeline is imported inside the try: a missing package fails here, and is a program error.
  try {
    const { DATA_DIR, citationsWith, readTailsWith, sharedLoad } = await import('../src/data/load.ts');
    // The rows the articles cite: a withdrawn one an article still cites is refused in staff words.
    citationsWith((await import('../src/content/cited.ts')).citedFor);
    // A large file's second half is read on the other core (the check's rows and messages are the same).
    const { tailReader, tailWorkersExited } = await import('../src/data/tail-read.ts');
    readTailsWith(tailReader());
    const { formatReport, formNotes } = await import('../src/data/report.ts');
    const data = await sharedLoad(dir ?? DATA_DIR);
    console.log(formatReport(data, 'check', { details }));
    // On GitHub Actions, also an annotation on the run's page: a check that compared with nothing is never silent.
    if (data.notCompared && process.env.GITHUB_ACTIONS === 'true') {
      const { notComparedText } = await import('../src/data/messages.ts');
      const t = notComparedText(data.notCompared);
      console.log(`::warning title=Chưa so với số liệu đang công bố::${t.headline}. Vì sao: ${t.why}. Cách sửa: ${t.fix}.`);
    }
    if (data.form.length) console.log(formNotes(data.form));
    await tailWorkersExited();
    return data.issues.some((i) => i.severity === 'error') ? 1 : 0;
  } catch (error) {
    // messages.ts has no dependency beyond the standard library, so it can still be loaded to say so.
    const { programError } = await import('../src/data/messages.ts').catch(() => ({
      programError: (e: unknown) =>
        `Lỗi chương trình khi kiểm tra dữ liệu — đây không phải lỗi dữ liệu. Hãy báo cho bộ phận kỹ thuật:\n${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
    }));
    console.error(programError(error, 'kiểm tra dữ liệu'));
    return 2;
  }
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  process.exitCode = await checkData(
    args.find((a) => !a.startsWith('--')),
    args.includes('--chi-tiet'),
  );
}
