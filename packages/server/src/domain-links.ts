/*
 * How lower domains reach the ones above them. A domain never imports a domain above it
 * (see ARCHITECTURE.md); when it needs something from one, it declares what it needs (a
 * hook to register with, or the links its pages and routes take) and this module, at the
 * top, fills it in. Importing this module registers the hooks; routes.ts, web-routes.ts and
 * dataset-sections.ts import it, so every way into the services has them.
 */
import { onAccountMail } from './accounts/account-mail.ts';
import { linkCityOptions } from './accounts/city-options.ts';
import { FORMER_MEMBER, registerPersonalData } from './accounts/personal-data.ts';
import { anonymiseCharterAuthor, charterChangesBy } from './charter/authorship.ts';
import type { CityPageLinks, CityPracticeLinks } from './cities/links.ts';
import { citiesByName, onCityWritten } from './cities/service.ts';
import { cityIndicatorsHtml } from './evidence/city-section.ts';
import './evidence/run-job.ts'; // registers the indicators run's job handler
import './evidence/series-job.ts'; // registers the job comparing the years of a series
import { eventsOfPractice } from './events/exports-service.ts';
import { eraseEventData, eventDataOf } from './events/personal-data.ts';
import { evidenceOwnedBy } from './evidence/personal-data.ts';
import { labsOfCity, labsReferring } from './labs/service.ts';
import type { PracticePageLinks } from './practices/links.ts';
import { practicesOfCity, publishedPracticeCounts, refreshCityOfPractices } from './practices/service.ts';
import { linkLabs } from './stakeholders/service.ts';
import { eraseMessagesTo, messagesTo } from './mail/personal-data.ts';
import { onUnsubscribe, sendMail } from './mail/service.ts';
import { anonymiseAuthor, revisionsByAuthor } from './revisions/authorship.ts';
import { cityNetworkHtml } from './network/city-section.ts';
import { registerMentorOffers } from './network/mentors.ts';
import { cityMentoringHtml } from './mentoring/city-section.ts';
import { mentorsOnChallenge } from './mentoring/mentors.ts';
import { registerCommitmentHelp } from './charter/help-links.ts';
import { commitmentHelp } from './network/commitment-help.ts';
import { eraseFollows, listFollows } from './follows/service.ts';
import { cityFollowHtml } from './follows/pages.ts';
import { turnDigestOffFor } from './follows/queries.ts';
import { challengeFollowLinks, themeFollowLinks } from './network/follow-links.ts';
import { anonymiseChallengeAuthor, challengeLinksBy } from './network/authorship.ts';
import { translationsBy } from './records/translation-authorship.ts';
import { invitationsOf } from './invitations/personal-data.ts';

// A renamed (or moved) city: its practices' country, search text and facet index follow.
onCityWritten(refreshCityOfPractices);

// A stakeholder in a policy lab cannot be deleted, and the stakeholder network shows the labs.
linkLabs({ labsReferring, labsOfCity });

// Account e-mails (confirmations, password resets, invitations) are worded and sent by the mail domain.
onAccountMail(async (ctx, mail) => {
  await sendMail(ctx, mail);
});

/** What the city API and pages show of the practice library. */
export const cityPracticeLinks: CityPracticeLinks = {
  practicesOf: practicesOfCity,
  publishedCounts: publishedPracticeCounts,
};

/** What the city pages show of the domains above cities. */
export const cityPageLinks: CityPageLinks = {
  practices: cityPracticeLinks,
  sections: [cityIndicatorsHtml, cityNetworkHtml, cityMentoringHtml, cityFollowHtml],
};

/** What the practice pages show of the events. */
export const practicePageLinks: PracticePageLinks = { presentedAt: eventsOfPractice };

// What each domain holds about a person: in their data export, and erased when they delete their account.
registerPersonalData({
  section: 'revisions',
  export: revisionsByAuthor,
  erase: (tx, userId) => anonymiseAuthor(tx, userId, FORMER_MEMBER),
});
registerPersonalData({
  section: 'charter',
  export: charterChangesBy,
  erase: (tx, userId) => anonymiseCharterAuthor(tx, userId, FORMER_MEMBER),
});
registerPersonalData({
  section: 'events',
  export: eventDataOf,
  erase: (tx, userId) => eraseEventData(tx, userId, FORMER_MEMBER),
});
registerPersonalData({ section: 'mail', export: messagesTo, erase: eraseMessagesTo });
registerPersonalData({
  section: 'follows',
  export: async (db, userId) =>
    (await listFollows(db, userId)).map((f) => ({
      kind: f.kind,
      target: f.target,
      since: new Date(f.created_at).toISOString(),
    })),
  erase: eraseFollows,
});
registerPersonalData({ section: 'evidence', export: evidenceOwnedBy, erase: async () => undefined });
// Translations and invitations stay linked to the emptied account row, which then reads "a former member".
registerPersonalData({ section: 'translations', export: translationsBy, erase: async () => undefined });
registerPersonalData({ section: 'invitations', export: invitationsOf, erase: async () => undefined });
registerPersonalData({
  section: 'network',
  export: challengeLinksBy,
  erase: (tx, userId) => anonymiseChallengeAuthor(tx, userId, FORMER_MEMBER),
});

// The account pages offer the cities in their pickers (editor requests, the users list).
linkCityOptions(citiesByName);

// The needs page lists the mentoring programmes' offers on each challenge.
registerMentorOffers(mentorsOnChallenge);
// A city's weak charter commitments find related challenges, practices and mentors in the learning network.
registerCommitmentHelp(commitmentHelp);

// The weekly digest's unsubscribe link turns the person's digest setting off.
onUnsubscribe('digest', turnDigestOffFor);

// The /challenges page shows a Follow or Stop following button on each challenge.
challengeFollowLinks.followed = async (db, userId) =>
  (await listFollows(db, userId)).filter((f) => f.kind === 'challenge').map((f) => f.target);
themeFollowLinks.followed = async (db, userId) =>
  (await listFollows(db, userId)).filter((f) => f.kind === 'theme').map((f) => f.target);
