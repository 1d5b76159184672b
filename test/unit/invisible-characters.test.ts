/**
 * What passes the check builds: a control, bidi or zero-width character in any text cell is a data error
 * naming file, line, column and the fix (it passed the check, then crashed the share images in resvg),
 * in cleanText/injectionProblem (src/data/normalise.ts), which `npm run check`, the build and the staff
 * checker (/cap-nhat/) all use. Zero-width characters at the ends of a cell are removed (invisible, nothing lost).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkTables, type TableInput } from '../../src/data/check.ts';
import type { TableName } from '../../src/data/define.ts';
import { issue } from '../../src/data/messages.ts';
import { TABLES } from '../../src/data/tables/index.ts';
import { cleanText, injectionProblem } from '../../src/data/normalise.ts';
import { dataDir, removeDataDirs, ROOT, runCheck, VALID_MIN } from './helpers.ts';

afterAll(removeDataDirs);
const work = mkdtempSync(join(tmpdir(), 'mtqg-invisible-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const AREAS = readFileSync(join(VALID_MIN, 'areas.csv'), 'utf8');
const withName = (name: string) => dataDir(null, { 'areas.csv': AREAS.replace('Sơn Động', name) });

describe('a cell with a character no page or image can show', () => {
  const refused: [string, string, RegExp][] = [
    ['ESC', 'Sơn\u001bĐộng', /ký tự điều khiển U\+001B ESC ở ký tự thứ 4 \(ngay sau "Sơn"\)/],
    ['NUL', 'Sơn\u0000Động', /U\+0000 NUL/],
    ['DEL', 'Sơn Động\u007f', /U\+007F DEL/],
    ['C1 NEL', '\u0085Sơn Động', /U\+0085 ở ký tự thứ 1 \(ở đầu ô\)/],
    ['RLO', 'Sơn \u202EĐộng', /ký tự đổi chiều chữ \(bidi\) U\+202E RLO/],
    ['RLI', 'Sơn \u2067Động\u2069', /U\+2067 RLI/],
    ['LRM', 'Sơn Động\u200E', /U\+200E LRM/],
    ['ZWSP inside', 'Sơn Đ\u200Bộng', /ký tự vô hình \(không độ rộng\) U\+200B ZWSP ở ký tự thứ 6/],
    ['ZWJ inside', 'Sơn\u200DĐộng', /U\+200D ZWJ/],
    ['BOM inside', 'Sơn \uFEFFĐộng', /U\+FEFF BOM/],
    ['WJ inside', 'Sơn\u2060Động', /U\+2060 WJ/],
    ['noncharacter', 'Sơn Động\uFFFF', /U\+FFFF/],
  ];
  for (const [label, text, message] of refused)
    it(`${label}: refused with the character, where it is and the fix`, () => {
      const problem = injectionProblem(cleanText(text), false);
      expect(problem?.code).toBe('cell.invisible');
      const said = issue(problem!, { file: 'data/areas.csv', line: 3, column: 'name', value: text });
      expect(said.message).toMatch(message);
      expect(said.fix).toContain('gõ lại ô này');
      // Nothing invisible is quoted back: the message and the value show the character by name.
      expect(JSON.stringify([said.message, said.value])).not.toMatch(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\uffff]/);
    });

  it('zero-width characters and spaces at the ends are removed; tab and newline are spaces', () => {
    expect(cleanText('Sơn Động\u200B')).toBe('Sơn Động');
    expect(cleanText('\uFEFF Sơn Động \u2060')).toBe('Sơn Động');
    expect(cleanText('\u200CSơn Động\u200D')).toBe('Sơn Động');
    expect(cleanText('Sơn\tĐộng\r\n')).toBe('Sơn Động');
    expect(injectionProblem(cleanText('Sơn Động\u200B'), false)).toBeNull();
  });

  it('npm run check: an ESC in an area name is a data error (exit 1) naming file, line, column, the character and the fix', async () => {
    const { code, stdout } = await runCheck(withName('Sơn\u001bĐộng'));
    expect(code).toBe(1);
    expect(stdout).toMatch(/areas\.csv, dòng 3, cột "name"/);
    expect(stdout).toContain('U+001B ESC ở ký tự thứ 4');
    expect(stdout).toContain('gõ lại ô này');
    expect(stdout).toContain('Sơn[U+001B ESC]Động');
    expect(stdout).not.toContain('\u001b'); // the ESC itself never reaches the terminal
  });

  it('the staff checker (/cap-nhat/, checkTables in the browser) refuses it the same way', () => {
    const inputs = Object.fromEntries(
      TABLES.map((t): [TableName, TableInput] => {
        const text = readFileSync(join(VALID_MIN, `${t.name}.csv`), 'utf8');
        return [t.name, { file: `${t.name}.csv`, bytes: new TextEncoder().encode(t.name === 'areas' ? text.replace('Sơn Động', 'Sơn\u001bĐộng') : text) }];
      }),
    ) as Record<TableName, TableInput>;
    const errors = checkTables(inputs).issues.filter((i) => i.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'cell.invisible', file: 'areas.csv', line: 3, column: 'name', value: 'Sơn[U+001B ESC]Động' });
  });

  it('npm run build: the same ESC stops the build as bad data (exit 1), not a crash; dist/ untouched, no scratch left', async () => {
    const dist = join(work, 'dist');
    const { code, output } = await new Promise<{ code: number; output: string }>((done) =>
      execFile(join(ROOT, 'node_modules/.bin/node'), ['scripts/build.ts'], { cwd: ROOT, env: { ...process.env, DATA_DIR: withName('Sơn\u001bĐộng'), DIST_DIR: dist } }, (error, stdout, stderr) =>
        done({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
      ),
    );
    expect(code).toBe(1);
    expect(output).toContain('U+001B ESC');
    expect(output).toContain('Dừng: dữ liệu có lỗi');
    expect(output).not.toContain('2/3');
    expect(existsSync(`${dist}.building`)).toBe(false);
  }, 60_000);
});
