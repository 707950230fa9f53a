import { addMessages } from '../../i18n.ts';
import type { records as english } from '../en/records.ts';

/** Strings shared by every record page: empty fields, status, history, editing conflicts (Spanish; machine-assisted, not reviewed by a native speaker). */
export const records = {
  'record.notStated': 'No se indica en la fuente',
  'record.notRecorded': 'Sin registrar',
  'record.yes': 'Sí',
  'record.no': 'No',
  'record.unknown': 'No indicado',
  'record.status.draft': 'Borrador',
  'record.status.published': 'Publicado',
  'record.breadcrumb': 'Ruta de navegación',
  'record.language': 'Redactado en {language}',
  'record.readMore': 'Leer más',
  'history.intro':
    'Se conservan todos los cambios. Restaurar una versión anterior la guarda como una nueva versión; no se pierde nada.',
  'history.caption': 'Versiones, de la más reciente a la más antigua',
  'history.version': 'Versión',
  'history.action': 'Cambio',
  'history.status': 'Estado',
  'history.author': 'Quién',
  'history.date': 'Cuándo',
  'history.view': 'Ver',
  'history.viewVersion': 'Ver la versión {version}',
  'history.restore': 'Restaurar',
  'history.restoreVersion': 'Restaurar la versión {version}',
  'history.current': 'Versión actual',
  'history.imported': 'Importado del conjunto de datos',
  'history.back': 'Volver al historial',
  'history.revisionNotice':
    'Está viendo la versión {version}, guardada por {author} el {date}. La versión actual es la {current}.',
  'history.revisionNoticeImport':
    'Está viendo la versión {version}, importada del conjunto de datos el {date}. La versión actual es la {current}.',
  'history.action.create': 'Creado',
  'history.action.update': 'Editado',
  'history.action.publish': 'Publicado',
  'history.action.unpublish': 'Despublicado',
  'history.action.import': 'Importado',
  'history.action.restore': 'Versión {version} restaurada',
  'history.compare.legend': 'Comparar dos versiones',
  'history.compare.from': 'Versión anterior',
  'history.compare.to': 'Versión posterior',
  'history.compare.button': 'Comparar',
  'history.compare.title': 'Cambios de la versión {from} a la versión {to} de {name}',
  'history.compare.intro': 'Las palabras eliminadas aparecen tachadas y las añadidas, subrayadas.',
  'history.compare.none': 'Las dos versiones tienen el mismo contenido.',
  'history.compare.removedStart': '[eliminado: ',
  'history.compare.addedStart': '[añadido: ',
  'history.compare.changeEnd': ']',
  'history.compare.wasEmpty': 'Vacío en la versión anterior.',
  'history.compare.nowEmpty': 'Vacío en la versión posterior.',
} satisfies Record<keyof typeof english, string>;

addMessages('es', records);
