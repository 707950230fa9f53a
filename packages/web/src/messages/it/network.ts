import { addMessages } from '../../i18n.ts';
import type { network as english } from '../en/network.ts';

/** The learning network: the map of Europe and its list (Italian, not yet reviewed by a native speaker). */
export const network = {
  'nav.network': 'Rete',
  'network.title': 'La rete di apprendimento',
  'network.lead':
    'Le città di Convivio su una mappa d’Europa. Ogni cerchio è una città; la sua area cresce con il numero di pratiche che la città condivide. Scelga un tema, una tipologia o un gruppo destinatario per vedere quali città vi lavorano.',
  'network.filters': 'Mostra le pratiche per',
  'network.filter.theme': 'Tema',
  'network.filter.typology': 'Tipologia',
  'network.filter.targetGroup': 'Gruppo destinatario',
  'network.filter.any': 'Qualsiasi',
  'network.filter.option': '{label} ({count})',
  'network.filter.apply': 'Mostra sulla mappa',
  'network.filter.clear': 'Mostra tutte le città',
  'network.summary': '{cities} città, {practices} pratiche',
  'network.summary.one': '1 città, {practices} pratiche',
  'network.map.label': 'Mappa d’Europa con le città della rete',
  'network.map.skip': 'Salta la mappa e vai all’elenco delle città',
  'network.map.city': '{name}, {country}: {count} pratiche',
  'network.map.cityOne': '{name}, {country}: 1 pratica',
  'network.map.cityNone': '{name}, {country}: ancora nessuna pratica',
  'network.map.source': 'Confini dei paesi: Natural Earth (pubblico dominio), 1:110m, tramite world-atlas.',
  'network.legend': 'Pratiche',
  'network.legend.none': 'ancora nessuna',
  'network.empty':
    'Nessuna città ha una pratica con questi filtri. Scelga un altro tema, un’altra tipologia o un altro gruppo destinatario.',
  'network.list': 'Le stesse città in forma di elenco',
  'network.list.caption': 'Città sulla mappa e loro pratiche, a partire da quelle con più pratiche',
  'network.list.city': 'Città',
  'network.list.country': 'Paese',
  'network.list.practices': 'Pratiche',
  'network.list.practicesLink': 'Pratiche di {name}: {count}',
  'network.unlocated': 'Non ancora sulla mappa (senza coordinate)',
  'network.updating': 'Aggiornamento della mappa…',
  'network.updated': 'Mappa aggiornata: {summary}',
} satisfies Record<keyof typeof english, string>;

addMessages('it', network);
