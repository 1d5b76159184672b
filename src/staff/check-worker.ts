/**
 * The checker of /cap-nhat/ off the page's thread: a module worker, built by
 * Vite as its own same-origin file (/_astro/check-worker….js), which the
 * site's Content-Security-Policy allows (script-src 'self'; a blob: worker it
 * refuses). It reads the chosen files (XLSX unzipped here, synchronously:
 * src/data/xlsx.ts), runs the build's own check (checker.ts), says how far
 * it has got, and sends back what the page shows (view.ts), capped.
 */
import { runChecker } from './checker.ts';
import { readChosen } from './chosen.ts';
import type { CheckReply, CheckRequest } from './protocol.ts';
import { checkView } from './view.ts';

// The page's TypeScript library is the DOM's; the few worker globals used here, typed by hand.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage(message: CheckReply): void;
};

const number = new Intl.NumberFormat('vi-VN');
/** Progress at most every 200 ms (each is a message and a change of the page's live region), and always at a new step. */
let last = -Infinity;
function say(text: string, step = false): void {
  const now = performance.now();
  if (!step && now - last < 200) return;
  last = now;
  scope.postMessage({ kind: 'progress', text });
}

scope.onmessage = async ({ data }) => {
  try {
    const { chosen, unknown, misnamed } = await readChosen(data.files, (name) =>
      say(/\.xlsx$/i.test(name) ? `Đang đọc và giải nén ${name}…` : `Đang đọc ${name}…`, true),
    );
    say('Đang kiểm tra số liệu đang công bố…', true);
    const result = runChecker(chosen, data.published, misnamed, data.cited, (file, line, lines) =>
      say(`Đang kiểm tra ${file}: ${number.format(line)}/${number.format(lines)} dòng…`, line === 0),
    );
    say('Đang soạn kết quả…', true);
    // A sheet's header row, to name a problem's cell as Excel does.
    const headers = Object.fromEntries(
      chosen.filter((c) => c.fromXlsx).map((c) => [c.file, new TextDecoder().decode(c.bytes.subarray(0, c.bytes.indexOf(10) >= 0 ? c.bytes.indexOf(10) : c.bytes.length)).split(',')]),
    );
    const view = checkView(
      result,
      unknown,
      chosen.map((c) => c.file),
      headers,
    );
    const canonical = view.canonical.map((c) => ({ table: c.table, file: c.file, blob: new Blob([c.text], { type: 'text/csv;charset=utf-8' }) }));
    scope.postMessage({ kind: 'done', view: { ...view, canonical } });
  } catch (error) {
    scope.postMessage({ kind: 'failed', error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
};
