import { addMessages } from '../../i18n.ts';
import type { evidenceSeries as english } from '../en/evidence-series.ts';

/** Evidence over time: years of a grid, series of runs and their changes (Italian, not yet reviewed by a native speaker). */
export const evidenceSeries = {
  'evidence.mapping.year': 'Colonna dell’anno (quando il file ha una riga per cella e per anno)',
  'evidence.mapping.noYear': 'Nessuna: il file contiene un solo anno',
  'evidence.options.year': 'Anno di questa elaborazione',
  'evidence.options.yearHint':
    'Con una colonna dell’anno: l’anno da leggere. Senza: l’anno descritto dalla griglia, così da poter confrontare elaborazioni di più anni.',
  'evidence.runs.year': 'anno {year}',

  'evidence.series.title': 'Variazione nel tempo',
  'evidence.series.intro':
    'Confronti elaborazioni dello stesso luogo in anni diversi: ogni indice per anno, la variazione da un anno all’altro e se è maggiore di quanto darebbe il caso.',
  'evidence.series.none': 'Ancora nessuna serie.',
  'evidence.series.listCaption': 'Serie di anni',
  'evidence.series.name': 'Nome della serie',
  'evidence.series.yearsCol': 'Anni',
  'evidence.series.status': 'Stato',
  'evidence.series.created': 'Creata',
  'evidence.series.createTitle': 'Confronta gli anni',
  'evidence.series.runs': 'Elaborazioni da confrontare (una per anno, almeno due)',
  'evidence.series.runLabel': '{year}: {dataset}, elaborazione del {created}',
  'evidence.series.noYearRuns':
    'Per confrontare gli anni, avvii almeno due elaborazioni con un anno (il campo «Anno di questa elaborazione» del modulo di elaborazione di un insieme di dati).',
  'evidence.series.permutations': 'Permutazioni per i valori p (da 19 a 9.999)',
  'evidence.series.seed': 'Seme delle permutazioni',
  'evidence.series.public': 'Pubblica (solo se tutte le sue elaborazioni sono pubbliche)',
  'evidence.series.start': 'Confronta questi anni',
  'evidence.series.breadcrumb': 'Lei si trova qui',
  'evidence.series.meta': '{years} · {owner}',
  'evidence.series.running': 'Le variazioni sono in fase di verifica ({percent} %). Ricarichi la pagina per vederle.',
  'evidence.series.reload': 'Ricarica',
  'evidence.series.failed': 'Il confronto non è riuscito: {message}',
  'evidence.series.method':
    'Ogni variazione è l’anno successivo meno il precedente. Il suo valore p deriva da {permutations} permutazioni casuali delle etichette (seme {seed}): le celle dei due anni vengono riunite e ridistribuite a caso, e la variazione viene ricalcolata ogni volta.',
  'evidence.series.choose': 'Area e indice',
  'evidence.series.area': 'Area',
  'evidence.series.index': 'Indice per il grafico',
  'evidence.series.show': 'Mostra',
  'evidence.series.tableCaption': 'Gli indici di {area} per anno e la loro variazione',
  'evidence.series.indexCol': 'Indice',
  'evidence.series.change': 'Variazione {from} → {to}',
  'evidence.series.pValue': 'Valore p',
  'evidence.series.significant': 'significativa al livello del 5 %',
  'evidence.series.interval': 'intervallo {low} – {high}',
  'evidence.series.chartTitle': '{index} in {area}, per anno',
  'evidence.series.chartDesc':
    'Un punto per anno; una barra verticale mostra l’intervallo al 95 % dove l’elaborazione ha eseguito un bootstrap.',
  'evidence.series.noValues': 'Nessun anno ha un valore per questo indice in quest’area.',
  'evidence.series.mapTitle': 'Mappa della variazione',
  'evidence.series.mapIntro':
    'Ogni cella mostra l’anno successivo meno il precedente: blu dove il valore è diminuito, rosso dove è aumentato, bianco dove è rimasto invariato.',
  'evidence.series.from': 'Da',
  'evidence.series.to': 'A',
  'evidence.series.delete': 'Elimina questa serie',
  'evidence.series.deleted': 'La serie è stata eliminata; le sue elaborazioni restano.',
} satisfies Record<keyof typeof english, string>;

addMessages('it', evidenceSeries);
