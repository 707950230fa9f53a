import { addMessages } from '../../i18n.ts';
import type { home as english } from '../en/home.ts';

/** The home page (Italian, not yet reviewed by a native speaker). */
export const home = {
  'home.title': 'Convivio',
  'home.lead':
    'Una biblioteca aperta in cui le città europee condividono come accolgono e includono persone migranti e rifugiate: pratiche descritte con un modello comune, profili delle città e le persone che ci lavorano.',
  'home.search.label': 'Cerca nella biblioteca delle pratiche',
  'home.search.button': 'Cerca',
  'home.stats': 'La biblioteca in cifre',
  'home.stats.practices': 'pratiche',
  'home.stats.cities': 'città',
  'home.latestPractices': 'Pratiche più recenti',
  'home.latestCities': 'Profili delle città',
  'home.allPractices': 'Tutte le pratiche',
  'home.allCities': 'Tutte le città',
  'home.what': 'Cosa si può fare qui',
  'home.what.find':
    'Trovare pratiche per tema, gruppo destinatario, paese o tipologia, e leggerle nel modello MUST-a-Lab: risultati, sfide, raccomandazioni e lezioni apprese.',
  'home.what.compare':
    'Confrontare i profili delle città fianco a fianco: popolazione, quota di persone migranti, strategia e approccio partecipativo.',
  'home.what.share':
    'I redattori delle città pubblicano le proprie pratiche e tengono aggiornato il profilo della loro città.',
  'home.map': 'La rete su una mappa',
  'home.map.skip': 'Salta la mappa e vai alla panoramica della piattaforma',
  'home.map.explore':
    'Esplori la rete: filtri la mappa per tema, tipologia o gruppo destinatario, oppure la consulti come elenco',
  'home.stats.events': 'eventi',
  'home.stats.evidence': 'calcoli di indicatori',
  'home.stats.labs': 'laboratori di policy',
  'home.stats.signatories': 'città firmatarie',
  'home.cities.text': 'Profili con popolazione, quota di migranti, strategia e approccio partecipativo.',
  'home.events.next': 'Prossimo:',
  'home.events.latest': 'Ultimo:',
  'home.events.dates': 'dal {start} al {end}',
  'home.events.none': 'Nessun evento ancora pubblicato.',
  'home.evidence.text':
    'Concentrazione dei migranti, diversità e segregazione calcolate da conteggi di popolazione su griglia, ordinate per area e cartografate.',
  'home.labs.text':
    'Laboratori di policy in {cities} città, fase per fase: sessioni, micro-sperimentazioni e raccomandazioni.',
  'home.charter': 'Carta delle città integranti',
  'home.charter.text': '{commitments} impegni e la posizione di ciascuna città firmataria su ognuno di essi.',
  'home.charter.none': 'La carta non è ancora pubblicata.',
} satisfies Record<keyof typeof english, string>;

addMessages('it', home);
