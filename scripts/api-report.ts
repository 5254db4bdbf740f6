/**
 * API reports: `npm run api:check` compares each package entry's built
 * surface (dist/*.d.ts, after `npm run build`) with its report under api/;
 * `npm run api:update` builds and rewrites the reports. See docs/api.md.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { apiEntries, reportFile } from './api/apiEntries';
import { lineDiff } from './api/lineDiff';
import { renderApiReport } from './api/renderApiReport';

const root = path.resolve(import.meta.dirname, '..');
const mode = process.argv[2];
if (mode !== 'check' && mode !== 'update') {
  console.error('usage: tsx scripts/api-report.ts check|update');
  process.exit(2);
}

const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; exports: Record<string, unknown> };
const entries = apiEntries(pkg.exports);
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const problems: string[] = [];
const expectedFiles = new Set<string>();

for (const entry of entries) {
  const file = reportFile(entry);
  expectedFiles.add(path.basename(file));
  if (!existsSync(path.join(root, entry.types))) {
    problems.push(`${entry.types} (entry "${entry.subpath}") is missing: run \`npm run build\` first.`);
    continue;
  }
  const report = renderApiReport(pkg.name, entry, read) + '\n';
  const target = path.join(root, file);
  const current = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
  if (mode === 'update') {
    mkdirSync(path.dirname(target), { recursive: true });
    if (current !== report) writeFileSync(target, report);
    console.log(`${current === report ? 'unchanged' : 'wrote'} ${file}`);
  } else if (current === undefined) {
    problems.push(`${file} is missing: the entry "${entry.subpath}" has no API report yet.`);
  } else if (current !== report) {
    problems.push(`The API of "${entry.subpath}" changed (${file}, - reported, + built):\n${lineDiff(current, report)}`);
  }
}

const apiDir = path.join(root, 'api');
const stale = existsSync(apiDir) ? readdirSync(apiDir).filter((f) => f.endsWith('.api.md') && !expectedFiles.has(f)) : [];
for (const file of stale) {
  if (mode === 'update') {
    rmSync(path.join(apiDir, file));
    console.log(`removed api/${file} (no such entry in package.json exports)`);
  } else {
    problems.push(`api/${file} reports an entry package.json no longer exports.`);
  }
}

if (problems.length > 0) {
  console.error(problems.join('\n\n'));
  console.error("\nIf the change is deliberate, run `npm run api:update` (it builds first) and commit api/ with it; add or update the export's row in docs/api.md.");
  process.exit(1);
}
if (mode === 'check') console.log(`API reports match the build: ${entries.map(reportFile).join(', ')}`);
