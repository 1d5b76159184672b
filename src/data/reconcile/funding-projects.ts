/**
 * Per-project (and per-sub-project) amounts against the programme's total of
 * the same report, fund year, source, capital type and measure. Reports list
 * only some projects, so the projects may only not add up to more than the
 * total. Only the top-most project of each branch counts (a sub-project is
 * already inside its project), and a project given only as ĐTPT + SN counts
 * with their sum towards the programme's "all" total.
 */
import type { RowsByTable } from '../tables/index.ts';
import { fundingAmounts, fundingGroups } from './funding-helpers.ts';
import { enumText } from '../define.ts';
import { checkSum, def } from './helpers.ts';
import type { CheckDef, Context, Discrepancy } from './types.ts';

type Funding = RowsByTable['funding'];

function ancestors(id: string, projects: Context['projects']): string[] {
  const out: string[] = [];
  for (let p = projects.get(id)?.parent_id; p; p = projects.get(p)?.parent_id) out.push(p);
  return out;
}

export const fundingProjects: CheckDef = {
  name: 'funding-projects',
  tables: ['funding', 'projects'],
  run(context) {
    const { projects, names } = context;
    const out: Discrepancy[] = [];
    // A project's part by capital type, named by its short label in the definitions («vốn ĐTPT», «vốn SN»).
    const capital = (code: string) => {
      const short = enumText(def('funding'), 'capital_type', code, 'short');
      return short.charAt(0).toLocaleLowerCase('vi') + short.slice(1);
    };
    const describe = fundingAmounts('project_id', (r) => `${names.get(r.project_id ?? '') ?? r.project_id}${r.capital_type === 'all' ? '' : ` (${capital(r.capital_type)})`}`);
    for (const group of fundingGroups(context, 'project_id', 'capital_type', 'section')) {
      const byCapital = new Map<string, Funding>();
      const parts: Funding[] = [];
      for (const r of group) if (r.project_id === null) byCapital.set(r.capital_type, r);
      if (byCapital.size === 0) continue;
      const present = new Set(group.filter((r) => r.project_id !== null).map((r) => r.project_id!));
      for (const r of group) {
        if (r.project_id === null || ancestors(r.project_id, projects).some((a) => present.has(a))) continue;
        parts.push(r);
      }
      for (const [capital, total] of byCapital) {
        if (capital === 'credit') continue;
        // Towards "all": a project's own total, else its ĐTPT and SN parts.
        const counted =
          capital === 'all'
            ? parts.filter((p) => p.capital_type === 'all' || (p.capital_type !== 'credit' && !parts.some((q) => q.project_id === p.project_id && q.capital_type === 'all')))
            : parts.filter((p) => p.capital_type === capital);
        const d = checkSum('funding-projects', 'funding', total, counted, describe, false);
        if (d) out.push(d);
      }
    }
    return out;
  },
};
