import { addMessages } from '../../i18n.ts';
import type { records as english } from '../en/records.ts';

/** Strings shared by every record page: empty fields, status, history, editing conflicts (Dutch; machine-assisted, not reviewed by a native speaker). */
export const records = {
  'record.notStated': 'Niet vermeld in de bron',
  'record.notRecorded': 'Niet geregistreerd',
  'record.yes': 'Ja',
  'record.no': 'Nee',
  'record.unknown': 'Niet vermeld',
  'record.status.draft': 'Concept',
  'record.status.published': 'Gepubliceerd',
  'record.breadcrumb': 'Kruimelpad',
  'record.language': 'Geschreven in het {language}',
  'record.readMore': 'Meer lezen',
  'history.intro':
    'Elke wijziging wordt bewaard. Een eerdere versie herstellen slaat die op als nieuwe versie; er gaat niets verloren.',
  'history.caption': 'Versies, nieuwste eerst',
  'history.version': 'Versie',
  'history.action': 'Wijziging',
  'history.status': 'Status',
  'history.author': 'Wie',
  'history.date': 'Wanneer',
  'history.view': 'Bekijken',
  'history.viewVersion': 'Versie {version} bekijken',
  'history.restore': 'Herstellen',
  'history.restoreVersion': 'Versie {version} herstellen',
  'history.current': 'Huidige versie',
  'history.imported': 'Geïmporteerd uit de dataset',
  'history.back': 'Terug naar de geschiedenis',
  'history.revisionNotice':
    'U bekijkt versie {version}, opgeslagen door {author} op {date}. De huidige versie is {current}.',
  'history.revisionNoticeImport':
    'U bekijkt versie {version}, op {date} geïmporteerd uit de dataset. De huidige versie is {current}.',
  'history.action.create': 'Aangemaakt',
  'history.action.update': 'Bewerkt',
  'history.action.publish': 'Gepubliceerd',
  'history.action.unpublish': 'Publicatie ingetrokken',
  'history.action.import': 'Geïmporteerd',
  'history.action.restore': 'Versie {version} hersteld',
  'history.compare.legend': 'Twee versies vergelijken',
  'history.compare.from': 'Oudere versie',
  'history.compare.to': 'Nieuwere versie',
  'history.compare.button': 'Vergelijken',
  'history.compare.title': 'Wijzigingen van versie {from} naar versie {to} van {name}',
  'history.compare.intro': 'Verwijderde woorden zijn doorgestreept, toegevoegde woorden onderstreept.',
  'history.compare.none': 'De twee versies hebben dezelfde inhoud.',
  'history.compare.removedStart': '[verwijderd: ',
  'history.compare.addedStart': '[toegevoegd: ',
  'history.compare.changeEnd': ']',
  'history.compare.wasEmpty': 'Leeg in de oudere versie.',
  'history.compare.nowEmpty': 'Leeg in de nieuwere versie.',
} satisfies Record<keyof typeof english, string>;

addMessages('nl', records);
