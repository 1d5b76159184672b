/** What /du-lieu/ says beside the tables (src/publish/data-page.ts): the citation, and the changelog's links and edits. */
import { describe, expect, it } from 'vitest';
import { changedRowHref, dataCitation, editText } from '../../src/publish/data-page.ts';

describe('the data set’s citation', () => {
  it('names the frozen version, its date and its lasting address when the data is a release', () => {
    const c = dataCitation({ id: '2026-11-22T08-37Z-a635aa8', date: '2026-11-22T08:37:00Z' }, '2026-12-01T10:00:00Z');
    expect(c.vi).toContain('phiên bản số liệu 2026-11-22T08-37Z-a635aa8 (ngày 22/11/2026), ');
    expect(c.vi).toContain('/du-lieu/phien-ban/2026-11-22T08-37Z-a635aa8/, giấy phép Creative Commons Attribution 4.0 (truy cập ngày …).');
    expect(c.en).toContain('data version 2026-11-22T08-37Z-a635aa8 (22 November 2026), ');
    expect(c.en).toMatch(/\(accessed …\)\.$/);
  });

  it('names the date the data last changed, at /du-lieu/, when it is no release (uncommitted edits)', () => {
    const c = dataCitation(null, '2026-12-01T10:00:00Z');
    expect(c.vi).toContain('phiên bản số liệu ngày 01/12/2026, ');
    expect(c.vi).toContain('/du-lieu/, giấy phép');
    expect(c.vi).not.toContain('phien-ban');
    expect(c.en).toContain('data version of 1 December 2026, ');
  });
});

describe('the changelog’s rows', () => {
  const tables = {
    funding: [{ id: 'bg-1-f01', report_id: 'bg-1', unit: 'mvnd' }],
    documents: [{ id: 'bg-1-d01', report_id: 'bg-1' }],
    areas: [{ id: 'son-dong' }],
  };
  const paths = { rowHref: (report: string, id: string) => `/bao-cao/${report}/#${id}` };

  it('links a figure to its row on its report’s page, a cited document to its report, a row no longer there to nothing', () => {
    expect(changedRowHref(tables, paths, 'funding', 'bg-1-f01')).toBe('/bao-cao/bg-1/#bg-1-f01');
    expect(changedRowHref(tables, paths, 'documents', 'bg-1-d01')).toBe('/bao-cao/bg-1/');
    expect(changedRowHref(tables, paths, 'funding', 'bg-1-f02')).toBeNull();
    expect(changedRowHref(tables, paths, 'areas', 'son-dong')).toBeNull();
  });

  it('says what a correction changed, a number as it is with the row’s unit, text in quotes, a blank as «trống»', () => {
    const change = {
      table: 'funding' as const,
      edits: [
        { id: 'bg-1-f01', field: 'value', before: '52500', after: '52600' },
        { id: 'bg-1-f01', field: 'figure_text', before: '52.500 triệu đồng', after: '52.600 triệu đồng' },
        { id: 'bg-1-f01', field: 'note', before: '', after: 'Đính chính' },
        { id: 'bg-1-f09', field: 'value', before: '1', after: '2' },
      ],
    };
    expect(editText(tables, change, 'bg-1-f01')).toBe(
      'value: từ 52500 thành 52600 (triệu đồng); figure_text: từ “52.500 triệu đồng” thành “52.600 triệu đồng”; note: từ trống thành “Đính chính”',
    );
  });
});
