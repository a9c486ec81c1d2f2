// Experiments behind docs/model.md: GUM dev split and dev-news figures with and without the
// classifier, over a grid of decision thresholds. Run: node -r ./test/register-ts.js scripts/train/experiment.ts
import * as path from 'node:path';
import { prepare, readGoldFolder, type PreparedDoc } from './data';
import { toModel, train } from './perceptron';
import { f1, score } from './score';

const root = path.resolve(__dirname, '..', '..', '..', 'shared');
const t0 = Date.now();
const gum = readGoldFolder(path.join(root, 'train', 'gum'));
const news = readGoldFolder(path.join(root, 'eval', 'dev')).filter((f) => f.entities.length > 0 || f.text.length > 0);
const epochs = Number(process.env.EPOCHS ?? 10);
const genres = process.env.GENRES ? new Set(process.env.GENRES.split(',')) : null;
const genreOf = (id: string): string => id.split('_')[1];
// DA=1: "frustratingly easy" domain adaptation (Daume 2007): every feature also in a copy for its
// domain (GUM or news), so that the news folds can learn where news differs.
const domain = (tag: string) => (p: PreparedDoc): PreparedDoc => (process.env.DA
  ? { ...p, examples: p.examples.map((e) => ({ label: e.label, features: [...e.features, ...e.features.map((f) => `${tag}:${f}`)] })) }
  : p);
const gTrain = gum.filter((f) => f.split === 'train' && (!genres || genres.has(genreOf(f.id)))).map(prepare).map(domain('g'));
const gDev = gum.filter((f) => f.split === 'dev').map(prepare).map(domain('g'));
const nDev = news.map(prepare).map(domain('n'));
console.log(`prepared ${gTrain.length}+${gDev.length}+${nDev.length} docs in ${Date.now() - t0} ms; examples ${gTrain.reduce((s, p) => s + p.examples.length, 0)}`);

const show = (name: string, docs: PreparedDoc[], m: ReturnType<typeof toModel> | null): string => {
  const c = score(docs, m);
  return `${name} ${(100 * f1(c)).toFixed(1)} (${c.tp}/${c.pred}/${c.gold})`;
};
console.log('rules alone:', show('gumdev', gDev, null), show('news', nDev, null));

const grid = (process.env.GRID ?? '0,2,8,16,32,64,1e9').split(',').map(Number);
const gate = process.env.GATE ? (fs: readonly string[]) => fs.some((f) => /^own=\w+:[23]$/.test(f) || f.startsWith('lex=')) : undefined;
const ex = (docs: PreparedDoc[]) => docs.flatMap((p) => p.examples);
const weights = train(ex(gTrain), { epochs, seed: 1 });
for (const r of grid) {
  const line: string[] = [];
  for (const d of grid) {
    const m = toModel(weights, { dataHash: '', retypeMargin: r, dropMargin: d, scale: 100, minWeight: 0 });
    const c = score(gDev, m, gate);
    line.push(`${(100 * f1(c)).toFixed(1)}`);
  }
  console.log(`gumdev retype>${r}: drop>${grid.join('/')} -> ${line.join(' ')}`);
}
for (const r of grid) {
  const line: string[] = [];
  for (const d of grid) {
    const m = toModel(weights, { dataHash: '', retypeMargin: r, dropMargin: d, scale: 100, minWeight: 0 });
    line.push(`${(100 * f1(score(nDev, m, gate))).toFixed(1)}`);
  }
  console.log(`news(no dev training) retype>${r}: ${line.join(' ')}`);
}
// Dev news under 5-fold cross-validation, trained on GUM train+dev plus the other folds.
if (process.env.CV) {
  const k = 5;
  const withGumDev = [...ex(gTrain), ...ex(gDev)];
  const folds = Array.from({ length: k }, (_, fold) => {
    const held = nDev.filter((_, i) => i % k === fold);
    const rest = nDev.filter((_, i) => i % k !== fold);
    return { held, w: train([...withGumDev, ...(process.env.CV === 'gumonly' ? [] : Array.from({ length: Number(process.env.NEWSW ?? 1) }, () => ex(rest)).flat())], { epochs, seed: 1 }) };
  });
  for (const r of grid) {
    const line: string[] = [];
    for (const d of grid) {
      const total = { tp: 0, pred: 0, gold: 0 };
      for (const { held, w } of folds) {
        const c = score(held, toModel(w, { dataHash: '', retypeMargin: r, dropMargin: d, scale: 100, minWeight: 0 }), gate);
        total.tp += c.tp; total.pred += c.pred; total.gold += c.gold;
      }
      line.push((100 * f1(total)).toFixed(1));
    }
    console.log(`news CV retype>${r}: ${line.join(' ')}`);
  }
}
console.log(`done in ${Date.now() - t0} ms`);
