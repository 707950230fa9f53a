import {
  isArgumentElement,
  isDateElement,
  isNumberElement,
  isPluralElement,
  isSelectElement,
  isTagElement,
  isTimeElement,
  parse,
  type MessageFormatElement,
} from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';

/** Parser options every message is read with: tags are text (the html template escapes it). */
const OPTIONS = { ignoreTag: true } as const;

/** The arguments a message uses, each with its kind: `plural`, `select` or `simple` (`{name}`). */
export function messageArguments(message: string): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (elements: MessageFormatElement[]): void => {
    for (const el of elements) {
      if (isArgumentElement(el)) {
        if (!found.has(el.value)) found.set(el.value, 'simple');
      } else if (isPluralElement(el) || isSelectElement(el)) {
        found.set(el.value, isPluralElement(el) ? 'plural' : 'select');
        for (const option of Object.values(el.options)) walk(option.value);
      } else if (isTagElement(el)) walk(el.children);
      else if (isNumberElement(el) || isDateElement(el) || isTimeElement(el)) found.set(el.value, 'formatted');
    }
  };
  walk(parse(message, OPTIONS));
  return found;
}

interface Compiled {
  format: IntlMessageFormat;
  /** Every argument the message uses. */
  names: string[];
  /** Arguments written `{name}`: numbers given for them are written in the locale's digits. */
  simple: Set<string>;
}

const compiled = new Map<string, Compiled>();

function compile(message: string, locale: string): Compiled {
  const id = `${locale}\u0000${message}`;
  let c = compiled.get(id);
  if (!c) {
    const args = [...messageArguments(message)];
    const simple = new Set(args.filter(([, kind]) => kind === 'simple').map(([name]) => name));
    c = { format: new IntlMessageFormat(message, locale, undefined, OPTIONS), names: args.map(([n]) => n), simple };
    compiled.set(id, c);
  }
  return c;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, grouping: boolean): Intl.NumberFormat {
  const id = `${locale}/${grouping}`;
  let f = numberFormats.get(id);
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: 20, useGrouping: grouping });
    numberFormats.set(id, f);
  }
  return f;
}

/**
 * Formats an ICU message in a locale. Numbers given for plain `{name}` arguments are written
 * as the locale writes them (a `{year}` without grouping); an argument the caller did not give
 * stays `{name}` (a missing value shows in the page rather than failing it).
 */
export function formatMessage(message: string, locale: string, params: Record<string, string | number> = {}): string {
  const { format, names, simple } = compile(message, locale);
  const values: Record<string, string | number> = {};
  for (const name of names) values[name] = `{${name}}`;
  for (const [name, value] of Object.entries(params))
    values[name] =
      typeof value === 'number' && simple.has(name) && Number.isFinite(value)
        ? numberFormat(locale, name !== 'year').format(value)
        : value;
  const out = format.format(values);
  return typeof out === 'string' ? out : String(out);
}
