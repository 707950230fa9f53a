// The learning network: integration challenges, a city's needs, similar cities and the network's gaps.
import '../messages/en/network-needs.ts';

export { challengesPage, sourceLine, type ChallengeView } from './network-challenges.ts';
export { needsPage, type NeedsPageView, type NeedView } from './network-needs.ts';
export { cityNetworkSection, similarCitiesPanel, type CityNetworkView, type SimilarView } from './network-similar.ts';
export { gapsPage, type GapsView } from './network-gaps.ts';
export { taggingPage, priorityField, type TaggingPageView } from './network-tagging.ts';
export { joinList, reasonText, type ReasonView } from './network-reasons.ts';
