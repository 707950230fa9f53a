// The evidence area's views (datasets, runs, results, maps) and their messages.
import '../messages/en/evidence.ts';
import '../messages/en/evidence-series.ts';

export { evidenceHomePage, type EvidenceHomeView } from './evidence-home.ts';
export { evidenceDatasetPage, type EvidenceDatasetView, type MappingFormValues } from './evidence-dataset.ts';
export { evidenceRunPage, type EvidenceRunView } from './evidence-run.ts';
export { layerCenter, MAP_SCRIPT, MAP_STYLE, type EvidenceMapView, type MapLayerView } from './evidence-map.ts';
export { classMethodOf } from '../map-class-colours.ts';
export { cityIndicatorsSection, type CityIndicatorsView } from './evidence-city.ts';
export { type ProblemView as EvidenceProblemView } from './evidence-parts.ts';
export { evidenceSeriesPage, seriesIndices, type EvidenceSeriesView } from './evidence-series.ts';
export { type SeriesListView } from './evidence-series-list.ts';
