/**
 * The figures of topics without a page of their own (views/other-indicators.ts), on valid-min (Bắc Giang's
 * 1.985 trainees of 17/11/2023, Sơn Động's 61,5% boarding pupils) plus rows written here. Expected texts by hand.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ViewContext } from '../../src/views/context.ts';
import { otherIndicatorAreas, otherIndicatorGroups } from '../../src/views/other-indicators.ts';
import { fixtureContext, plus, removeDataDirs } from './helpers.ts';

afterAll(removeDataDirs);

let ctx: ViewContext;
beforeAll(async () => {
  ctx = await fixtureContext({
    'areas.csv': plus('areas.csv', ['van-son,Vân Sơn,commune,son-dong,,']),
    'reports.csv': plus('reports.csv', ['bg-2024-06-20,Ban Dân tộc tỉnh Bắc Giang,bac-giang,half_year,12/BC-BDT,2024-06-20,2024-01,2024-06,Báo cáo 6 tháng đầu năm 2024,,,,005_e.txt']),
    'indicators.csv': plus('indicators.csv', [
      // A later report's two training classes for Bắc Giang (walk-through 11: no dashboard page showed them).
      'bg-2023-11-30-i20,bg-2023-11-30,II.5,bac-giang,training,training_classes,Lớp bồi dưỡng kiến thức dân tộc,2,class,2023,2023-11-25,2 lớp,reported,',
      'bg-2023-11-30-i21,bg-2023-11-30,II.5,bac-giang,health,insurance_cards,Thẻ bảo hiểm y tế cấp cho người DTTS,trên 12000,,2023,,,reported,'.replace(',trên 12000,,', ',12000,card,').replace(',,reported,', ',trên 12.000 thẻ,reported,'),
      // A topic with its own page (works beneficiaries are on /cong-trinh/), and a commune's figure (on its district's page).
      'bg-2023-11-30-i22,bg-2023-11-30,II.4,bac-giang,works,beneficiaries,Người hưởng lợi từ công trình,300,person,2023,,300 người,reported,',
      'bg-2023-11-30-i23,bg-2023-11-30,II.5,van-son,training,training_classes,Lớp bồi dưỡng kiến thức dân tộc,1,class,2023,,1 lớp,reported,',
      // Lục Ngạn's only indicator is of a topic with its own page: no page of other figures for it.
      'bg-2023-11-30-i24,bg-2023-11-30,II.4,luc-ngan,works,beneficiaries,Người hưởng lợi từ công trình,80,person,2023,,80 người,reported,',
      // A report of a later period (to 6/2024), its row last in the file: its figure comes first in its topic.
      'bg-2024-06-20-i01,bg-2024-06-20,II.5,bac-giang,training,training_officials,Cán bộ được tập huấn,40,person,2024,,40 người,reported,',
    ]),
  });
});

const shown = (areaId: string) =>
  otherIndicatorGroups(ctx, areaId).map((g) => [g.title, g.figures.map((f) => [f.label, f.value, f.qualifier ?? null, f.asOf, f.dateKind ?? 'as_of', f.href])]);

describe('the other indicators of an area', () => {
  // First: the areas are worked out once per context, by the first test that asks (what Stryker counts as covering it).
  it('gives a page to each province or district with such figures, never to a commune or an area without them', () => {
    expect(otherIndicatorAreas(ctx).sort()).toEqual(['bac-giang', 'son-dong']);
    expect(otherIndicatorGroups(ctx, 'luc-ngan')).toEqual([]);
    expect(otherIndicatorGroups(ctx, 'van-son')).toEqual([]);
  });

  it('by topic in the definition’s order, newest report period first (a later report’s row last in the file first), each figure with its qualifier, date and source row', () => {
    expect(shown('bac-giang')).toEqual([
      [
        'Đào tạo, tập huấn, tuyên truyền',
        [
          ['Cán bộ được tập huấn (năm 2024)', 40, null, '2024-06-20', 'report', '/bao-cao/bg-2024-06-20/#bg-2024-06-20-i01'],
          // Both reports are of the period 11/2023 (views/order.ts): the rows' order. No date of its own: dated by
          // its report, «theo báo cáo ngày 17/11/2023».
          ['Học viên bồi dưỡng kiến thức dân tộc (năm 2023)', 1985, null, '2023-11-17', 'report', '/bao-cao/bg-2023-11-17/#bg-2023-11-17-i01'],
          ['Lớp bồi dưỡng kiến thức dân tộc (năm 2023)', 2, null, '2023-11-25', 'as_of', '/bao-cao/bg-2023-11-30/#bg-2023-11-30-i20'],
        ],
      ],
      ['Y tế, bảo hiểm', [['Thẻ bảo hiểm y tế cấp cho người DTTS (năm 2023)', 12000, 'tren', '2023-11-30', 'report', '/bao-cao/bg-2023-11-30/#bg-2023-11-30-i21']]],
    ]);
    expect(shown('son-dong').map(([title]) => title)).toEqual(['Giáo dục']);
  });
});
