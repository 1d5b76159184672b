/**
 * A new indicator code is said once, at its first new row, with the published codes that share a word with it
 * (walk-through 26: «near_poor_rate» entered beside the published «near_poor_households», unsaid). Expected values
 * written by hand from the rows below.
 */
import { describe, expect, it } from 'vitest';
import { newCodeIssues } from '../../src/data/new-code.ts';
import { estimateWordIssues } from '../../src/data/estimate-word.ts';
import { qualifierSiblingIssues } from '../../src/data/qualifier-sibling.ts';
import { severityOf } from '../../src/data/messages.ts';
import { TABLES } from '../../src/data/tables/index.ts';
import { COMMON_INDICATORS } from '../../src/data/tables/indicators.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TableName } from '../../src/data/define.ts';

const files = Object.fromEntries(TABLES.map((t) => [t.name, `data/${t.file}`])) as Record<TableName, string>;
const I = (id: string, indicator: string, label: string, unit: string) => ({ id, indicator, label, unit });
const PUBLISHED = [
  I('bg-2023-11-30-i01', 'near_poor_households', 'Số hộ cận nghèo', 'household'),
  I('bg-2023-11-30-i02', 'poor_households', 'Số hộ nghèo', 'household'),
  I('bg-2023-11-30-i03', 'training_participants', 'Học viên bồi dưỡng', 'person'),
];

describe('a new indicator code', () => {
  it('is said once, at its first new row, with the known codes sharing its rarer words', () => {
    // «near_poor_share»: near (in 2 known codes) and poor (in 3) → near_poor_households and near_poor_rate (the guide's)
    // score 1/2 + 1/3, poor_households 1/3 (the bar: a word in three codes); «share» is in no known code.
    const now = [...PUBLISHED, I('sd-i01', 'near_poor_share', 'Tỷ lệ hộ cận nghèo', 'percent'), I('sd-i02', 'near_poor_share', 'Tỷ lệ hộ cận nghèo', 'percent'), I('sd-i03', 'poor_households', 'Số hộ nghèo', 'household')];
    const issues = newCodeIssues({ published: { indicators: PUBLISHED }, tables: { indicators: now }, lines: { indicators: [2, 3, 4, 5, 6, 7] }, files });
    expect(issues.map((i) => [i.code, i.severity, i.line, i.column, i.value])).toEqual([['indicator.new-code', 'warning', 5, 'indicator', 'near_poor_share']]);
    expect(issues[0]!.message).toBe(
      'mã chỉ tiêu near_poor_share chưa có trong số liệu đang công bố: trang web sẽ coi đây là một chỉ tiêu mới, không nối với số của báo cáo trước; mã đã có gần giống: near_poor_households (Số hộ cận nghèo, đơn vị household); near_poor_rate (Tỷ lệ hộ cận nghèo, đơn vị percent); poor_households (Số hộ nghèo, đơn vị household)',
    );
    expect(issues[0]!.fix).toContain('giữ mã near_poor_share, không cần sửa');
    expect(severityOf('indicator.new-code')).toBe('warning');
  });

  it('a code sharing no word points to the list of codes; nothing is said with nothing published or for a known code', () => {
    const [lone] = newCodeIssues({ published: { indicators: PUBLISHED }, tables: { indicators: [I('x-i01', 'boarding_pupils_share', 'Tỷ lệ học sinh bán trú', 'percent')] }, lines: { indicators: [2] }, files });
    expect(lone!.message).not.toContain('gần giống');
    expect(lone!.fix).toContain('/cap-nhat/ma/');
    expect(newCodeIssues({ published: {}, tables: { indicators: [I('x-i01', 'near_poor_share', 'x', 'percent')] }, lines: { indicators: [2] }, files })).toEqual([]);
    expect(newCodeIssues({ published: { indicators: PUBLISHED }, tables: { indicators: [I('x-i01', 'poor_households', 'Số hộ nghèo', 'household')] }, lines: { indicators: [2] }, files })).toEqual([]);
  });

  it('following the guide is never warned about: every code it offers is known, and the guide names each', () => {
    const rows = COMMON_INDICATORS.map((c, i) => I(`x-i${i}`, c.code, c.label, c.unit));
    expect(newCodeIssues({ published: { indicators: PUBLISHED }, tables: { indicators: rows }, lines: { indicators: rows.map((_, i) => i + 2) }, files })).toEqual([]);
    const guide = readFileSync(join(import.meta.dirname, '../../data/README.md'), 'utf8');
    for (const c of COMMON_INDICATORS) expect(guide, c.code).toContain(`\`${c.code}\``);
  });
});

describe('an estimate copied without its «ước» (walk-through 30)', () => {
  it('is a warning on a new row only, naming what the page would print; with «ước», «dự kiến» or no bound word, nothing', () => {
    const P = (id: string, text: string, status = 'estimate') => ({ id, figure_text: text, figure_status: status, value: 2.4, unit: 'percent' });
    const rows = [P('yt-p01', 'khoảng 2,4%'), P('yt-p02', 'ước đến cuối năm 2024 còn khoảng 2,4%'), P('yt-p03', '2,4%'), P('yt-p04', 'dự kiến khoảng 2,4%'), P('yt-p05', 'khoảng 2,4%', 'reported'), P('bt-p09', 'khoảng 2,4%')];
    const issues = estimateWordIssues({ published: { poverty: [P('bt-p09', 'khoảng 2,4%')] }, tables: { poverty: rows }, lines: { poverty: [2, 3, 4, 5, 6, 7] }, files });
    expect(issues.map((i) => [i.code, i.severity, i.line, i.column])).toEqual([['figure.estimate-word', 'warning', 2, 'figure_text']]);
    expect(issues[0]!.message).toBe('dòng là số ước tính (figure_status = estimate) nhưng đoạn chép ở figure_text ("khoảng 2,4%") không có chữ «ước»: trang web sẽ ghi «khoảng …», không có chữ «ước»');
  });
});

describe('a figure copied without the «trên» its twin of the same sentence has (walk-through 32)', () => {
  it('is a warning on the new row without it, naming its twin; other reports, values and units are left alone', () => {
    // «Các huyện Sơn Động, Lục Ngạn giải ngân đạt trên 45%; huyện Yên Thế đạt 31,2%», Sơn Động copied as «45%».
    const F = (id: string, report: string, value: number, text: string, unit = 'percent') => ({ id, report_id: report, value, unit, figure_text: text, figure_status: 'reported' });
    const published = [F('bg-2024-f07', 'bg-2024', 45, '45%')];
    const rows = [
      ...published,
      F('bg-2025-f07', 'bg-2025', 45, '45%'),
      F('bg-2025-f08', 'bg-2025', 45, 'trên 45%'),
      F('bg-2025-f09', 'bg-2025', 31.2, '31,2%'),
      F('bg-2025-f10', 'bg-2025', 45, '45 triệu đồng', 'mvnd'),
      F('yt-2025-f01', 'yt-2025', 45, '45%'),
    ];
    const issues = qualifierSiblingIssues({ published: { funding: published }, tables: { funding: rows }, lines: { funding: [2, 3, 4, 5, 6, 7] }, files });
    expect(issues.map((i) => [i.code, i.severity, i.line, i.column, i.value])).toEqual([['figure.qualifier-sibling', 'warning', 3, 'figure_text', '45%']]);
    expect(issues[0]!.message).toBe('dòng bg-2025-f08 của cùng báo cáo chép «trên 45%», dòng này chỉ «45%», không có chữ «trên»: trang web sẽ ghi số của dòng này là đúng 45, và đặt nó cạnh «trên 45%»');
    expect(issues[0]!.fix).toContain('chép lại figure_text của dòng này cùng chữ «trên»');
    // Once both say «trên», nothing.
    rows[1] = F('bg-2025-f07', 'bg-2025', 45, 'trên 45%');
    expect(qualifierSiblingIssues({ published: { funding: published }, tables: { funding: rows }, lines: { funding: [2, 3, 4, 5, 6, 7] }, files })).toEqual([]);
  });
});
