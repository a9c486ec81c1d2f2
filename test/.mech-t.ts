import { analyze } from '../src/core/analyze';
for (const t of process.argv.slice(2)) console.log(JSON.stringify(analyze(t.replace(/\\n/g, '\n')).mentions.map((m) => [m.text, m.type, m.entityId])));
