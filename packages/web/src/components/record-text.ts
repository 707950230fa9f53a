import { sourceTitle, type Source } from '@convivio/shared';
import { escapeHtml, html, raw, SafeHtml } from '../html.ts';
import type { Translate } from '../i18n.ts';

const BULLET = /^\s*(?:[-•*]|\d+[.)])\s+/;

/**
 * Source text as HTML: blank lines separate paragraphs, runs of "- item" lines become
 * lists, other line breaks are kept. Everything is escaped.
 */
export function richText(text: string): SafeHtml {
  const out: string[] = [];
  for (const block of text.trim().split(/\n\s*\n/)) {
    let lines: string[] = [];
    let items: string[] = [];
    const flushLines = () => {
      if (lines.length) out.push(`<p>${lines.map(escapeHtml).join('<br>')}</p>`);
      lines = [];
    };
    const flushItems = () => {
      if (items.length) out.push(`<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`);
      items = [];
    };
    for (const line of block.split('\n')) {
      if (BULLET.test(line)) {
        flushLines();
        items.push(line.replace(BULLET, ''));
      } else {
        flushItems();
        lines.push(line);
      }
    }
    flushLines();
    flushItems();
  }
  return raw(out.join(''));
}

/** The words shown for a field the source leaves empty: never hidden silently. */
export const notStated = (t: Translate): SafeHtml => html`<span class="not-stated">${t('record.notStated')}</span>`;

/**
 * The translator for showing one record: a record that names no source has no source
 * to be silent, so its empty fields read "Not recorded" instead of "Not stated in the source".
 */
export function forRecord<C extends { t: Translate }>(ctx: C, source: Source | null | undefined): C {
  if (source) return ctx;
  const t: Translate = (key, params) => ctx.t(key === 'record.notStated' ? 'record.notRecorded' : key, params);
  return { ...ctx, t };
}

/** Where a record comes from: the source document's title and section ("Not recorded" without a source). */
export function sourceCitation(t: Translate, source: Source | null | undefined): SafeHtml {
  if (!source) return html`<span class="not-stated">${t('record.notRecorded')}</span>`;
  return html`<cite>${sourceTitle(source.document)}</cite
    >${source.section ? html`, ${t('practice.source.section', { section: source.section })}` : ''}`;
}

const isEmpty = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * One term and its value in a definition list. Record content carries its language
 * (`lang`); an empty value reads "Not stated in the source".
 */
export function recordField(
  t: Translate,
  label: string,
  value: SafeHtml | string | null | undefined,
  opts: { lang?: string; id?: string } = {},
): SafeHtml {
  if (isEmpty(value) || (value instanceof SafeHtml && value.value === '')) {
    return html`<div class="field">
      <dt ${opts.id ? html`id="${opts.id}"` : ''}>${label}</dt>
      <dd>${notStated(t)}</dd>
    </div>`;
  }
  const body = typeof value === 'string' ? richText(value) : value;
  return html`<div class="field">
    <dt ${opts.id ? html`id="${opts.id}"` : ''}>${label}</dt>
    <dd ${opts.lang ? html`lang="${opts.lang}"` : ''}>${body}</dd>
  </div>`;
}

/** A section of record text under its own heading, "Not stated in the source" when empty. */
export function textSection(t: Translate, id: string, title: string, text: string | null, lang: string): SafeHtml {
  return html`<section class="record-section" aria-labelledby="${id}">
    <h2 id="${id}">${title}</h2>
    ${text ? html`<div class="record-text" lang="${lang}">${richText(text)}</div>` : html`<p>${notStated(t)}</p>`}
  </section>`;
}

/** A list of tags (themes, target groups…) or "Not stated". */
export function tagList(t: Translate, labels: string[], label: string, hrefs?: string[]): SafeHtml {
  if (!labels.length) return notStated(t);
  return html`<ul class="tags" aria-label="${label}">
    ${labels.map((l, i) => html`<li class="tag">${hrefs?.[i] ? html`<a href="${hrefs[i]}">${l}</a>` : l}</li>`)}
  </ul>`;
}

/** The practice search filtered by one theme. */
export const themeSearchHref = (theme: string): string => `/practices?theme=${encodeURIComponent(theme)}`;
