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
} satisfies Record<keyof typeof english, string>;

addMessages('it', home);
