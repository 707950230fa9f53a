/**
 * A text field of a CSV the engine writes (area codes, group names): neutralised with a leading
 * single quote when a spreadsheet would run it as a formula (it starts with `=`, `+`, `-`, `@`,
 * a tab or a carriage return, after OWASP's guidance on CSV injection), quoted when it holds a
 * comma, quote or line break. Numbers are written by the callers as they are.
 */
export function csvText(v: string): string {
  const s = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
