/**
 * Spreadsheet safety: a text cell that starts with = + - @, a tab or a carriage
 * return may be run as a formula when a CSV or XLSX is opened in a spreadsheet
 * (OWASP "CSV injection"). Such text gets a leading apostrophe, which spreadsheets
 * show as text and hide. Numbers are never touched: they are written as numbers.
 */
const TRIGGER = /^[=+\-@\t\r]/;

export function neutralise(text: string): string {
  return TRIGGER.test(text) ? `'${text}` : text;
}
