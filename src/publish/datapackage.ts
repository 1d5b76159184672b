/**
 * datapackage.json (Frictionless Data Package v2) from the table definitions:
 * one tabular resource per published CSV, with its byte count and SHA-256, and a
 * Table Schema giving each column's type, Vietnamese title, bilingual
 * description, constraints, labels of codes, primary and foreign keys.
 */
import { createHash } from 'node:crypto';
import { UNITS, type FieldDef, type TableDef } from '../data/define.ts';
import type { Tables } from '../data/load.ts';
import { publishedColumns, reportLabel, type Column } from './columns.ts';
import { LICENCE, PACKAGE_DESCRIPTION, PACKAGE_NAME, PACKAGE_TITLE, PUBLISHER } from './meta.ts';

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Dates are as precise as the report (YYYY, YYYY-MM or YYYY-MM-DD), so they are typed strings with that shape. */
const DATE_PATTERN = '[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?';

function fieldSchema(c: Column): Record<string, unknown> {
  const description = `${c.description.vi} — ${c.description.en}`;
  const base = { name: c.name, title: c.title.vi, description };
  const f: FieldDef | undefined = c.field;
  if (!f) return { ...base, type: 'string' };
  const constraints: Record<string, unknown> = {};
  if (f.required) constraints.required = true;
  switch (f.type) {
    case 'number': {
      if (f.min !== undefined) constraints.minimum = f.min;
      if (f.max !== undefined) constraints.maximum = f.max;
      const unit = f.unit ? { unit: f.unit, unitTitle: UNITS[f.unit].vi } : {};
      return { ...base, type: f.format === 'integer' ? 'integer' : 'number', ...unit, ...(Object.keys(constraints).length ? { constraints } : {}) };
    }
    case 'enum':
      constraints.enum = [...f.values];
      return { ...base, type: 'string', categories: f.values.map((v) => ({ value: v, label: f.labels[v]?.vi ?? v })), constraints };
    case 'date':
      constraints.pattern = DATE_PATTERN;
      return { ...base, type: 'string', constraints };
    case 'period':
    case 'string':
      if (f.type === 'string' && f.pattern) constraints.pattern = f.pattern;
      return { ...base, type: 'string', ...(Object.keys(constraints).length ? { constraints } : {}) };
  }
}

export function tableSchema(def: TableDef, tables: Tables): Record<string, unknown> {
  const columns = publishedColumns(def, tables);
  const foreignKeys = def.fields
    .filter((f) => f.type === 'string' && f.ref)
    .map((f) => {
      const ref = (f as { ref: string }).ref;
      // A reference to the table itself omits the resource (Table Schema v2).
      return { fields: [f.name], reference: ref === def.name ? { fields: ['id'] } : { resource: ref, fields: ['id'] } };
    });
  return {
    $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
    fields: columns.map(fieldSchema),
    missingValues: [''],
    primaryKey: ['id'],
    // An observation's key: no two rows of one report say the same thing (the checker refuses repeats).
    ...(def.kind === 'observation' ? { uniqueKeys: [[...def.key]] } : {}),
    ...(foreignKeys.length ? { foreignKeys } : {}),
  };
}

export interface PackageFile {
  def: TableDef;
  path: string;
  /** Size and SHA-256 (hex) of the file, computed while it was written. */
  bytes: number;
  sha256: string;
}

export interface PackageOptions {
  /** ISO date-time of the data's last change (deterministic for the same data). */
  created: string;
  /** Absolute site URL, when known, for homepage links. */
  homepage?: string;
}

/** The descriptor; `version` follows the date of the data so that the same data gives the same file. */
export function dataPackage(tables: Tables, files: readonly PackageFile[], options: PackageOptions): Record<string, unknown> {
  const day = options.created.slice(0, 10).replaceAll('-', '');
  const issuers = [...new Set(tables.reports.map((r) => r.issuer))];
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: PACKAGE_NAME,
    title: PACKAGE_TITLE.vi,
    description: `${PACKAGE_DESCRIPTION.vi}\n\n${PACKAGE_DESCRIPTION.en}`,
    version: `1.${day}.0`,
    created: options.created,
    ...(options.homepage ? { homepage: options.homepage } : {}),
    keywords: ['MTQG 1719', 'dân tộc thiểu số', 'miền núi', 'giảm nghèo', 'giải ngân', 'ethnic minorities', 'Vietnam'],
    licenses: [{ name: LICENCE.name, path: LICENCE.path, title: LICENCE.title }],
    contributors: [{ title: PUBLISHER.vi, roles: ['publisher'] }, ...issuers.map((title) => ({ title, roles: ['creator'] }))],
    sources: tables.reports.map((r) => ({ title: `${reportLabel(r)}${r.number ? `, số ${r.number}` : ''}: ${r.title}` })),
    resources: files.map(({ def, path, bytes, sha256: hash }) => ({
      name: def.name,
      type: 'table',
      path,
      title: def.title.vi,
      description: `${def.description.vi}\n\n${def.description.en}`,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      bytes,
      hash: `sha256:${hash}`,
      schema: tableSchema(def, tables),
    })),
  };
}
