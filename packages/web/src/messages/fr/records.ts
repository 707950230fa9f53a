import { addMessages } from '../../i18n.ts';
import type { records as english } from '../en/records.ts';

/** Strings shared by every record page: empty fields, status, history, editing conflicts (French; machine-assisted, not reviewed by a native speaker). */
export const records = {
  'record.notStated': 'Non indiqué dans la source',
  'record.notRecorded': 'Non renseigné',
  'record.yes': 'Oui',
  'record.no': 'Non',
  'record.unknown': 'Non indiqué',
  'record.status.draft': 'Brouillon',
  'record.status.published': 'Publié',
  'record.breadcrumb': 'Fil d’Ariane',
  'record.language': 'Rédigé en {language}',
  'record.readMore': 'En savoir plus',
  'history.intro':
    'Chaque modification est conservée. Restaurer une version antérieure l’enregistre comme nouvelle version ; rien n’est perdu.',
  'history.caption': 'Versions, les plus récentes d’abord',
  'history.version': 'Version',
  'history.action': 'Modification',
  'history.status': 'Statut',
  'history.author': 'Qui',
  'history.date': 'Quand',
  'history.view': 'Voir',
  'history.viewVersion': 'Voir la version {version}',
  'history.restore': 'Restaurer',
  'history.restoreVersion': 'Restaurer la version {version}',
  'history.current': 'Version actuelle',
  'history.imported': 'Importé depuis le jeu de données',
  'history.back': 'Retour à l’historique',
  'history.revisionNotice':
    'Vous consultez la version {version}, enregistrée par {author} le {date}. La version actuelle est la {current}.',
  'history.revisionNoticeImport':
    'Vous consultez la version {version}, importée depuis le jeu de données le {date}. La version actuelle est la {current}.',
  'history.action.create': 'Créé',
  'history.action.update': 'Modifié',
  'history.action.publish': 'Publié',
  'history.action.unpublish': 'Dépublié',
  'history.action.import': 'Importé',
  'history.action.restore': 'Version {version} restaurée',
  'history.compare.legend': 'Comparer deux versions',
  'history.compare.from': 'Version la plus ancienne',
  'history.compare.to': 'Version la plus récente',
  'history.compare.button': 'Comparer',
  'history.compare.title': 'Modifications de la version {from} à la version {to} de {name}',
  'history.compare.intro': 'Les mots supprimés sont barrés, les mots ajoutés sont soulignés.',
  'history.compare.none': 'Les deux versions ont le même contenu.',
  'history.compare.removedStart': '[supprimé : ',
  'history.compare.addedStart': '[ajouté : ',
  'history.compare.changeEnd': ']',
  'history.compare.wasEmpty': 'Vide dans la version la plus ancienne.',
  'history.compare.nowEmpty': 'Vide dans la version la plus récente.',
} satisfies Record<keyof typeof english, string>;

addMessages('fr', records);
