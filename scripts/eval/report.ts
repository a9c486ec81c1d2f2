// Readable and JSON reports of an evaluation run.
import { LineIndex } from '../../src/cli/position';
import { displayText } from '../../src/cli/report';
import type { DocResult, EvalResult, SystemErrors } from './evaluate';
import { mbPerSecond } from './evaluate';
import type { Layer } from './gold';
import { accuracy, ENTITY_TYPES, prf, type Counts, type EvalClaim, type EvalEntity, type EvalQuote, type Ratio, type Span } from './metrics';

/** 0.8123 -> "81.2"; null -> "-". */
export function pct(v: number | null): string {
  return v === null ? '-' : (v * 100).toFixed(1);
}

const NA = 'n/a';

function padL(s: string, w: number): string {
  return s.length >= w ? s : ' '.repeat(w - s.length) + s;
}
function padR(s: string, w: number): string {
  return s.length >= w ? s : s + ' '.repeat(w - s.length);
}

/** Renders rows as a table: first column left-aligned, the others right-aligned. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  return rows
    .map((r) => r.map((c, i) => (i === 0 ? padR(c, widths[i]) : padL(c, widths[i]))).join('  ').trimEnd())
    .join('\n');
}

const f1 = (c: Counts | undefined): string => (c ? pct(prf(c).f1) : NA);
const acc = (r: Ratio | undefined): string => (r ? pct(accuracy(r)) : NA);

const HEADER = ['article', 'ent F1', 'span F1', 'link', 'dq F1', 'dq~ F1', 'dq spk', 'iq~ F1', 'iq spk', 'claim~ F1', 'base ent F1', 'base span F1'];

function docRow(d: DocResult): string[] {
  const e = d.newsLens.entities;
  const q = d.newsLens.quotes;
  const c = d.newsLens.claims;
  const b = d.compromise?.entities;
  return [
    d.id,
    f1(e?.exact),
    f1(e?.span),
    acc(e?.linking),
    f1(q?.directExact),
    f1(q?.directLenient),
    acc(q?.directSpeaker),
    f1(q?.indirect),
    acc(q?.indirectSpeaker),
    f1(c?.claims),
    f1(b?.exact),
    f1(b?.span),
  ];
}

function prfCells(c: Counts): string[] {
  const s = prf(c);
  return [pct(s.precision), pct(s.recall), pct(s.f1), `${c.tp}/${c.pred}/${c.gold}`];
}
function accCells(r: Ratio): string[] {
  return ['', '', pct(accuracy(r)), `${r.correct}/${r.total}`];
}

export function textReport(result: EvalResult, source: string): string {
  const out: string[] = [];
  const { newsLens, compromise } = result.total;
  out.push(`News Lens evaluation: ${result.docs.length} gold files from ${source}`);
  out.push(
    `Layers annotated: entities in ${result.layerFiles.entities} files, quotes in ${result.layerFiles.quotes}, claims in ${result.layerFiles.claims}. ` +
      `Scores in %; ${NA} = layer not annotated in that file, - = nothing to score.`,
  );
  out.push('');

  const rows: string[][] = [HEADER, ...result.docs.map(docRow)];
  const totalRow: string[] = [
    'TOTAL News Lens',
    f1(newsLens.entities.exact),
    f1(newsLens.entities.span),
    acc(newsLens.entities.linking),
    f1(newsLens.quotes.directExact),
    f1(newsLens.quotes.directLenient),
    acc(newsLens.quotes.directSpeaker),
    f1(newsLens.quotes.indirect),
    acc(newsLens.quotes.indirectSpeaker),
    f1(newsLens.claims.claims),
    '',
    '',
  ];
  rows.push(totalRow.map(() => ''), totalRow);
  if (compromise) {
    rows.push(['TOTAL compromise', f1(compromise.entities.exact), f1(compromise.entities.span), NA, NA, NA, NA, NA, NA, NA, '', '']);
  }
  out.push(table(compromise ? rows : rows.map((r) => r.slice(0, -2))));
  out.push('');
  out.push('Columns: ent = entity mentions, exact span and type; span = exact span, any type; link = entity id right on exact matches;');
  out.push('dq = direct quotes, exact span; dq~ = direct quotes, any overlap (one-to-one); spk = speaker right on the matched quotes;');
  out.push('iq~ = indirect quotes, any overlap; claim~ = claims, any overlap; NL = News Lens; base = the compromise baseline.');
  out.push('');

  // Micro-averaged totals, P/R/F1 with counts.
  const head = ['micro-averaged', 'NL P', 'NL R', 'NL F1', 'tp/pred/gold'];
  const detail: string[][] = [compromise ? [...head, 'base P', 'base R', 'base F1', 'tp/pred/gold'] : head];
  const line = (label: string, ours: string[], base?: string[]) => detail.push(compromise ? [label, ...ours, ...(base ?? ['', '', '', ''])] : [label, ...ours]);
  line('entities (span + type)', prfCells(newsLens.entities.exact), compromise && prfCells(compromise.entities.exact));
  for (const t of ENTITY_TYPES) {
    line(`  ${t}`, prfCells(newsLens.entities.byType[t]), compromise && prfCells(compromise.entities.byType[t]));
  }
  line('entities (span only)', prfCells(newsLens.entities.span), compromise && prfCells(compromise.entities.span));
  line('entity linking (accuracy)', accCells(newsLens.entities.linking));
  line('direct quotes (exact)', prfCells(newsLens.quotes.directExact));
  line('direct quotes (overlap)', prfCells(newsLens.quotes.directLenient));
  line('  speaker (accuracy)', accCells(newsLens.quotes.directSpeaker));
  line('indirect quotes (overlap)', prfCells(newsLens.quotes.indirect));
  line('  speaker (accuracy)', accCells(newsLens.quotes.indirectSpeaker));
  line('claims (overlap)', prfCells(newsLens.claims.claims));
  line('  reason (accuracy)', accCells(newsLens.claims.reason));
  out.push(table(detail));
  out.push('');

  const speed = (t: { bytes: number; ms: number }) => {
    const v = mbPerSecond(t);
    return `${v === null ? '-' : v.toFixed(2)} MB/s (${(t.bytes / 1e6).toFixed(3)} MB in ${t.ms.toFixed(0)} ms)`;
  };
  out.push(`Throughput: News Lens ${speed(result.throughput.newsLens)}` + (result.throughput.compromise ? `; compromise ${speed(result.throughput.compromise)}` : ''));
  out.push('');
  out.push('Notes:');
  for (const n of notes(result)) out.push(`  * ${n}`);
  return out.join('\n') + '\n';
}

export function notes(result: EvalResult): string[] {
  const n: string[] = [];
  n.push('Totals are micro-averaged: counts summed over the files that annotate the layer, then P/R/F1. Files score only the layers in their "annotated" field.');
  n.push(
    `Predicted claims with reason unattributed-quote (rule NL005) are not scored: the gold format has no such claim type ` +
      `(${result.total.newsLens.claims.unscored} left out).`,
  );
  n.push('Overlap matching is one-to-one, greedy by largest overlap; speaker accuracy counts null == null as right.');
  if (result.total.compromise) {
    n.push('compromise finds PERSON, LOC and ORG only (people(), places(), organizations()): it has no MISC, so its MISC recall is 0 by construction; it does no linking.');
  }
  n.push('Throughput: UTF-8 megabytes (10^6 bytes) per second of analysis, one warm-up call excluded.');
  return n;
}

// ------------------------------------------------------------ errors

function where(lines: LineIndex, s: Span): string {
  const p = lines.position(s.start);
  return `${p.line}:${p.column} [${s.start},${s.end})`;
}

function quoted(s: { text: string }, max = 100): string {
  return JSON.stringify(displayText(s.text, max));
}

export function errorReport(result: EvalResult, layers: readonly Layer[], system: 'newsLens' | 'compromise' = 'newsLens'): string {
  const out: string[] = [];
  for (const d of result.docs) {
    const errs: SystemErrors | undefined = system === 'newsLens' ? d.newsLensErrors : d.compromiseErrors;
    if (!errs) continue;
    const lines = new LineIndex(d.text);
    const at = (s: Span) => where(lines, s);
    const block: string[] = [];
    if (layers.includes('entities') && errs.entities) {
      const e = errs.entities;
      const goldTypeOf = new Map(e.wrongType.map(([p, g]) => [`${p.start}:${p.end}`, g.type] as const));
      const predTypeOf = new Map(e.wrongType.map(([p, g]) => [`${g.start}:${g.end}`, p.type] as const));
      const ent = (x: EvalEntity) => `${x.type.padEnd(6)} ${quoted(x)}`;
      for (const x of e.falsePositives) {
        const gt = goldTypeOf.get(`${x.start}:${x.end}`);
        block.push(`  entity    FP  ${at(x)}  ${ent(x)}${gt ? `  (gold type ${gt})` : ''}`);
      }
      for (const x of e.falseNegatives) {
        const pt = predTypeOf.get(`${x.start}:${x.end}`);
        block.push(`  entity    FN  ${at(x)}  ${ent(x)}${pt ? `  (predicted type ${pt})` : ''}`);
      }
      for (const [p, g] of e.wrongId) block.push(`  linking       ${at(g)}  ${quoted(g)} -> id ${JSON.stringify(p.id)}, gold ${JSON.stringify(g.id)}`);
    }
    if (layers.includes('quotes') && errs.quotes) {
      const q = errs.quotes;
      const sp = (x: EvalQuote) => (x.speaker === null ? 'null' : JSON.stringify(x.speaker));
      for (const x of q.direct.falsePositives) block.push(`  direct    FP  ${at(x)}  ${quoted(x)}  speaker ${sp(x)}`);
      for (const x of q.direct.falseNegatives) block.push(`  direct    FN  ${at(x)}  ${quoted(x)}  speaker ${sp(x)}`);
      for (const [p, g] of q.directBoundary) block.push(`  direct    ~   ${at(p)}  ${quoted(p)}  gold ${at(g)} ${quoted(g)}`);
      for (const x of q.indirect.falsePositives) block.push(`  indirect  FP  ${at(x)}  ${quoted(x)}  speaker ${sp(x)}`);
      for (const x of q.indirect.falseNegatives) block.push(`  indirect  FN  ${at(x)}  ${quoted(x)}  speaker ${sp(x)}`);
      for (const [p, g] of q.wrongSpeaker) block.push(`  speaker       ${at(g)}  ${g.kind} ${quoted(g, 60)}  predicted ${sp(p)}, gold ${sp(g)}`);
    }
    if (layers.includes('claims') && errs.claims) {
      const c = errs.claims;
      const cl = (x: EvalClaim) => `${x.reason}  ${quoted(x)}`;
      for (const x of c.falsePositives) block.push(`  claim     FP  ${at(x)}  ${cl(x)}`);
      for (const x of c.falseNegatives) block.push(`  claim     FN  ${at(x)}  ${cl(x)}`);
      for (const [p, g] of c.wrongReason) block.push(`  reason        ${at(g)}  ${quoted(g, 60)}  predicted ${p.reason}, gold ${g.reason}`);
    }
    if (block.length > 0) out.push(`${d.id}  (${d.file})`, ...block, '');
  }
  if (out.length === 0) return 'No errors.\n';
  const legend = 'FP = predicted, not in gold; FN = in gold, not predicted; ~ = overlapping but not exact span; positions are line:column [start,end).';
  return [legend, '', ...out].join('\n');
}

// ------------------------------------------------------------ JSON

/** Adds precision/recall/f1 next to every {tp, pred, gold} and accuracy next to every {correct, total}. */
export function withRates(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withRates);
  if (typeof value !== 'object' || value === null) return value;
  const o = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) out[k] = withRates(v);
  if (typeof o.tp === 'number' && typeof o.pred === 'number' && typeof o.gold === 'number') Object.assign(out, prf(o as unknown as Counts));
  if (typeof o.correct === 'number' && typeof o.total === 'number') out.accuracy = accuracy(o as unknown as Ratio);
  return out;
}

export function jsonReport(result: EvalResult, source: string, includeErrors: boolean): unknown {
  return {
    source,
    files: result.docs.map((d) => ({
      id: d.id,
      file: d.file,
      bytes: d.bytes,
      annotated: d.annotated,
      newsLens: withRates(d.newsLens),
      compromise: d.compromise ? withRates(d.compromise) : undefined,
      errors: includeErrors ? d.newsLensErrors : undefined,
    })),
    total: withRates(result.total),
    layerFiles: result.layerFiles,
    throughput: {
      newsLens: { ...result.throughput.newsLens, mbPerSecond: mbPerSecond(result.throughput.newsLens) },
      compromise: result.throughput.compromise
        ? { ...result.throughput.compromise, mbPerSecond: mbPerSecond(result.throughput.compromise) }
        : undefined,
    },
    notes: notes(result),
  };
}
