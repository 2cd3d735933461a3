// CI's contract check: the committed OpenAPI document and the SDK's generated code must equal what the
// API and the generator produce now. Run after `nx build @tillpoint/api`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const scratch = mkdtempSync(join(tmpdir(), 'tp-drift-'));
const problems = [];

const fresh = join(scratch, 'openapi.json');
execFileSync(process.execPath, [join(root, 'api/dist/openapi-cli.js'), fresh], { stdio: 'inherit' });
if (readFileSync(fresh, 'utf8') !== readFileSync(join(here, 'openapi.json'), 'utf8')) {
  problems.push('openapi/openapi.json differs from the API: run `npm run openapi` and commit it with the change.');
}

const generated = join(scratch, 'generated');
execFileSync(process.execPath, [join(root, 'node_modules/@hey-api/openapi-ts/bin/run.js'), '-f', join(root, 'sdk/openapi-ts.config.mjs')], {
  env: { ...process.env, SDK_GENERATED_DIR: generated },
  stdio: 'ignore',
});
const committed = join(root, 'sdk/src/generated');
const files = (dir) =>
  readdirSync(dir)
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)).map((f) => join(name, f)) : [name]))
    .sort();
const [mine, theirs] = [files(committed), files(generated)];
if (mine.join() !== theirs.join()) problems.push(`sdk/src/generated has other files than the generator makes: ${mine} vs ${theirs}`);
for (const file of theirs) {
  const was = mine.includes(file) ? readFileSync(join(committed, file), 'utf8') : '';
  if (was !== readFileSync(join(generated, file), 'utf8'))
    problems.push(`sdk/src/generated/${file} is stale: run \`npm run sdk\` and commit it.`);
}

rmSync(scratch, { recursive: true, force: true });
if (problems.length) {
  console.error(`Contract drift:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`OpenAPI document and SDK are in step with the API (${relative(root, committed)}).`);
