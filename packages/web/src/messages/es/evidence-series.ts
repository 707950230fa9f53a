import { addMessages } from '../../i18n.ts';
import type { evidenceSeries as english } from '../en/evidence-series.ts';

/** Evidence over time: years of a grid, series of runs and their changes (Spanish, not yet reviewed by a native speaker). */
export const evidenceSeries = {
  'evidence.mapping.year': 'Columna del año (cuando el archivo tiene una fila por celda y año)',
  'evidence.mapping.noYear': 'Ninguna: el archivo contiene un solo año',
  'evidence.options.year': 'Año de este cálculo',
  'evidence.options.yearHint':
    'Con una columna del año: el año que se debe leer. Sin ella: el año que describe la cuadrícula, para poder comparar cálculos de varios años.',
  'evidence.runs.year': 'año {year}',

  'evidence.series.title': 'Evolución en el tiempo',
  'evidence.series.intro':
    'Compare cálculos del mismo lugar en años distintos: cada índice por año, la variación de un año a otro y si es mayor de lo que daría el azar.',
  'evidence.series.none': 'Todavía no hay ninguna serie.',
  'evidence.series.listCaption': 'Series de años',
  'evidence.series.name': 'Nombre de la serie',
  'evidence.series.yearsCol': 'Años',
  'evidence.series.status': 'Estado',
  'evidence.series.created': 'Creada',
  'evidence.series.createTitle': 'Comparar años',
  'evidence.series.runs': 'Cálculos que comparar (uno por año, al menos dos)',
  'evidence.series.runLabel': '{year}: {dataset}, cálculo del {created}',
  'evidence.series.noYearRuns':
    'Para comparar años, inicie al menos dos cálculos con un año (el campo «Año de este cálculo» del formulario de cálculo de un conjunto de datos).',
  'evidence.series.permutations': 'Permutaciones para los valores p (de 19 a 9999)',
  'evidence.series.seed': 'Semilla de las permutaciones',
  'evidence.series.public': 'Pública (solo si todos sus cálculos son públicos)',
  'evidence.series.start': 'Comparar estos años',
  'evidence.series.breadcrumb': 'Está aquí',
  'evidence.series.meta': '{years} · {owner}',
  'evidence.series.running':
    'Se están comprobando las variaciones ({percent} %). Vuelva a cargar la página para verlas.',
  'evidence.series.reload': 'Volver a cargar',
  'evidence.series.failed': 'La comparación ha fallado: {message}',
  'evidence.series.method':
    'Cada variación es el año posterior menos el anterior. Su valor p procede de {permutations} permutaciones aleatorias de las etiquetas (semilla {seed}): las celdas de ambos años se agrupan y se reparten de nuevo al azar, y la variación se vuelve a calcular cada vez.',
  'evidence.series.choose': 'Zona e índice',
  'evidence.series.area': 'Zona',
  'evidence.series.index': 'Índice del gráfico',
  'evidence.series.show': 'Mostrar',
  'evidence.series.tableCaption': 'Los índices de {area} por año y su variación',
  'evidence.series.indexCol': 'Índice',
  'evidence.series.change': 'Variación {from} → {to}',
  'evidence.series.pValue': 'Valor p',
  'evidence.series.significant': 'significativa al nivel del 5 %',
  'evidence.series.interval': 'intervalo {low} – {high}',
  'evidence.series.chartTitle': '{index} en {area}, por año',
  'evidence.series.chartDesc':
    'Un punto por año; una barra vertical muestra el intervalo del 95 % cuando el cálculo realizó un remuestreo bootstrap.',
  'evidence.series.noValues': 'Ningún año tiene un valor para este índice en esta zona.',
  'evidence.series.mapTitle': 'Mapa de la variación',
  'evidence.series.mapIntro':
    'Cada celda muestra el año posterior menos el anterior: azul donde el valor bajó, rojo donde subió y blanco donde se mantuvo.',
  'evidence.series.from': 'Desde',
  'evidence.series.to': 'Hasta',
  'evidence.series.delete': 'Eliminar esta serie',
  'evidence.series.deleted': 'La serie se ha eliminado; sus cálculos se conservan.',
} satisfies Record<keyof typeof english, string>;

addMessages('es', evidenceSeries);
