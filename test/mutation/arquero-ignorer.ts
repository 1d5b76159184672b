/**
 * A StrykerJS ignorer (see docs/mutation.md): Arquero compiles a table expression from its source text
 * (`t.filter((d) => d.measure === 'assigned')`), so Stryker's instrumented copy of such a function cannot run at
 * all — every test of the file would fail before any mutant is tried. The project writes every table expression
 * with its row parameter named `d` (and params `$`), or with none (`derive({ kind: () => 'works' })`,
 * `filter(() => op.row_number() === 1)`): those are left unmutated, and the metrics' results stand for them.
 *
 * Also left alone: an object whose every value is `true` (`{ area_id: true, value: true }`), which is a set of
 * column names for typed() and select(): only its keys are read, so `true` → `false` changes nothing.
 */
import { declareValuePlugin, PluginKind } from '@stryker-mutator/api/plugin';
import type { NodePath } from '@stryker-mutator/api/ignore';

const REASON = 'An Arquero table expression: compiled from its source text, it cannot be instrumented.';

// Babel's NodePath, as Stryker passes it (its API types the parameter as an empty interface).
interface BabelPath {
  isArrowFunctionExpression(): boolean;
  isObjectExpression(): boolean;
  node: { params: { type: string; name?: string }[]; properties: { type: string; value?: { type: string; value?: unknown } }[] };
  parentPath: { isObjectProperty(): boolean; isCallExpression(): boolean } | null;
}

function shouldIgnore(nodePath: NodePath): string | undefined {
  const path = nodePath as BabelPath;
  if (path.isObjectExpression()) {
    const { properties } = path.node;
    const columnSet = properties.length > 0 && properties.every((p) => p.type === 'ObjectProperty' && p.value?.type === 'BooleanLiteral' && p.value.value === true);
    return columnSet ? 'A set of column names: only its keys are read.' : undefined;
  }
  if (!path.isArrowFunctionExpression()) return undefined;
  const [first] = path.node.params;
  if (first?.type === 'Identifier' && first.name === 'd') return REASON;
  // A constant column or a filter on row_number(): an argument of a verb, or a value of its object.
  if (first === undefined && (path.parentPath?.isObjectProperty() || path.parentPath?.isCallExpression())) return REASON;
  return undefined;
}

export const strykerPlugins = [declareValuePlugin(PluginKind.Ignore, 'arquero', { shouldIgnore })];
