/** The props of one headline figure (src/components/Figure.astro), built by the views. */
import type { UnitCode } from '../data/define.ts';
import type { Qualifier } from '../data/qualifier.ts';

export interface FigureProps {
  label: string;
  value: number;
  /** How the source qualifies the value ("trên 76%"): printed before it, never dropped. */
  qualifier?: Qualifier;
  unit: UnitCode;
  /** "40/75 công trình": the value out of a total. */
  total?: number;
  asOf: string;
  area: string;
  /** The source row or report (site path or absolute URL). */
  href: string;
  /** Link text for the source (default "Nguồn"). */
  sourceLabel?: string;
  change?: string;
  note?: { text: string; href?: string };
  id?: string;
}
