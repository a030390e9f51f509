import { readFileSync } from 'node:fs';

/** Self time per function and per package from a V8 .cpuprofile: `tsx bench/summarize-profile.ts file.cpuprofile`. */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const profile = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfMs = new Map<number, number>();
profile.samples.forEach((id, index) =>
  selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000),
);
const total = [...selfMs.values()].reduce((a, b) => a + b, 0);

function packageOf(url: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (match) return match[1] ?? url;
  if (url.includes('/shared/')) return `project ${url.slice(url.indexOf('/shared/') + 1)}`;
  return url === '' ? '(native/gc)' : url.replace(/^.*\/work\/main\//, '');
}

const perFunction = new Map<string, number>();
const perPackage = new Map<string, number>();
for (const [id, ms] of selfMs) {
  const frame = byId.get(id)?.callFrame;
  if (!frame) continue;
  const key = `${frame.functionName || '(anonymous)'} ${packageOf(frame.url)}:${frame.lineNumber + 1}`;
  perFunction.set(key, (perFunction.get(key) ?? 0) + ms);
  perPackage.set(packageOf(frame.url), (perPackage.get(packageOf(frame.url)) ?? 0) + ms);
}
const top = (map: Map<string, number>, n: number): string[] =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(
      ([key, ms]) =>
        `${((ms / total) * 100).toFixed(1).padStart(5)}%  ${ms.toFixed(0).padStart(6)} ms  ${key}`,
    );
console.log(
  `total sampled: ${total.toFixed(0)} ms\n-- per package --\n${top(perPackage, 12).join('\n')}\n-- per function --\n${top(perFunction, 25).join('\n')}`,
);
