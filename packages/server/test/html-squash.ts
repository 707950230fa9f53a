/**
 * HTML with its formatting whitespace taken out (runs collapsed, none next to a tag's angle
 * brackets), so a test can look for markup however the template that wrote it is laid out.
 * Apply it to both the page and the expected fragment.
 */
export function squashHtml(markup: string): string {
  return markup
    .replace(/\s+/g, ' ')
    .replace(/\s*(<\/?|\/?>)\s*/g, '$1')
    .replace(/\s*\/>/g, '>');
}
