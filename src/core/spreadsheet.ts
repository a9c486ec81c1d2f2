// Text bound for a CSV file that a spreadsheet may open: a cell that starts like a formula
// (= + - @, a tab or a carriage return) would run as one (CSV injection), so it gets a leading
// apostrophe, which spreadsheets read as "text". Article text, names and file names can all
// start that way. Used by the extension's quote export and the CLI's `speakers --format csv`.

/** The value, with a leading apostrophe when a spreadsheet would read it as a formula. */
export function spreadsheetText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
