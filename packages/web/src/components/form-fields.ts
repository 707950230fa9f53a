import { html, type SafeHtml } from '../html.ts';
import type { Translate } from '../i18n.ts';
import { writeNumber } from '../locale-number.ts';

/** Form values by field name (dotted paths such as `duration.start`); checkbox groups hold lists. */
export type FormValues = Record<string, string | string[]>;

/** What a form shows: the values entered and the problems found, by field name. */
export interface FormState {
  values: FormValues;
  errors: Record<string, string>;
}

/** The id of a field's control, made from its name (`duration.start` → `f-duration-start`). */
export const fieldId = (name: string): string => `f-${name.replace(/[^A-Za-z0-9]+/g, '-')}`;

/** A field's single value ('' when absent). */
export const formValue = (values: FormValues, name: string): string => {
  const v = values[name];
  return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
};

/** A field's list of values (checkbox groups). */
export const formList = (values: FormValues, name: string): string[] => {
  const v = values[name];
  return Array.isArray(v) ? v : v ? [v] : [];
};

/** Client-side checks the form script understands (besides required/minlength/maxlength). */
export type FieldCheck = 'number' | 'integer' | 'partial-date' | 'url-lines';

export interface FieldOptions {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  minlength?: number;
  maxlength?: number;
  check?: FieldCheck;
  type?: 'text' | 'email' | 'password';
  autocomplete?: string;
  /** Language of the text entered (record content). */
  lang?: string;
  rows?: number;
  size?: 'short' | 'medium' | 'long';
}

function parts(t: Translate, state: FormState, o: FieldOptions) {
  const id = fieldId(o.name);
  const error = state.errors[o.name];
  const hint = o.hint ? html`<p class="hint" id="${id}-hint">${o.hint}</p>` : html``;
  const label = html`<label for="${id}"
    >${o.label}${o.required ? html` <span class="required">${t('form.requiredMark')}</span>` : ''}</label
  >`;
  const errorEl = html`<p class="field-error" id="${id}-error">${error ?? ''}</p>`;
  const attrs = html`id="${id}" name="${o.name}" aria-describedby="${o.hint ? `${id}-hint ` : ''}${id}-error"
  ${error ? html`aria-invalid="true"` : ''} ${o.required ? html`required` : ''}
  ${o.minlength ? html`minlength="${o.minlength}"` : ''} ${o.maxlength ? html`maxlength="${o.maxlength}"` : ''}
  ${o.check ? html`data-check="${o.check}"` : ''} ${o.lang ? html`lang="${o.lang}"` : ''}
  ${o.autocomplete ? html`autocomplete="${o.autocomplete}"` : ''}`;
  return { id, label, hint, errorEl, attrs };
}

/** A labelled one-line input with its hint and error message. */
export function textInput(t: Translate, state: FormState, o: FieldOptions): SafeHtml {
  const p = parts(t, state, o);
  const mode = o.check === 'number' ? 'decimal' : o.check === 'integer' ? 'numeric' : null;
  return html`<div class="form-field ${o.size ?? ''}">
    ${p.label}${p.hint}${p.errorEl}
    <input
      type="${o.type ?? 'text'}"
      ${p.attrs}
      ${mode ? html`inputmode="${mode}"` : ''}
      value="${formValue(state.values, o.name)}"
    />
  </div>`;
}

/** A labelled multi-line text area with its hint and error message. */
export function textArea(t: Translate, state: FormState, o: FieldOptions): SafeHtml {
  const p = parts(t, state, o);
  return html`<div class="form-field">
    ${p.label}${p.hint}${p.errorEl}
    <textarea ${p.attrs} rows="${o.rows ?? 5}">${formValue(state.values, o.name)}</textarea>
  </div>`;
}

/** A labelled drop-down list. */
export function selectField(
  t: Translate,
  state: FormState,
  o: FieldOptions & { options: { value: string; label: string }[] },
): SafeHtml {
  const p = parts(t, state, o);
  const current = formValue(state.values, o.name);
  return html`<div class="form-field">
    ${p.label}${p.hint}${p.errorEl}
    <select ${p.attrs}>
      ${o.options.map((opt) => html`<option value="${opt.value}" ${opt.value === current ? html`selected` : ''}>${opt.label}</option>`)}
    </select>
  </div>`;
}

/**
 * A group of checkboxes or radio buttons in a fieldset with its legend. The first
 * option carries the field's id, so error links land on it.
 */
export function choiceGroup(
  t: Translate,
  state: FormState,
  o: {
    name: string;
    legend: string;
    type: 'checkbox' | 'radio';
    options: { value: string; label: string }[];
    hint?: string;
    columns?: boolean;
  },
): SafeHtml {
  const id = fieldId(o.name);
  const error = state.errors[o.name];
  const chosen = new Set(o.type === 'checkbox' ? formList(state.values, o.name) : [formValue(state.values, o.name)]);
  return html`<fieldset class="choices" aria-describedby="${o.hint ? `${id}-hint ` : ''}${id}-error">
    <legend>${o.legend}</legend>
    ${o.hint ? html`<p class="hint" id="${id}-hint">${o.hint}</p>` : ''}
    <p class="field-error" id="${id}-error">${error ?? ''}</p>
    <div class="choice-list ${o.columns ? 'columns' : ''}">
      ${o.options.map((opt, i) => {
        const optId = i === 0 ? id : `${id}-${i}`;
        return html`<div class="choice">
          <input
            type="${o.type}"
            id="${optId}"
            name="${o.name}"
            value="${opt.value}"
            ${chosen.has(opt.value) ? html`checked` : ''}
            ${error ? html`aria-invalid="true"` : ''}
          />
          <label for="${optId}">${opt.label}</label>
        </div>`;
      })}
    </div>
  </fieldset>`;
}

/** Yes / No / Not stated radio buttons for a true/false/null field. */
export function yesNoGroup(t: Translate, state: FormState, name: string, legend: string): SafeHtml {
  return choiceGroup(t, state, {
    name,
    legend,
    type: 'radio',
    options: [
      { value: 'yes', label: t('form.yes') },
      { value: 'no', label: t('form.no') },
      { value: '', label: t('form.unknown') },
    ],
  });
}

/**
 * The summary of a form's problems, each linking to its field; it takes focus when
 * the page loads (static/form.js) so screen-reader users hear it first.
 */
export function errorSummary(
  t: Translate,
  state: FormState,
  labelFor: (name: string) => string,
  general?: string | null,
): SafeHtml {
  const entries = Object.entries(state.errors);
  if (!entries.length && !general) return html``;
  return html`<div
    class="error-summary"
    role="alert"
    tabindex="-1"
    aria-labelledby="error-summary-title"
    data-error-summary
  >
    <h2 id="error-summary-title">${t('form.errorSummary')}</h2>
    ${general ? html`<p>${general}</p>` : ''}
    ${
      entries.length
        ? html`<ul>
            ${entries.map(([name, message]) => html`<li><a href="#${fieldId(name)}">${labelFor(name)}: ${message}</a></li>`)}
          </ul>`
        : ''
    }
  </div>`;
}

/** The data attributes carrying the client-side validation messages in the page's language. */
export function validationMessages(t: Translate): SafeHtml {
  const keys = ['required', 'minlength', 'maxlength', 'url', 'number', 'integer', 'partialDate', 'summary'];
  return html`${keys.map((k) => html` data-msg-${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}="${t(`form.msg.${k}`, k === 'number' ? { example: writeNumber(t.lang ?? 'en', 39.28) } : undefined)}"`)}
  data-msg-title="${t('form.errorSummary')}"`;
}
