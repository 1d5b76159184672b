/**
 * Publishing on push: the GitHub Actions workflow is valid for GitHub's schema
 * (SchemaStore's, vendored in test/schemas/), and both CI files run the data
 * check and the build, and publish dist/ only after both passed, only from the
 * main branch.
 */
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const read = (path: string) => parse(readFileSync(path, 'utf8'));

describe('GitHub Actions (.github/workflows/cong-bo.yml)', () => {
  const workflow = read('.github/workflows/cong-bo.yml');

  it('is valid for the GitHub workflow schema', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync('test/schemas/github-workflow.json', 'utf8')));
    expect(validate(workflow), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('the schema rejects a broken workflow (the test can fail)', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync('test/schemas/github-workflow.json', 'utf8')));
    expect(validate({ ...workflow, jobs: { x: { steps: [{ run: 'true' }] } } })).toBe(false);
  });

  it('checks, then builds, on every push; publishes only from main after both', () => {
    expect(Object.keys(workflow.on)).toContain('push');
    const steps: { run?: string; uses?: string }[] = workflow.jobs['kiem-tra-va-xay-dung'].steps;
    const check = steps.findIndex((s) => s.run?.includes('npm run --silent check'));
    const build = steps.findIndex((s) => s.run === 'npm run build');
    const upload = steps.findIndex((s) => s.uses?.startsWith('actions/upload-pages-artifact'));
    expect(check).toBeGreaterThan(-1);
    expect(build).toBeGreaterThan(check);
    expect(upload).toBeGreaterThan(build);
    expect(steps[check]!.run).toContain('exit $status'); // a failed check fails the job
    const deploy = workflow.jobs['cong-bo'];
    expect(deploy.needs).toBe('kiem-tra-va-xay-dung');
    expect(deploy.if).toContain("refs/heads/main");
  });
});

describe('GitLab CI (.gitlab-ci.yml)', () => {
  const ci = read('.gitlab-ci.yml');
  const jobs = Object.entries(ci).filter(([name, v]) => !['stages', 'default', 'variables', 'workflow', 'include'].includes(name) && typeof v === 'object') as [string, Record<string, unknown>][];

  it('has the shape GitLab requires: every job in a declared stage with a script; needs name real jobs', () => {
    for (const [name, job] of jobs) {
      expect(ci.stages, name).toContain(job.stage);
      expect(Array.isArray(job.script) && (job.script as unknown[]).length > 0, name).toBe(true);
      for (const need of (job.needs as string[] | undefined) ?? []) expect(jobs.map(([n]) => n)).toContain(need);
      for (const key of Object.keys(job))
        expect(['stage', 'script', 'artifacts', 'needs', 'rules', 'image', 'variables', 'cache'], `${name}.${key}`).toContain(key);
    }
  });

  it('checks, then builds; the pages job publishes the built site only from the default branch', () => {
    const build = ci['kiem-tra-va-xay-dung'];
    const check = build.script.findIndex((s: string) => s.includes('npm run --silent check'));
    expect(check).toBeGreaterThan(-1);
    expect(build.script.indexOf('npm run build')).toBeGreaterThan(check);
    expect(build.artifacts.paths).toContain('dist/');
    expect(ci.pages.needs).toEqual(['kiem-tra-va-xay-dung']);
    expect(ci.pages.rules[0].if).toBe('$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH');
    expect(ci.pages.artifacts.paths).toEqual(['public']);
  });
});
