/**
 * npm run check [-- dir]: validates the data directory (default data/, or DATA_DIR) and
 * prints the staff-readable report — errors, then the discrepancies found in
 * the source reports as information. Exit code 1 when there is any error.
 * Builds nothing.
 */
import { DATA_DIR, loadData } from '../src/data/load.ts';
import { formatReport } from '../src/data/messages.ts';

const dataDir = process.argv[2] ?? DATA_DIR;
const data = await loadData(dataDir);
console.log(formatReport(data, 'check'));
process.exitCode = data.issues.some((i) => i.severity === 'error') ? 1 : 0;
