// What the classifier changes on the development set (../shared/eval/dev only: never run it on
// GUM test or GENTLE), entity by entity, against the gold labels of its mentions:
//   node -r ./test/register-ts.js scripts/train/changes.ts models/type-classifier.json
// '+' more mentions right after the change, '-' fewer, '=' as many.
import * as path from 'node:path';
import { readFileSync } from 'node:fs';
import { prepare, readGoldFolder, goldLabel } from './data';
import { entityDecisions } from '../../src/core/entities/learned/retype';
const model = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const docs = readGoldFolder(path.resolve(__dirname, '../../../shared/eval/dev')).map(prepare);
let good = 0, bad = 0, neutral = 0;
for (const p of docs) {
  const ds = entityDecisions(p.doc, p.ents, model);
  p.ents.entities.forEach((e, i) => {
    const d = ds[i];
    if (d.kind === 'keep') return;
    const labels = e.mentions.map((mi) => goldLabel(p.ents.mentions[mi].start, p.ents.mentions[mi].end, p.file.entities));
    const newT = d.kind === 'drop' ? 'NONE' : d.type;
    const before = labels.filter((l) => l === e.type).length, after = labels.filter((l) => l === newT).length;
    if (after > before) good++; else if (after < before) bad++; else neutral++;
    console.log(`${after > before ? '+' : after < before ? '-' : '='} ${p.file.id.slice(0, 18).padEnd(18)} ${e.id.padEnd(30)} ${e.type}->${newT} gold=${labels.join(',')}`);
  });
}
console.log({ good, bad, neutral });
