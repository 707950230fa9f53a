import { addMessages } from '../../i18n.ts';
import type { records as english } from '../en/records.ts';

/** Strings shared by every record page: empty fields, status, history, editing conflicts (German; machine-assisted, not reviewed by a native speaker). */
export const records = {
  'record.notStated': 'In der Quelle nicht angegeben',
  'record.notRecorded': 'Nicht erfasst',
  'record.yes': 'Ja',
  'record.no': 'Nein',
  'record.unknown': 'Nicht angegeben',
  'record.status.draft': 'Entwurf',
  'record.status.published': 'Veröffentlicht',
  'record.breadcrumb': 'Brotkrumennavigation',
  'record.language': 'Verfasst auf {language}',
  'record.readMore': 'Weiterlesen',
  'history.intro':
    'Jede Änderung wird aufbewahrt. Das Wiederherstellen einer früheren Version speichert sie als neue Version; nichts geht verloren.',
  'history.caption': 'Versionen, neueste zuerst',
  'history.version': 'Version',
  'history.action': 'Änderung',
  'history.status': 'Status',
  'history.author': 'Wer',
  'history.date': 'Wann',
  'history.view': 'Ansehen',
  'history.viewVersion': 'Version {version} ansehen',
  'history.restore': 'Wiederherstellen',
  'history.restoreVersion': 'Version {version} wiederherstellen',
  'history.current': 'Aktuelle Version',
  'history.imported': 'Aus dem Datensatz importiert',
  'history.back': 'Zurück zum Verlauf',
  'history.revisionNotice':
    'Sie sehen Version {version}, gespeichert von {author} am {date}. Die aktuelle Version ist {current}.',
  'history.revisionNoticeImport':
    'Sie sehen Version {version}, am {date} aus dem Datensatz importiert. Die aktuelle Version ist {current}.',
  'history.action.create': 'Angelegt',
  'history.action.update': 'Bearbeitet',
  'history.action.publish': 'Veröffentlicht',
  'history.action.unpublish': 'Veröffentlichung zurückgezogen',
  'history.action.import': 'Importiert',
  'history.action.restore': 'Version {version} wiederhergestellt',
  'history.compare.legend': 'Zwei Versionen vergleichen',
  'history.compare.from': 'Ältere Version',
  'history.compare.to': 'Neuere Version',
  'history.compare.button': 'Vergleichen',
  'history.compare.title': 'Änderungen von Version {from} zu Version {to} von {name}',
  'history.compare.intro': 'Entfernte Wörter sind durchgestrichen, hinzugefügte Wörter unterstrichen.',
  'history.compare.none': 'Die beiden Versionen haben denselben Inhalt.',
  'history.compare.removedStart': '[entfernt: ',
  'history.compare.addedStart': '[hinzugefügt: ',
  'history.compare.changeEnd': ']',
  'history.compare.wasEmpty': 'In der älteren Version leer.',
  'history.compare.nowEmpty': 'In der neueren Version leer.',
} satisfies Record<keyof typeof english, string>;

addMessages('de', records);
