// `pnpm bench`: prints the figures and writes bench/results.json. Times vary with the machine's load: compare
// ratios measured in one run, not numbers across runs. `pnpm bench -- latency load` runs only those.
import { readFile, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { latency } from './latency.js';
import { load } from './load.js';
import { tokenValidation } from './tokens.js';
import { weight } from './weight.js';
import { sidebarStart } from './sidebar-start.js';

const benches = {
  latency: async () => [await latency(1), await latency(5)],
  load: () => load(1000),
  tokens: () => tokenValidation(3),
  weight: () => weight(),
  sidebarStart: () => sidebarStart(10),
};

/** One table per result; a list inside a result (the weight's breakdown) gets a table of its own. */
function print(result: unknown) {
  if (!result || typeof result !== 'object' || Array.isArray(result)) return console.table(result);
  const entries = Object.entries(result);
  console.table(Object.fromEntries(entries.filter(([, value]) => !Array.isArray(value))));
  for (const [key, rows] of entries.filter(([, value]) => Array.isArray(value))) {
    console.log(key);
    console.table(rows);
  }
}

const wanted = process.argv.slice(2).filter((arg) => arg in benches) as (keyof typeof benches)[];
// A partial run updates its own figures and keeps the others.
const file = new URL('../results.json', import.meta.url);
const previous = (await readFile(file, 'utf8').then(JSON.parse, () => ({}))) as Record<string, unknown>;
const results: Record<string, unknown> = {
  ...previous,
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  },
  at: new Date().toISOString(),
};
for (const name of wanted.length ? wanted : (Object.keys(benches) as (keyof typeof benches)[])) {
  const started = performance.now();
  results[name] = await benches[name]();
  console.log(`\n## ${name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  print(results[name]);
}
await writeFile(file, JSON.stringify(results, null, 2) + '\n');
console.log('\nwritten to bench/results.json');
