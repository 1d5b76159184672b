/**
 * A report's source rows are written as HTML strings (report-rows.ts): every
 * value a staff member typed must come out escaped, and each line keeps its
 * anchor, its area link, its value and its flags.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { rowsHtml, type ReportRow } from '../../src/components/report-rows.ts';
import { SitePaths } from '../../src/lib/links.ts';

const row = (over: Partial<ReportRow>): ReportRow => ({
  id: 'r1-f1',
  report_id: 'r1',
  area_id: 'tinh',
  section: 'II.1 Vốn <giao> & "phân bổ"',
  measure: 'assigned',
  program: 'ntp1719',
  fund_year: '2023',
  budget_source: 'all',
  capital_type: 'all',
  project_id: null,
  value: 130595,
  unit: 'mvnd',
  figure_text: '130.595 trđ <b>',
  figure_status: 'reported',
  note: null,
  ...over,
});

const names = {
  area: new Map([['tinh', 'Tỉnh <A>'], ['xa-b', 'Xã B']]),
  project: new Map([['da1', 'Dự án 1']]),
  findingOf: new Map([['r1-f2', { id: 'd-1', text: 'xem chênh lệch' }]]),
  corrected: new Map([['funding\u0000r1-f3', { date: '2025-07-20', reason: 'Chép nhầm 4 thành 5' }]]),
  // A commune has no page: it is listed on its province's.
  paths: new SitePaths(new Map(), new Set(), new Map([['xa-b', 'tinh']])),
};
const table = (html: string) => parseHTML(`<table><tbody>${html}</tbody></table>`).document;

describe('rowsHtml', () => {
  it('escapes what staff typed: markup in a cell is shown as text, never inserted', () => {
    const doc = table(rowsHtml('funding', [row({})], names));
    const cells = [...doc.querySelectorAll('td')].map((td) => td.textContent);
    expect(cells[0]).toBe('II.1 Vốn <giao> & "phân bổ"');
    expect(cells[1]).toBe('Tỉnh <A>');
    expect(cells[4]).toBe('“130.595 trđ <b>”');
    expect(doc.querySelectorAll('b')).toHaveLength(0);
  });

  it('says the date a figure is true at, where the row has one: a correction of 30/11/2023 beside a count of 31/12/2024 (walk-through 13)', () => {
    const doc = table(rowsHtml('funding', [row({ as_of: '2024-12-31' }), row({ id: 'r1-f2', as_of: '2023-11' }), row({ id: 'r1-f3', as_of: null }), row({ id: 'r1-f4', as_of: '2023-12-31', figure_status: 'estimate' })], names));
    expect([...doc.querySelectorAll('tr')].map((tr) => tr.querySelector('.asof')?.textContent ?? null)).toEqual(['Tính đến 31/12/2024', 'Tính đến tháng 11/2023', null, 'Ước đến 31/12/2023']);
  });

  it('gives each line its anchor, area link, value in vi-VN, project, note and flags', () => {
    const doc = table(rowsHtml('funding', [row({}), row({ id: 'r1-f2', project_id: 'da1', note: 'Ghi chú', figure_status: 'malformed' })], names));
    const [first, second] = [...doc.querySelectorAll('tr')];
    expect(first!.id).toBe('r1-f1');
    expect(first!.querySelector('td a')!.getAttribute('href')).toBe('/dia-ban/tinh/');
    expect(first!.querySelector('td.num')!.textContent).toBe('130.595 triệu đồng');
    expect(first!.querySelector('.flag')).toBeNull();
    expect(second!.textContent).toContain(' · Dự án 1');
    expect(second!.querySelector('.note')!.textContent).toBe('Ghi chú');
    expect([...second!.querySelectorAll('.flag')].map((f) => f.textContent)).toEqual(['in sai trong báo cáo', 'xem chênh lệch']);
    expect(second!.querySelector('a.flag')!.getAttribute('href')).toBe('/du-lieu/chat-luong/#d-1');
    // A commune's figure links to the commune's line on its province's page (communes have no page).
    const commune = table(rowsHtml('funding', [row({ id: 'r1-f4', area_id: 'xa-b' })], names)).querySelector('tr')!;
    expect(commune.querySelector('td a')!.getAttribute('href')).toBe('/dia-ban/tinh/#xa-b');
    expect(commune.querySelector('td a')!.textContent).toBe('Xã B');
    expect(second!.querySelector('.rowid a')!.getAttribute('href')).toBe('#r1-f2');
  });

  it('marks a published row changed by a decision of withdrawals.csv, with its date and reason, linked to the record', () => {
    const doc = table(rowsHtml('funding', [row({ id: 'r1-f3' })], names));
    const flag = doc.querySelector('a.flag')!;
    expect(flag.textContent).toBe('đã sửa ngày 20/07/2025: Chép nhầm 4 thành 5');
    expect(flag.getAttribute('href')).toBe('/du-lieu/#rut-lai');
    // The same id in another table is another row.
    expect(table(rowsHtml('works', [row({ id: 'r1-f3' })], names)).querySelector('a.flag')).toBeNull();
    // With the figure it was published with (the changelog's first edit of it), in the row's unit (walk-through 9).
    const was = new Map([['funding\u0000r1-f3', { field: 'value', value: '36557' }]]);
    expect(table(rowsHtml('funding', [row({ id: 'r1-f3' })], { ...names, was })).querySelector('a.flag')!.textContent).toBe(
      'đã sửa ngày 20/07/2025 (trước là 36.557 triệu đồng): Chép nhầm 4 thành 5',
    );
  });
});
