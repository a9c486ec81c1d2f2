// The configuration file (src/core/config): parsing with exact messages, the JSON schema kept in
// step with the validator, merging with settings, and the walk up the folders.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { RULE_CODES } from '../../src/core/claims/rules';
import { parseConfigText, parseJson, parsePackageJsonConfig, validateConfig } from '../../src/core/config/file';
import { ConfigResolver, type ConfigHost } from '../../src/core/config/lookup';
import { fileOptions, mergeOptions } from '../../src/core/config/merge';
import { analyze } from '../../src/core/analyze';

const SCHEMA_FILE = path.join(__dirname, '../../schemas/news-lens.schema.json');
const schema = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8'));

/** [severity, path, message] of every problem. */
function problems(text: string): [string, string, string][] {
  return parseConfigText(text).problems.map((p) => [p.severity, p.path, p.message]);
}

describe('config file: parsing and validation', () => {
  it('reads a full configuration', () => {
    const parsed = parseConfigText(JSON.stringify({
      $schema: './node_modules/news-lens/schemas/news-lens.schema.json',
      rules: { NL003: 'off', NL004: 'hint' },
      extraVagueSources: [' insiders say '],
      knownEntities: [
        { name: 'Ursula von der Leyen', type: 'PERSON', role: 'President of the European Commission', aliases: ['von der Leyen'] },
        { name: 'Ofqual', type: 'ORG' },
      ],
    }));
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.config, {
      rules: { NL003: 'off', NL004: 'hint' },
      extraVagueSources: ['insiders say'],
      knownEntities: [
        { name: 'Ursula von der Leyen', type: 'PERSON', role: 'President of the European Commission', aliases: ['von der Leyen'] },
        { name: 'Ofqual', type: 'ORG' },
      ],
    });
  });

  it('says where JSON is broken, with line and column', () => {
    const [problem] = parseConfigText('{\n  "rules": {\n    "NL001": "off",\n  }\n}').problems;
    assert.equal(problem.severity, 'error');
    assert.equal(problem.path, '');
    assert.match(problem.message, /^not valid JSON: /);
    assert.deepEqual([problem.line, problem.column], [4, 3]);
    assert.deepEqual(problems(''), [['error', '', 'the file is empty (expected a JSON object)']]);
    assert.deepEqual(parseJson('\ufeff{}'), { ok: true, value: {} });
    const truncated = parseConfigText('{"rules": ').problems[0];
    assert.equal(truncated.line, 1);
  });

  it('names every wrong value and keeps the rest', () => {
    const parsed = parseConfigText(JSON.stringify({
      rules: { NL001: 'loud', NL002: 'off', NL999: 'off' },
      extraVagueSources: 'insiders say',
      knownEntities: [{ name: 'Jane Doe', type: 'person' }, { type: 'ORG' }, { name: 'Acme', type: 'ORG', nickname: 'A' }, 7],
      colour: 'blue',
    }));
    assert.deepEqual(parsed.problems.map((p) => [p.severity, p.path, p.message]), [
      ['warning', 'colour', 'unknown setting "colour" is ignored (known: rules, extraVagueSources, allowedPhrases, knownEntities)'],
      ['error', 'rules.NL001', 'must be one of "off", "error", "warning", "information", "hint", not "loud"'],
      ['warning', 'rules.NL999', `unknown rule "NL999" is ignored (known: ${RULE_CODES.join(', ')})`],
      ['error', 'extraVagueSources', 'must be a list of strings, not "insiders say"'],
      ['error', 'knownEntities[0].type', 'must be one of "PERSON", "ORG", "LOC", "MISC", not "person"'],
      ['error', 'knownEntities[1].name', 'a known entity needs a non-empty "name", not nothing'],
      ['warning', 'knownEntities[2].nickname', 'unknown field "nickname" is ignored (known: name, type, role, aliases)'],
      ['error', 'knownEntities[3]', 'must be an object such as {"name": "Jane Doe", "type": "PERSON"}, not 7'],
    ]);
    assert.deepEqual(parsed.config, { rules: { NL002: 'off' }, knownEntities: [{ name: 'Acme', type: 'ORG' }] });
    assert.deepEqual(problems('[1]'), [['error', '', 'the configuration must be a JSON object, not a list']]);
  });

  it('reads the "news-lens" key of a package.json, and nothing else', () => {
    assert.equal(parsePackageJsonConfig('{"name": "desk"}'), undefined);
    assert.equal(parsePackageJsonConfig('not json'), undefined);
    const parsed = parsePackageJsonConfig('{"name": "desk", "news-lens": {"rules": {"NL001": 1}}}');
    assert.deepEqual(parsed?.problems.map((p) => p.path), ['news-lens.rules.NL001']);
  });
});

describe('config file: the JSON schema agrees with the validator', () => {
  const ajv = new Ajv({ allErrors: true, strict: true });
  const validate = ajv.compile(schema);

  it('lists every rule code', () => {
    assert.deepEqual(Object.keys(schema.properties.rules.properties), [...RULE_CODES],
      'schemas/news-lens.schema.json is out of date: run node scripts/gen-config-schema.js > schemas/news-lens.schema.json');
  });

  const samples: unknown[] = [
    {},
    { rules: { NL001: 'off', NL005: 'error' } },
    { rules: { NL001: 'loud' } },
    { rules: { NL999: 'off' } },
    { rules: [] },
    { extraVagueSources: ['insiders say'] },
    { extraVagueSources: [''] },
    { extraVagueSources: 'x' },
    { knownEntities: [{ name: 'Jane Doe', type: 'PERSON', role: 'Mayor', aliases: ['Doe'] }] },
    { knownEntities: [{ name: 'Jane Doe', type: 'person' }] },
    { knownEntities: [{ name: 'Jane Doe' }] },
    { knownEntities: [{ name: ' ', type: 'ORG' }] },
    { knownEntities: [{ name: 'A', type: 'ORG', aliases: [3] }] },
    { knownEntities: [{ name: 'A', type: 'ORG', extra: 1 }] },
    { colour: 'blue' },
    [],
    'text',
  ];
  for (const sample of samples) {
    it(`same verdict on ${JSON.stringify(sample)}`, () => {
      const schemaOk = validate(sample) === true;
      const ours = validateConfig(sample);
      // Warnings (unknown keys) are errors for the schema, which editors show as squiggles.
      assert.equal(ours.problems.length === 0, schemaOk, JSON.stringify({ ours: ours.problems, schema: validate.errors }));
    });
  }

  it('package.json: jsonValidation for both files, and the knownEntities setting has the same shape', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '../../package.json'), 'utf8'));
    assert.deepEqual(pkg.contributes.jsonValidation, [
      { fileMatch: '.news-lens.json', url: './schemas/news-lens.schema.json' },
      { fileMatch: 'package.json', url: './schemas/package-json.schema.json' },
    ]);
    for (const v of pkg.contributes.jsonValidation) assert.ok(fs.existsSync(path.join(__dirname, '../..', v.url)), v.url);
    assert.deepEqual(pkg.contributes.configuration.properties['newsLens.knownEntities'].items, schema.properties.knownEntities.items);
    assert.deepEqual(Object.keys(pkg.contributes.configuration.properties['newsLens.rules'].properties), [...RULE_CODES]);
  });

  it('the package.json schema points at the configuration schema', () => {
    const pkgSchema = JSON.parse(fs.readFileSync(path.join(__dirname, '../../schemas/package-json.schema.json'), 'utf8'));
    assert.equal(pkgSchema.properties['news-lens'].$ref, './news-lens.schema.json');
  });
});

describe('config file: options and merging', () => {
  it('turns levels into engine rule settings', () => {
    assert.deepEqual(fileOptions({ rules: { NL001: 'off', NL004: 'hint' }, extraVagueSources: ['x'] }), {
      rules: { NL001: { enabled: false }, NL004: { enabled: true, severity: 'hint' } },
      extraVagueSources: ['x'],
      knownEntities: [],
    });
  });

  it('settings win per rule; phrase lists are joined; an entity named in both takes the setting', () => {
    const file = fileOptions({
      rules: { NL001: 'off', NL003: 'error' },
      extraVagueSources: ['insiders say', 'aides say'],
      knownEntities: [{ name: 'Jane Doe', type: 'PERSON', role: 'Mayor' }, { name: 'Acme', type: 'ORG' }],
    });
    const merged = mergeOptions(file, {
      rules: { NL001: { severity: 'hint' } },
      extraVagueSources: ['Insiders say', 'people familiar say'],
      knownEntities: [{ name: 'jane doe', type: 'PERSON', role: 'Former mayor' }],
      format: 'markdown',
    });
    assert.deepEqual(merged, {
      rules: { NL001: { severity: 'hint' }, NL003: { enabled: true, severity: 'error' } },
      extraVagueSources: ['insiders say', 'aides say', 'people familiar say'],
      knownEntities: [{ name: 'Acme', type: 'ORG' }, { name: 'jane doe', type: 'PERSON', role: 'Former mayor' }],
      format: 'markdown',
    });
  });

  it('the engine applies what the file says', () => {
    const text = 'Insiders say the plan will fail.\n\nThe war has killed more than 280,000 people.';
    const options = fileOptions(parseConfigText('{"rules": {"NL004": "off"}, "extraVagueSources": ["insiders say"]}').config);
    assert.deepEqual(analyze(text, options).claims.map((c) => c.code), ['NL001']);
  });
});

describe('config file: lookup', () => {
  /** An in-memory folder tree: "/a/b" -> files. */
  function host(files: Record<string, string>, reads: string[] = []): ConfigHost<string> {
    return {
      key: (dir) => dir,
      parent: (dir) => (dir === '/' ? undefined : path.posix.dirname(dir)),
      read: async (dir, name) => {
        const file = path.posix.join(dir, name);
        reads.push(file);
        if (files[file] === '<EACCES>') throw new Error('permission denied');
        return files[file];
      },
      display: (dir, name) => path.posix.join(dir, name),
    };
  }

  it('walks up; .news-lens.json wins over package.json in the same folder; the nearest wins', async () => {
    const files = {
      '/desk/.news-lens.json': '{"rules": {"NL001": "off"}}',
      '/desk/package.json': '{"news-lens": {"rules": {"NL002": "off"}}}',
      '/desk/sport/package.json': '{"name": "sport"}',
      '/desk/world/package.json': '{"news-lens": {"rules": {"NL003": "off"}}}',
    };
    const reads: string[] = [];
    const resolver = new ConfigResolver(host(files, reads));
    assert.equal((await resolver.find('/desk/sport/2026'))?.file, '/desk/.news-lens.json');
    assert.equal((await resolver.find('/desk/world'))?.file, '/desk/world/package.json');
    assert.equal((await resolver.find('/elsewhere')), undefined);
    const before = reads.length;
    assert.equal((await resolver.find('/desk/sport'))?.file, '/desk/.news-lens.json');
    assert.equal(reads.length, before, 'cached per folder');
    resolver.clear();
    await resolver.find('/desk/sport');
    assert.ok(reads.length > before, 'read again after clear()');
  });

  it('reports an unreadable or broken file as errors, and never rejects', async () => {
    const resolver = new ConfigResolver(host({
      '/a/.news-lens.json': '<EACCES>',
      '/b/.news-lens.json': '{"rules": {"NL001": "loud"}, "x": 1}',
    }));
    const a = await resolver.find('/a');
    assert.deepEqual(a?.messages, ['/a/.news-lens.json: cannot be read: permission denied']);
    assert.equal(a?.hasErrors, true);
    const b = await resolver.find('/b');
    assert.deepEqual(b?.messages, [
      '/b/.news-lens.json: rules.NL001: must be one of "off", "error", "warning", "information", "hint", not "loud"',
      '/b/.news-lens.json: x: unknown setting "x" is ignored (known: rules, extraVagueSources, allowedPhrases, knownEntities)',
    ]);
  });
});
