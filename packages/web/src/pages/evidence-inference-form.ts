import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import type { EvidenceDatasetView } from './evidence-dataset.ts';

/** One text input of the run options, with its hint and its problem (if any). */
function optionInput(
  ctx: PageContext,
  v: EvidenceDatasetView,
  name: 'permutations' | 'bootstrap' | 'spatialPermutations' | 'seed' | 'profile',
  hint: string | null,
): SafeHtml {
  const problem = v.problems.find((p) => p.field.startsWith(`options.${name}`));
  const described = [hint ? `o-${name}-hint` : '', problem ? `o-${name}-error` : ''].filter(Boolean).join(' ');
  return html`<label for="o-${name}">${ctx.t(`evidence.options.${name}`)}</label>
    ${hint ? html`<p class="hint" id="o-${name}-hint">${hint}</p>` : ''}
    <input
      type="text"
      id="o-${name}"
      name="${name}"
      inputmode="${name === 'profile' ? 'text' : 'numeric'}"
      value="${v.values[name]}"
      ${described ? html`aria-describedby="${described}"` : ''}
      ${problem ? html`aria-invalid="true"` : ''}
    />
    ${problem ? html`<p class="field-error" id="o-${name}-error">${problem.message}</p>` : ''}`;
}

/** The run options for significance and structure: p-values, intervals, seed, profile, decomposition, hot spots. */
export function inferenceFields(ctx: PageContext, v: EvidenceDatasetView): SafeHtml {
  const { t } = ctx;
  const decomposeProblem = v.problems.find((p) => p.field.startsWith('options.decomposeBy'));
  return html`${optionInput(ctx, v, 'permutations', t('evidence.options.inferenceHint'))}
    ${optionInput(ctx, v, 'bootstrap', null)}
    ${optionInput(ctx, v, 'spatialPermutations', t('evidence.options.spatialPermutationsHint'))}
    ${optionInput(ctx, v, 'seed', null)} ${optionInput(ctx, v, 'profile', t('evidence.options.profileHint'))}
    <label for="o-decomposeBy">${t('evidence.options.decomposeBy')}</label>
    <select
      id="o-decomposeBy"
      name="decomposeBy"
      ${decomposeProblem ? html`aria-describedby="o-decomposeBy-error" aria-invalid="true"` : ''}
    >
      <option value="">${t('evidence.mapping.none')}</option>
      ${v.dataset.header.map((h) => html`<option value="${h}" ${v.values.decomposeBy === h ? html`selected` : ''}>${h}</option>`)}
    </select>
    ${decomposeProblem ? html`<p class="field-error" id="o-decomposeBy-error">${decomposeProblem.message}</p>` : ''}
    <p>
      <input type="checkbox" id="o-hotspots" name="hotspots" value="true" ${v.values.hotspots ? html`checked` : ''} />
      <label for="o-hotspots" class="inline-label">${t('evidence.options.hotspots')}</label>
    </p>`;
}
