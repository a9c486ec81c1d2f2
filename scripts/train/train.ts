// `npm run train`: trains the learned type classifier (docs/model.md) from ../shared/train/gum.
//   1. trains on GUM's train split and picks the two decision thresholds on GUM's dev split;
//   2. retrains on train + dev with those thresholds and writes the model file.
// `npm run train -- --check` retrains and fails (exit 1) unless the committed file is identical.
// Options: --out FILE (default models/type-classifier.json), --genres a,b,c (GUM genres to use),
// --with-news (also train on the dev news set; report its figures only under cross-validation).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { dataHash, prepare, readGoldFolder, type GoldFile, type PreparedDoc } from './data';
import { toModel, train } from './perceptron';
import { f1, score } from './score';

const EPOCHS = 10;
const SEED = 1;
const SCALE = 100;
/** Weights below this (absolute, every label) are left out of the file. */
const MIN_WEIGHT = 1;
const GRID = [0, 2, 4, 8, 16, 32, Infinity];

function arg(name: string): string | undefined {
  const a = process.argv.find((x) => x.startsWith(`--${name}=`));
  return a ? a.slice(name.length + 3) : undefined;
}

const repo = path.resolve(__dirname, '..', '..');
const shared = path.resolve(repo, '..', 'shared');
const out = path.resolve(repo, arg('out') ?? 'models/type-classifier.json');
const check = process.argv.includes('--check');
const genres = arg('genres')?.split(',');
const withNews = process.argv.includes('--with-news');

const t0 = Date.now();
const genreOf = (f: GoldFile): string => f.id.split('_')[1];
const gum = readGoldFolder(path.join(shared, 'train', 'gum')).filter((f) => (f.split === 'train' || f.split === 'dev') && (!genres || genres.includes(genreOf(f))));
const news = withNews ? readGoldFolder(path.join(shared, 'eval', 'dev')) : [];
const used = [...gum, ...news];
const hash = dataHash(used);
const prepared = new Map<GoldFile, PreparedDoc>(used.map((f) => [f, prepare(f)]));
const ex = (files: GoldFile[]) => files.flatMap((f) => prepared.get(f)!.examples);
const trainFiles = gum.filter((f) => f.split === 'train');
const devDocs = gum.filter((f) => f.split === 'dev').map((f) => prepared.get(f)!);

// 1. Thresholds on GUM dev (first best in grid order: the most conservative on ties).
const w1 = train([...ex(trainFiles), ...ex(news)], { epochs: EPOCHS, seed: SEED });
let best = { retype: Infinity, drop: Infinity, f: f1(score(devDocs, null)) };
const rulesF = best.f;
for (const retype of [...GRID].reverse()) {
  for (const drop of [...GRID].reverse()) {
    const f = f1(score(devDocs, toModel(w1, { dataHash: '', retypeMargin: retype, dropMargin: drop, scale: SCALE, minWeight: MIN_WEIGHT })));
    if (f > best.f + 1e-9) best = { retype, drop, f };
  }
}
console.log(`GUM dev split: rules ${(100 * rulesF).toFixed(1)}, with the model ${(100 * best.f).toFixed(1)} (retype margin > ${best.retype}, drop margin > ${best.drop})`);

// 2. The final model on everything.
const w2 = train(ex(used), { epochs: EPOCHS, seed: SEED });
const finite = (x: number): number => (Number.isFinite(x) ? x : 1e9);
const model = toModel(w2, { dataHash: hash, retypeMargin: finite(best.retype), dropMargin: finite(best.drop), scale: SCALE, minWeight: MIN_WEIGHT });
const json = JSON.stringify(model, null, 0).replace(/\],"/g, '],\n"') + '\n';
console.log(`${gum.length} GUM documents${withNews ? ` + ${news.length} dev news` : ''}, ${ex(used).length} mentions, ${Object.keys(model.weights).length} features kept, ${(json.length / 1024).toFixed(0)} KB, data sha256 ${hash.slice(0, 16)}…, ${Date.now() - t0} ms`);
if (check) {
  const committed = existsSync(out) ? readFileSync(out, 'utf8') : '';
  if (committed === json) console.log(`${path.relative(repo, out)} is what training produces.`);
  else {
    const old = committed ? (JSON.parse(committed) as { dataHash?: string }).dataHash : '(no file)';
    console.error(`${path.relative(repo, out)} differs from what training produces (committed data hash ${old}, now ${hash}).`);
    process.exitCode = 1;
  }
} else {
  writeFileSync(out, json);
  console.log(`wrote ${path.relative(repo, out)}`);
}
