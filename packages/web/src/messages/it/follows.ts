import { addMessages } from '../../i18n.ts';
import type { follows as english } from '../en/follows.ts';

/** Interface strings of a person's follows and their digest (Italian; machine-assisted, not reviewed by a native speaker). */
export const follows = {
  'follows.title': 'Ciò che seguo',
  'follows.lead': 'Segui città, temi e sfide, e leggi qui cosa è cambiato dalla tua ultima visita.',
  'follows.follow': 'Segui {name}',
  'follows.unfollow': 'Smetti di seguire {name}',
  'follows.following': 'Segui {name}.',
  'follows.none': 'Non segui ancora nulla.',
  'follows.kind.city': 'Città',
  'follows.kind.theme': 'Tema',
  'follows.kind.challenge': 'Sfida',
  'follows.add': 'Segui un tema o una sfida',
  'follows.what': 'Cosa seguire',
  'follows.digest': 'Cosa è cambiato dal {date}',
  'follows.nothingNew': 'Niente di nuovo in ciò che segui da allora.',
  'follows.practiceNew': 'Nuova pratica: {name}',
  'follows.practiceUpdated': 'Pratica aggiornata: {name}',
  'follows.assessment': 'Valutazione della carta in {cycle}: {commitment}, {status}',
  'follows.eventNew': 'Nuovo evento: {name}, {date}',
  'follows.eventRegistration': 'Iscrizioni aperte: {name}, {date}',
  'follows.evidenceRun': 'Nuovi risultati degli indicatori: {name}',
  'follows.markRead': 'Segna come letto',
  'follows.email': 'Il riepilogo via e-mail',
  'follows.frequency.off': 'Mai',
  'follows.frequency.weekly': 'Ogni settimana',
  'follows.saveEmail': 'Salva',
  'follows.saved': 'Salvato.',
  'themes.title': 'Temi',
  'themes.lead':
    'I temi della biblioteca delle pratiche: aprine uno per vedere le sue pratiche, le città attive e le sue sfide, e seguirlo.',
  'themes.caption': 'Temi delle pratiche con le pratiche pubblicate e le sfide',
  'themes.theme': 'Tema',
  'themes.practices': 'Pratiche',
  'themes.challenges': 'Sfide',
  'themes.practicesOf': 'Pratiche ({count})',
  'themes.search': 'Cerca le pratiche di questo tema',
  'themes.noPractices': 'Ancora nessuna pratica pubblicata su questo tema.',
  'themes.cities': 'Città attive in questo tema',
  'themes.cityPractices': '{count, plural, one {# pratica} other {# pratiche}}',
  'themes.noCities': 'Nessuna città ha ancora una pratica pubblicata su questo tema.',
  'themes.noChallenges': 'Nessuna sfida della tassonomia cita questo tema.',
} satisfies Record<keyof typeof english, string>;

addMessages('it', follows);
