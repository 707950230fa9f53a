import {
  CONTACT_PROFILES,
  EXPERIMENT_STATUSES,
  LAB_PARTICIPANT_GROUPS,
  LAB_PHASES,
  PHASE_STATUSES,
} from '@convivio/shared';
import { html, type SafeHtml } from '../html.ts';
import type { PageContext } from '../layout.ts';
import { confirmLink } from '../components/confirm.ts';
import { choiceGroup, selectField, textArea, textInput, type FormState } from '../components/form-fields.ts';
import { themeChoices } from '../components/theme-links.ts';

/** What a lab's editing forms may offer: the city's stakeholders, its consenting contacts, the library's practices. */
export interface LabEditOptions {
  stakeholders: { id: string; name: string }[];
  contacts: { id: string; name: string; profile: string }[];
  practices: { id: string; name: string }[];
}

interface LabForForms {
  id: string;
  phases: { phase: string; status: string }[];
  currentPhase: string | null;
  participants: { stakeholderId: string; name: string | null }[];
  people: { list?: { contactId: string; name: string }[] };
  experiments: { id: string; title: string; status: string }[];
  themes: { theme: string }[];
}

/** A form section: heading, form posting to `action` with the CSRF token, fields and a submit button. */
function section(
  ctx: PageContext,
  id: string,
  title: string,
  action: string,
  fields: SafeHtml,
  hint?: string,
): SafeHtml {
  return html`<section aria-labelledby="${id}">
    <h3 id="${id}">${title}</h3>
    ${hint ? html`<p class="hint">${hint}</p>` : ''}
    <form method="post" action="${action}" novalidate>
      <input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}" />${fields}
      <p><button type="submit">${title}</button></p>
    </form>
  </section>`;
}

/** The forms the city's editors use to run a lab: phase updates, sessions, participants, experiments, recommendations, themes. */
export function labEditForms(ctx: PageContext, lab: LabForForms, o: LabEditOptions, form: FormState): SafeHtml {
  const { t } = ctx;
  const phases = LAB_PHASES.map((p, i) => ({ value: p, label: `${i + 1}. ${t(`labs.phase.${p}`)}` }));
  const base = `/labs/${lab.id}`;
  const current = lab.currentPhase ?? LAB_PHASES[0];
  const st: FormState = {
    values: {
      phase: current,
      status: lab.phases.find((p) => p.phase === current)?.status ?? 'not-started',
      sessionPhase: current,
      themes: lab.themes.map((l) => l.theme),
      ...form.values,
    },
    errors: form.errors,
  };
  const taken = new Set(lab.participants.map((p) => p.stakeholderId));
  const inLab = new Set((lab.people.list ?? []).map((p) => p.contactId));
  return html`<h2>${t('labs.run')}</h2>
    ${section(
      ctx,
      'form-phase',
      t('labs.updatePhase'),
      `${base}/phase`,
      html` ${selectField(t, st, { name: 'phase', label: t('labs.phase'), options: phases })}
      ${selectField(t, st, { name: 'status', label: t('labs.status'), options: PHASE_STATUSES.map((s) => ({ value: s, label: t(`labs.phaseStatus.${s}`) })) })}
      ${textInput(t, st, { name: 'startDate', label: t('labs.start'), hint: 'YYYY-MM-DD', size: 'short' })}
      ${textInput(t, st, { name: 'endDate', label: t('labs.end'), hint: 'YYYY-MM-DD', size: 'short' })}
      ${textInput(t, st, { name: 'ideasCollected', label: t('labs.ideasCollected'), check: 'integer', size: 'short' })}
      ${textInput(t, st, { name: 'ideasKept', label: t('labs.ideasKept'), check: 'integer', size: 'short' })}
      ${textInput(t, st, { name: 'commentsCollected', label: t('labs.commentsCollected'), check: 'integer', size: 'short' })}
      ${textInput(t, st, { name: 'commentsKept', label: t('labs.commentsKept'), check: 'integer', size: 'short' })}
      ${textArea(t, st, { name: 'summary', label: t('labs.summary'), rows: 3 })}`,
      t('labs.updatePhaseHint'),
    )}
    ${section(
      ctx,
      'form-session',
      t('labs.addSession'),
      `${base}/sessions`,
      html` ${textInput(t, st, { name: 'sessionDate', label: t('labs.date'), hint: 'YYYY-MM-DD', required: true, size: 'short' })}
      ${textInput(t, st, { name: 'sessionTitle', label: t('labs.sessionTitle'), required: true, size: 'long' })}
      ${selectField(t, st, { name: 'sessionPhase', label: t('labs.phase'), options: phases })}
      ${textInput(t, st, { name: 'location', label: t('labs.location') })}
      ${textInput(t, st, { name: 'participantCount', label: t('labs.participantCount'), check: 'integer', size: 'short' })}
      ${textArea(t, st, { name: 'notes', label: t('labs.notes'), rows: 3 })}`,
    )}
    ${section(
      ctx,
      'form-participant',
      t('labs.addParticipant'),
      `${base}/participants`,
      html` ${selectField(t, st, { name: 'stakeholderId', label: t('labs.organisation'), options: o.stakeholders.filter((s) => !taken.has(s.id)).map((s) => ({ value: s.id, label: s.name })) })}
      ${selectField(t, st, { name: 'group', label: t('labs.group'), options: LAB_PARTICIPANT_GROUPS.map((g) => ({ value: g, label: t(`labs.group.${g}`) })) })}`,
    )}
    ${
      o.contacts.length
        ? section(
            ctx,
            'form-person',
            t('labs.addPerson'),
            `${base}/participants`,
            html` ${selectField(t, st, { name: 'contactId', label: t('labs.person'), options: o.contacts.filter((c) => !inLab.has(c.id)).map((c) => ({ value: c.id, label: `${c.name} (${(CONTACT_PROFILES as readonly string[]).includes(c.profile) ? t(`stakeholders.profile.${c.profile}`) : c.profile})` })) })}`,
            t('labs.addPersonHint'),
          )
        : ''
    }
    ${
      lab.participants.length || lab.people.list?.length
        ? html`<ul class="actions">
            ${[
              ...lab.participants.map((p) => ({ id: p.stakeholderId, name: p.name ?? p.stakeholderId })),
              ...(lab.people.list ?? []).map((p) => ({ id: p.contactId, name: p.name })),
            ].map(
              (p) =>
                html`<li>
                  ${confirmLink(`${base}/participants/${p.id}/remove`, t('labs.remove', { name: p.name }))}
                </li>`,
            )}
          </ul>`
        : ''
    }
    ${section(
      ctx,
      'form-experiment',
      t('labs.addExperiment'),
      `${base}/experiments`,
      html` ${textInput(t, st, { name: 'experimentTitle', label: t('labs.experiment'), required: true, size: 'long' })}
      ${textArea(t, st, { name: 'experimentDescription', label: t('labs.description'), rows: 2 })}
      ${textInput(t, st, { name: 'budget', label: t('labs.budget'), hint: t('labs.budgetHint'), check: 'number', size: 'short' })}
      ${textInput(t, st, { name: 'owner', label: t('labs.owner'), hint: t('labs.ownerHint') })}
      ${textInput(t, st, { name: 'experimentStart', label: t('labs.start'), hint: 'YYYY-MM-DD', size: 'short' })}
      ${textInput(t, st, { name: 'experimentEnd', label: t('labs.end'), hint: 'YYYY-MM-DD', size: 'short' })}`,
    )}
    ${lab.experiments.map((e) =>
      section(
        ctx,
        `form-result-${e.id}`,
        t('labs.recordResult', { title: e.title }),
        `${base}/experiments/${e.id}`,
        html` ${selectField(t, { values: { [`status-${e.id}`]: e.status }, errors: {} }, { name: `status-${e.id}`, label: t('labs.status'), options: EXPERIMENT_STATUSES.map((s) => ({ value: s, label: t(`labs.experimentStatus.${s}`) })) })}
        ${textArea(t, st, { name: `result-${e.id}`, label: t('labs.result'), rows: 2 })}`,
      ),
    )}
    ${section(
      ctx,
      'form-recommendation',
      t('labs.addRecommendation'),
      `${base}/recommendations`,
      html` ${textArea(t, st, { name: 'recommendation', label: t('labs.recommendation'), required: true, rows: 3 })}
      ${o.practices.length ? choiceGroup(t, st, { name: 'practiceIds', legend: t('labs.cites'), type: 'checkbox', columns: true, options: o.practices.map((p) => ({ value: p.id, label: p.name })) }) : ''}`,
    )}
    ${section(ctx, 'form-themes', t('themes.saveLinks'), `${base}/themes`, themeChoices(t, st))}`;
}
