/** The Atom feed's words: dates as the site writes them, never an ISO date a feed reader would show as it is. */
import { describe, expect, it } from 'vitest';
import { atomFeed } from '../../src/publish/feed.ts';

const feed = atomFeed(
  [
    { id: 'bg-2024-02-21', issuer: 'Ban Dân tộc tỉnh Bắc Giang', date: '2024-02-21', title: 'Báo cáo tháng 2/2024' },
    { id: 'bt-2023-06', issuer: 'UBND huyện Bạch Thông', date: '2023-06', title: 'Báo cáo 6 tháng đầu năm 2023' },
  ],
  {
    available: true,
    updates: [{ commit: 'abc1234', date: '2026-12-07T13:23:47+00:00', subject: 'Thêm số liệu', first: false, changes: [] }],
    lastChange: '2026-12-07T13:23:47+00:00',
    uncommitted: false,
  },
  { link: (path) => path, updated: '2026-12-07T13:23:47+00:00', summary: () => 'Vốn và giải ngân: thêm 2 dòng' },
);
const entries = [...feed.matchAll(/<entry>[\s\S]*?<title>(.*?)<\/title>[\s\S]*?<summary>(.*?)<\/summary>/g)].map((m) => [m[1], m[2]]);

describe('the Atom feed', () => {
  it('names a data update by its day, written dd/mm/yyyy', () => {
    expect(entries[0]).toEqual(['Cập nhật số liệu ngày 07/12/2026', 'Vốn và giải ngân: thêm 2 dòng']);
  });

  it('dates a new report as the site does: a day, or a month when the report gives only its month', () => {
    expect(entries.slice(1)).toEqual([
      ['Báo cáo mới: Ban Dân tộc tỉnh Bắc Giang, Báo cáo tháng 2/2024', 'Số liệu báo cáo ngày 21/02/2024 của Ban Dân tộc tỉnh Bắc Giang đã được nhập; mỗi con số kèm mục và nguyên văn như in.'],
      ['Báo cáo mới: UBND huyện Bạch Thông, Báo cáo 6 tháng đầu năm 2023', 'Số liệu báo cáo tháng 6/2023 của UBND huyện Bạch Thông đã được nhập; mỗi con số kèm mục và nguyên văn như in.'],
    ]);
    expect(feed).not.toMatch(/\(\d{4}-\d{2}/);
  });
});
