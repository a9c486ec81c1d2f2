// Words written with a leading apostrophe that stands for left-out letters, not a quotation mark:
// 'Tis, 'twas, rock 'n' roll, 'em, 'cause, 'til. Lower case. (Years such as '90s are matched
// by shape in marks.ts.)
export const LEADING_ELISIONS: ReadonlySet<string> = new Set([
  'tis', 'twas', 'twere', 'twill', 'twould', 'n', 'em', 'cause', 'cos', 'coz', 'til', 'bout', 'nuff', 'gainst', 'neath', 'ere', 'sup',
]);
