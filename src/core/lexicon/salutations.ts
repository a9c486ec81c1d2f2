// Words that open a letter's or a message's greeting before the name of the one addressed
// ("Dear Hannah,"). Read by entities/recognize.ts (withoutSalutation).

export const SALUTATIONS: ReadonlySet<string> = new Set(['Dear', 'Dearest']);
