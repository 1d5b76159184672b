/** The props of one headline figure (src/components/Figure.astro), built by the views. */
import type { UnitCode } from '../data/define.ts';

export interface FigureProps {
  label: string;
  value: number;
  unit: UnitCode;
  total?: number;
  asOf: string;
  area: string;
  href: string;
  sourceLabel?: string;
  change?: string;
  note?: { text: string; href?: string };
  id?: string;
}
