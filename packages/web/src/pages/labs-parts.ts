import { html, type SafeHtml } from '../html.ts';
import type { Translate } from '../i18n.ts';

/** Where a lab stands, as the API and pages compute it. */
export interface LabProgressView {
  stage: 'not-started' | 'running' | 'completed';
  currentPhase: string | null;
  currentPhaseNumber: number | null;
  phasesDone: number;
  phaseCount: number;
  percent: number;
  ideasCollected: number;
  ideasKept: number;
}

/** "Phase 2 of 4: Reframe the challenge", "Not started" or "Completed". */
export function stageText(t: Translate, p: LabProgressView): string {
  if (p.stage === 'running' && p.currentPhase)
    return t('labs.stage.running', {
      n: p.currentPhaseNumber ?? 0,
      count: p.phaseCount,
      phase: t(`labs.phase.${p.currentPhase}`),
    });
  return t(`labs.stage.${p.stage === 'running' ? 'not-started' : p.stage}`);
}

/** A native progress bar with its text (screen readers read both). */
export function progressBar(t: Translate, p: LabProgressView, id: string): SafeHtml {
  const text = t('labs.progressText', { percent: p.percent, done: p.phasesDone, count: p.phaseCount });
  return html`<progress id="${id}" max="100" value="${p.percent}" aria-label="${t('labs.progress')}">
      ${p.percent}%
    </progress>
    <span>${text}</span>`;
}
