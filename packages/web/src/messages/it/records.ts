import { addMessages } from '../../i18n.ts';
import type { records as english } from '../en/records.ts';

/** Strings shared by every record page: empty fields, status, history, editing conflicts (Italian; machine-assisted, not reviewed by a native speaker). */
export const records = {
  'record.notStated': 'Non indicato nella fonte',
  'record.notRecorded': 'Non registrato',
  'record.yes': 'Sì',
  'record.no': 'No',
  'record.unknown': 'Non indicato',
  'record.status.draft': 'Bozza',
  'record.status.published': 'Pubblicato',
  'record.breadcrumb': 'Percorso di navigazione',
  'record.language': 'Redatto in {language}',
  'record.readMore': 'Leggi di più',
  'history.intro':
    'Ogni modifica viene conservata. Ripristinare una versione precedente la salva come nuova versione; non si perde nulla.',
  'history.caption': 'Versioni, dalla più recente',
  'history.version': 'Versione',
  'history.action': 'Modifica',
  'history.status': 'Stato',
  'history.author': 'Chi',
  'history.date': 'Quando',
  'history.view': 'Visualizza',
  'history.viewVersion': 'Visualizza la versione {version}',
  'history.restore': 'Ripristina',
  'history.restoreVersion': 'Ripristina la versione {version}',
  'history.current': 'Versione attuale',
  'history.imported': 'Importato dall’insieme di dati',
  'history.back': 'Torna alla cronologia',
  'history.revisionNotice':
    'Sta visualizzando la versione {version}, salvata da {author} il {date}. La versione attuale è la {current}.',
  'history.revisionNoticeImport':
    'Sta visualizzando la versione {version}, importata dall’insieme di dati il {date}. La versione attuale è la {current}.',
  'history.action.create': 'Creato',
  'history.action.update': 'Modificato',
  'history.action.publish': 'Pubblicato',
  'history.action.unpublish': 'Pubblicazione ritirata',
  'history.action.import': 'Importato',
  'history.action.restore': 'Versione {version} ripristinata',
  'history.compare.legend': 'Confronta due versioni',
  'history.compare.from': 'Versione precedente',
  'history.compare.to': 'Versione successiva',
  'history.compare.button': 'Confronta',
  'history.compare.title': 'Modifiche dalla versione {from} alla versione {to} di {name}',
  'history.compare.intro': 'Le parole rimosse sono barrate, quelle aggiunte sono sottolineate.',
  'history.compare.none': 'Le due versioni hanno lo stesso contenuto.',
  'history.compare.removedStart': '[rimosso: ',
  'history.compare.addedStart': '[aggiunto: ',
  'history.compare.changeEnd': ']',
  'history.compare.wasEmpty': 'Vuoto nella versione precedente.',
  'history.compare.nowEmpty': 'Vuoto nella versione successiva.',
} satisfies Record<keyof typeof english, string>;

addMessages('it', records);
