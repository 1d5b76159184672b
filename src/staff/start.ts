/**
 * What /cap-nhat/ loads with the page: the file input, drag and drop, and the
 * offline worker. The checker (client.ts, which writes the result, and the
 * worker it starts, check-worker.ts: the build's check and the XLSX reader)
 * and the published tables (the CSV links marked data-published on the page)
 * are fetched when a file is first chosen, so a visit that only reads the page
 * or takes a template costs no script weight.
 */
import type { Cited } from '../data/published.ts';
import type { Published } from './checker.ts';

function notice(out: HTMLElement, text: string, id?: string): void {
  const p = document.createElement('p');
  p.className = 'notice';
  if (id) p.id = id;
  p.textContent = text;
  out.replaceChildren(p);
}

let published: Promise<Published> | undefined;
function loadPublished(): Promise<Published> {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-published]')];
  published ??= Promise.all(
    links.map(async (a) => {
      const response = await fetch(a.href);
      if (!response.ok) throw new Error(`${a.href}: ${response.status}`);
      return [a.dataset.published!, await response.text()] as const;
    }),
  ).then((pairs) => Object.fromEntries(pairs) as Published);
  published.catch(() => (published = undefined)); // a failed fetch is tried again on the next file
  return published;
}

/** The rows the site's articles cite, from the page (data-cited on the result area); none if unreadable. */
function citedOf(out: HTMLElement): Cited {
  try {
    return JSON.parse(out.dataset.cited ?? '{}') as Cited;
  } catch {
    return {};
  }
}

export function startChecker(): void {
  const input = document.getElementById('tep') as HTMLInputElement | null;
  const out = document.getElementById('ket-qua');
  const zone = document.getElementById('chon-tep');
  if (!input || !out || !zone) return;

  const check = async (files: readonly File[]) => {
    notice(out, 'Đang kiểm tra…', 'tien-do');
    let loaded: [typeof import('./client.ts'), Published] | undefined;
    try {
      loaded = await Promise.all([import('./client.ts'), loadPublished()]);
    } catch {
      notice(out, 'Không tải được chương trình kiểm tra hoặc số liệu đang công bố. Hãy kiểm tra kết nối mạng, tải lại trang rồi chọn tệp lần nữa.');
    }
    if (loaded) {
      try {
        // false: the person chose other files meanwhile, and that check writes the result.
        if (!(await loaded[0].checkFiles(files, loaded[1], out, citedOf(out)))) return;
      } catch (error) {
        notice(out, `Lỗi của chương trình kiểm tra — đây không phải lỗi dữ liệu. Hãy báo cho bộ phận kỹ thuật: ${String(error)}`);
      }
    }
    out.dataset.done = String(Date.now());
  };

  input.addEventListener('change', () => void check([...(input.files ?? [])]));
  zone.addEventListener('dragover', (e) => {
    e.preventDefault();
    zone.classList.add('keo');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('keo'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('keo');
    void check([...(e.dataTransfer?.files ?? [])]);
  });

  // Offline once loaded: a service worker scoped to /cap-nhat/ keeps this page, its assets, the checker and the tables.
  if ('serviceWorker' in navigator && location.protocol !== 'file:') navigator.serviceWorker.register('sw.js').catch(() => {});
}
