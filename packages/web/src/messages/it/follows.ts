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
} satisfies Record<keyof typeof english, string>;

addMessages('it', follows);
