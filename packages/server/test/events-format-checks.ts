/**
 * Format checks for the event exports, independent of the code that writes them:
 * iCalendar unfolding (RFC 5545 §3.1) and XML 1.0 well-formedness.
 */

/** Content lines of an iCalendar document with folding undone. */
export function unfoldIcs(text: string): string[] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((l) => l !== '');
}

const NAME = /^[A-Za-z_:][-A-Za-z0-9_:.]*$/;
const ENTITY = /^&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/;

function checkText(text: string, at: number, problems: string[]): void {
  for (let i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
    if (!ENTITY.test(text.slice(i))) problems.push(`unescaped & at ${at + i}`);
  }
  if (text.includes('<')) problems.push(`stray < at ${at + text.indexOf('<')}`);
}

function checkAttributes(source: string, at: number, problems: string[]): void {
  const seen = new Set<string>();
  const rest = source.replace(
    /\s*([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/g,
    (_m, name: string, _q, dq: string | undefined, sq: string | undefined) => {
      if (!NAME.test(name)) problems.push(`bad attribute name "${name}" at ${at}`);
      if (seen.has(name)) problems.push(`duplicate attribute "${name}" at ${at}`);
      seen.add(name);
      checkText(dq ?? sq ?? '', at, problems);
      return '';
    },
  );
  if (rest.trim()) problems.push(`malformed attributes "${rest.trim()}" at ${at}`);
}

/** Every well-formedness problem of an XML document (an empty list when it is well-formed). */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  let roots = 0;
  let pos = 0;
  if (xml.startsWith('<?xml')) {
    const end = xml.indexOf('?>');
    if (end < 0) return ['unterminated XML declaration'];
    pos = end + 2;
  }
  while (pos < xml.length) {
    const lt = xml.indexOf('<', pos);
    const text = xml.slice(pos, lt < 0 ? xml.length : lt);
    if (!stack.length && text.trim()) problems.push(`text outside the root element at ${pos}`);
    checkText(text, pos, problems);
    if (lt < 0) break;
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt);
      if (end < 0) return [...problems, 'unterminated comment'];
      pos = end + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt);
      if (end < 0) return [...problems, 'unterminated CDATA'];
      pos = end + 3;
      continue;
    }
    const gt = xml.indexOf('>', lt);
    if (gt < 0) return [...problems, `unterminated tag at ${lt}`];
    const tag = xml.slice(lt + 1, gt);
    pos = gt + 1;
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> at ${lt} closes <${open ?? 'nothing'}>`);
      continue;
    }
    const selfClosing = tag.endsWith('/');
    const body = selfClosing ? tag.slice(0, -1) : tag;
    const name = body.split(/\s/, 1)[0];
    if (!NAME.test(name)) problems.push(`bad element name "${name}" at ${lt}`);
    checkAttributes(body.slice(name.length), lt, problems);
    if (!stack.length) roots++;
    if (!selfClosing) stack.push(name);
  }
  if (stack.length) problems.push(`unclosed elements: ${stack.join(', ')}`);
  if (roots !== 1) problems.push(`${roots} root elements (there must be exactly one)`);
  return problems;
}
