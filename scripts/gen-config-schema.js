// Writes schemas/news-lens.schema.json from the rule catalogue:
//   node scripts/gen-config-schema.js > schemas/news-lens.schema.json
// test/unit/config.test.ts checks that the schema and the validator (src/core/config/file.ts) agree.
'use strict';
require('../test/register-ts.js');
const { RULES } = require('../src/core/claims/rules.ts');
const levels = ['off', 'error', 'warning', 'information', 'hint'];
const rules = {};
for (const r of RULES) rules[r.code] = { description: `${r.name} (default: ${r.defaultSeverity}). ${r.summary}`, enum: levels };
const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'news-lens.schema.json',
  title: 'News Lens configuration',
  description: 'Configuration for News Lens (.news-lens.json, or the "news-lens" key of package.json). Found by walking up from the article; VS Code settings and command-line flags override it.',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string', description: 'The JSON schema of this file.' },
    rules: {
      type: 'object',
      description: 'Severity per rule code, or "off" to turn a rule off. Rules not listed keep their default severity.',
      properties: rules,
      additionalProperties: false,
    },
    extraVagueSources: {
      type: 'array',
      description: 'Extra phrases that mark a vague source (e.g. "insiders say"), matched literally and case-insensitively.',
      items: { type: 'string', minLength: 1, pattern: '\\S' },
    },
    allowedPhrases: {
      type: 'array',
      description: 'Trigger phrases the desk accepts (e.g. "a monitor said" where the monitor is named elsewhere): problems whose trigger is one of them, ignoring case and spacing, are not reported.',
      items: { type: 'string', minLength: 1, pattern: '\\S' },
    },
    knownEntities: {
      type: 'array',
      description: "The desk's own gazetteer: people, organisations and places News Lens should know, with their type, role and other forms. They are found and typed in every article and shown in hovers.",
      items: {
        type: 'object',
        required: ['name', 'type'],
        additionalProperties: false,
        properties: {
          name: { type: 'string', minLength: 1, pattern: '\\S', description: 'The full name ("Ursula von der Leyen").' },
          type: {
            enum: ['PERSON', 'ORG', 'LOC', 'MISC'],
            description: 'PERSON, ORG (organisation), LOC (place) or MISC (nationalities, events, laws, other names).',
          },
          role: { type: 'string', minLength: 1, pattern: '\\S', description: 'Their role or title, shown in hovers and the Quotes view ("President of the European Commission").' },
          aliases: {
            type: 'array',
            items: { type: 'string', minLength: 1, pattern: '\\S' },
            description: 'Other forms the articles use ("von der Leyen"); matched exactly, like the name.',
          },
        },
      },
    },
  },
};
process.stdout.write(JSON.stringify(schema, null, 2) + '\n');
