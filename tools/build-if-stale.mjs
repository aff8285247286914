// `npm start` runs this first: it compiles only when a source file is newer than the last build, so a fresh install
// (whose `prepare` already built) starts at once and an edited tree is never run stale.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const marker = path.join(root, 'dist', '.tsbuildinfo');

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newest(full));
    else if (entry.name.endsWith('.ts')) latest = Math.max(latest, statSync(full).mtimeMs);
  }
  return latest;
}

let built = 0;
try {
  built = statSync(marker).mtimeMs;
} catch {
  built = 0;
}
const sources = Math.max(
  ...['src', 'migrations', 'tools', 'bench', 'web'].map((dir) => newest(path.join(root, dir))),
  ...['tsconfig.json', 'tsconfig.build.json', 'package.json'].map((file) => statSync(path.join(root, file)).mtimeMs),
);
if (sources > built) {
  const result = spawnSync('tsc', ['-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  process.exit(result.status ?? 1);
}
