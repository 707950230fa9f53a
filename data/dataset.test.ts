import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zCityRecord, zPracticeRecord } from '@convivio/shared';
import { describe, expect, it } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));
const dataset = JSON.parse(fs.readFileSync(path.join(here, 'convivio-dataset.json'), 'utf8'));

// The public documents the data set was extracted from. They live in the project's shared
// sources folder, outside the repository, so the test names them here and reads none of them.
const CORNER = '000_08ffac326b40a330.txt'; // Projects and best practices corner, Integrating Cities Conference, Milan 2018
const PROGRAMME = '001_5f1562a76201d6d3.txt'; // draft programme of that conference
const MUST_A_LAB_REPORT = '002_b5644412035e0d30.txt'; // MUST-a-Lab D2.1 State-of-the-Art Report
const CONFERENCE_REPORT = '003_af17a5ffd946fbde.txt'; // report of the Integrating Cities Conference
const MILAN_REPORT = '004_856c1eb2b86e4ebf.txt'; // Moving Cities city report: Milan
const SOURCE_DOCUMENTS = new Set([CORNER, PROGRAMME, MUST_A_LAB_REPORT, CONFERENCE_REPORT, MILAN_REPORT]);

/**
 * Facts checked by hand against the source documents: record, field (dotted path), the value
 * the record must hold, the document and the words there that state it (copied verbatim).
 */
type Fact = [recordId: string, field: string, expected: unknown, document: string, quote: string];
const FACTS: Fact[] = [
  ['event-icc-milan-2018', 'venues.0.address', 'Via Giulio Cesare Procaccini 4, 20154 Milan', PROGRAMME, 'Venue: Fabbrica del Vapore, Via Giulio Cesare Procaccini 4, 20154 Milan'],
  ['event-icc-milan-2018', 'venues.1.address', '56 Via Tortona, 20144 Milan', PROGRAMME, 'Venue: MUDEC MUSEUM, 56 Via Tortona, 20144 Milan'],
  ['event-icc-milan-2018', 'sessions.1.start', '09:00', PROGRAMME, '9.00 - 9.50 **Opening & Welcome speeches**'],
  ['event-icc-milan-2018', 'sessions.1.people.0.name', 'Giuseppe Sala', PROGRAMME, 'Giuseppe Sala, Mayor of Milan'],
  ['event-icc-milan-2018', 'sessions.2.people.0.name', 'Charlina Vitcheva', PROGRAMME, 'Charlina Vitcheva, Deputy Director General of the Joint Research Centre'],
  ['event-icc-milan-2018', 'sessions.4.title', 'Labour market integration at local level: partnerships, strategies and practices for effective integration', PROGRAMME, 'Workshop 1 Labour market integration at local level'],
  ['event-icc-milan-2018', 'sessions.7.title', 'The challenge of family reunification', PROGRAMME, 'Workshop 4 The challenge of family reunification'],
  ['event-icc-milan-2018', 'sessions.9.rounds', 2, CORNER, 'The session will be divided in two parts each half-session lasting 25min'],
  ['event-icc-milan-2018', 'sessions.9.roundMinutes', 25, CORNER, 'each half-session lasting 25min'],
  ['event-icc-milan-2018', 'sessions.9.presentations.4.practiceId', 'practice-milan-msna-service-centre', CORNER, '### Service Centre for Unaccompanied Migrant Minors'],
  ['event-icc-milan-2018', 'sessions.13.title', 'Undocumented migrants: possible solutions to ensure access to services', PROGRAMME, 'Undocumented migrants: possible solutions to ensure access to services'],
  ['event-icc-milan-2018', 'sessions.14.start', '19:00', PROGRAMME, '19.00 **Guided Tour of the permanent collection of the MUDEC Museum'],
  ['event-icc-milan-2018', 'sessions.16.people.0.organisation', 'Thomson Reuters', PROGRAMME, 'Bureau Chief, Southern Europe at Thomson Reuters'],
  ['event-icc-milan-2018', 'sessions.18.people.3.position', 'Head of Unit Legal Migration and Integration', PROGRAMME, 'Laura Corrado, Head of Unit Legal Migration and Integration, DG HOME'],
  ['event-icc-milan-2018', 'sessions.20.end', '17:30', PROGRAMME, '14.30 - 17.30 **Parallel site visits hosted by the City of Milan**'],
  ['event-icc-milan-2018', 'sessions.21.choiceGroup', 'choice-icc-milan-2018-site-visits', PROGRAMME, 'the participants will be able to attend one visit of their choice'],
  ['event-icc-milan-2018', 'sessions.1.outcomes.0', 'Thirty-nine cities have already signed the Cities Charter, with the last two signatories, Thessaloniki and Turin, putting pen to paper during a ceremony at the Integrating Cities conference.', CONFERENCE_REPORT, 'Thirty-nine cities have already signed the Cities Charter'],
  ['event-icc-milan-2018', 'sessions.1.people.3.name', 'Anna Scavuzzo', CONFERENCE_REPORT, 'the Vice Major of Milan, Anna Scavuzzo'],
  ['event-icc-milan-2018', 'endDate', '2018-11-08', PROGRAMME, 'Thursday, 8 November 2018'],
  ['city-milan', 'mayor', 'Giuseppe Sala (Green Europe)', MILAN_REPORT, 'Giuseppe Sala (Green Europe)'],
  ['city-milan', 'region', 'Lombardy', MILAN_REPORT, 'Milan is the capital of the Northern Italian region of Lombardy.'],
  ['practice-milan-municipal-cas', 'quantitativeResults.0.achieved', 62, MILAN_REPORT, 'the municipality of Milan had 62 active CAS'],
  ['practice-milan-municipal-cas', 'quantitativeResults.1.achieved', 2398, MILAN_REPORT, 'hosting 2,398 guests (0.17% of the total population)'],
  ['practice-milan-msna-service-centre', 'duration.start', '2019-11', MILAN_REPORT, 'In November 2019, in response to the increasing number of unaccompanied'],
  ['practice-milan-celav', 'quantitativeResults.0.achieved', 2500, MILAN_REPORT, 'CeLav provides for approximately 2500 people per year.'],
  ['practice-milan-celav', 'quantitativeResults.2.target', 200, MILAN_REPORT, 'reach the target of at least 200 contacts with companies'],
  ['practice-milan-mentor', 'quantitativeResults.0.achieved', 19, MILAN_REPORT, 'nineteen young professionals from Morocco and Tunisia'],
  ['practice-milan-lab-impact', 'duration.start', '2018-09', MILAN_REPORT, '(September 2018 – December 2020)'],
  ['practice-milan-wemi', 'duration.start', '2020', MILAN_REPORT, 'In 2020, the Municipality of Milan opened WeMi'],
  ['practice-milan-milano-aiuta', 'quantitativeResults.0.achieved', 7, MILAN_REPORT, 'Milan set up seven food distribution hubs across the city'],
  ['practice-milan-sammartini-hub', 'quantitativeResults.1.achieved', 30000, MILAN_REPORT, 'has since welcomed more than 30,000 migrants'],
  ['practice-cities-grow', 'duration.start', '2017-02', CORNER, 'running from February 2017 to January 2019'],
  ['practice-cities-grow', 'partnerCityIds.9', 'city-munich', CORNER, 'Helsinki, Lisbon, Munich, Nantes'],
  ['practice-d4i-data-for-integration', 'quantitativeResults.0.achieved', 45000, CORNER, 'covers around 45,000 local administrative units in 8 EU member states'],
  ['city-munich', 'population', 1500000, CORNER, 'Munich has a population of around 1.5 million inhabitants'],
  ['practice-mifriendly-cities', 'funding', 'Funded by the EU\'s Urban Innovative Action', CORNER, 'funded by the EU\'s Urban Innovative Action'],
  ['practice-arrival-cities', 'quantitativeResults.2.achieved', 1000000, CONFERENCE_REPORT, 'which now has a €1 million budget'],
  ['practice-solidarity-cities', 'cityId', 'city-athens', CONFERENCE_REPORT, 'proposed by the Mayor of Athens'],
  ['city-fuenlabrada', 'population', 196000, MUST_A_LAB_REPORT, 'medium-sized cities such as Fuenlabrada 196.000'],
  ['city-modena', 'population', 186000, MUST_A_LAB_REPORT, 'Modena 186.000'],
  ['city-mechelen', 'population', 87000, MUST_A_LAB_REPORT, 'Mechelen has 87.000 inhabitants'],
  ['city-livadia', 'population', 32000, MUST_A_LAB_REPORT, '32.000 population in Livadia'],
  ['city-livadia', 'migrantShare', 6, MUST_A_LAB_REPORT, 'ranges from 6% in the city of Livadia'],
  ['city-mechelen', 'migrantShare', 35.2, MUST_A_LAB_REPORT, '35,2 % of the population has a migration background'],
  ['city-mechelen', 'nationalitiesCount', 130, MUST_A_LAB_REPORT, 'More than 130 nationalities live together here'],
  ['city-modena', 'migrantShare', 15.8, MUST_A_LAB_REPORT, '28.350 migrants, the 15,8% of the population'],
  ['city-modena', 'nationalitiesCount', 133, MUST_A_LAB_REPORT, 'There are 133 different nationalities'],
  ['practice-fuenlabrada-milma', 'quantitativeResults.2.achieved', 39.28, MUST_A_LAB_REPORT, '39,28% / 35% of migrant people find a job after the training'],
  ['practice-fuenlabrada-milma', 'quantitativeResults.3.target', 50, MUST_A_LAB_REPORT, '79,17% / 50% of migrant people started and finished the training process'],
  ['practice-fuenlabrada-milma', 'duration.start', '2018-03', MUST_A_LAB_REPORT, 'March 2018 - August 2021 (co-financed period)'],
  ['practice-fuenlabrada-coexistence-board', 'duration.start', '2007', MUST_A_LAB_REPORT, 'Informally since 2007, formally since 2015 up to the present'],
  ['practice-fuenlabrada-anti-rumour-strategy', 'typology', 'awareness-coexistence', MUST_A_LAB_REPORT, '*Anti-Rumours Strategy*. General Objective: Improvement of tolerance'],
  ['practice-livadia-estia', 'quantitativeResults.0.achieved', 1733, MUST_A_LAB_REPORT, '1733 beneficiaries have been accommodated and served by the ESTIA'],
  ['practice-mechelen-de-grond-der-dingen', 'quantitativeResults.0.achieved', 206, MUST_A_LAB_REPORT, '206 ideas were collected, 83 were withheld.'],
  ['practice-mechelen-reference-group-education', 'systematized.value', false, MUST_A_LAB_REPORT, 'Was the best practice systematized? *No*'],
  ['practice-modena-citta-interculturale', 'duration.start', '2019', MUST_A_LAB_REPORT, 'Duration of the initiative: *from 2019 to now*'],
  ['city-mechelen', 'mayor', 'Bart Somers', MUST_A_LAB_REPORT, 'mayor Bart Somers insisted on understanding the reasons'],
  ['city-pont-de-claix', 'population', 10700, MUST_A_LAB_REPORT, 'Population: 10.700'],
  ['city-vienna', 'population', 1900000, MUST_A_LAB_REPORT, 'At the beginning of 2020 more than 1.9 million people were living in Vienna'],
  ['city-vienna', 'migrantShare', 36.7, MUST_A_LAB_REPORT, '63.3% of which were born in Austria and 36.7% abroad'],
  ['city-vienna', 'migrantShareYear', 2020, MUST_A_LAB_REPORT, 'At the beginning of 2020 more than 1.9 million people'],
  ['city-grenoble-alpes-metropole', 'population', 450000, MUST_A_LAB_REPORT, '450.000 in Grenoble-Alpes Métropole'],
  ['city-grenoble-alpes-metropole', 'nationalitiesCount', 180, MUST_A_LAB_REPORT, 'more than 180 nationalities live together'],
  ['practice-pont-de-claix-socio-linguistic-workshops', 'quantitativeResults.0.achieved', 30, MUST_A_LAB_REPORT, '30 out of 33 people were able to pass a level during the year'],
  ['practice-pont-de-claix-socio-linguistic-workshops', 'quantitativeResults.1.achieved', 111, MUST_A_LAB_REPORT, '111 people were enrolled in sociolinguistic workshops'],
  ['practice-grenoble-alpes-metropole-ctai', 'quantitativeResults.0.achieved', 500, MUST_A_LAB_REPORT, 'we had around 500 people benefiting from the actions funded by the CTAI'],
  ['practice-grenoble-alpes-metropole-ctai', 'duration.start', '2019', MUST_A_LAB_REPORT, '1 year, renewed every year since 2019.'],
  ['practice-grenoble-alpes-metropole-rising-program', 'quantitativeResults.0.achieved', 800, MUST_A_LAB_REPORT, 'Around 800 people have been or are still beneficiaries of the RISING Program'],
  ['practice-grenoble-alpes-metropole-rising-program', 'quantitativeResults.1.achieved', 45, MUST_A_LAB_REPORT, 'Around 45% of the beneficiaries of one of the actions of the RISING program'],
  ['practice-grenoble-alpes-metropole-rising-program', 'duration.end', '2023', MUST_A_LAB_REPORT, '3 years (2020 – 2023)'],
  ['practice-grenoble-alpes-metropole-agora', 'duration.start', '2023-03', MUST_A_LAB_REPORT, 'Refugee Participation) at the end of March 2023'],
  ['practice-vienna-cult-kids', 'duration.start', '1993', MUST_A_LAB_REPORT, '*since 1993 going on*'],
  ['practice-vienna-cult-cafe', 'duration.start', '2005', MUST_A_LAB_REPORT, '*since 2005 going on.*'],
  ['practice-vienna-cult-mobil', 'typology', 'welcome-inclusion', MUST_A_LAB_REPORT, '*Cult.mobil*. General objective: Integration of economically'],
  ['practice-antwerp-making-online-participation-local', 'quantitativeResults.0.achieved', 20000, MUST_A_LAB_REPORT, 'the voices of 20,000 children and youngsters in Antwerp were heard'],
  ['practice-modena-siamo', 'cityId', 'city-modena', MUST_A_LAB_REPORT, 'INTEGRATION AND HOSPITALITY SYSTEM IN MODENA'],
  ['practice-athens-curing-the-limbo', 'cityId', 'city-athens', MUST_A_LAB_REPORT, 'Curing the Limbo” Programme in Athens'],
  ['stakeholder-fuenlabrada-coexistence-board', 'name', 'Coexistence Board (Mesa por la Convivencia)', MUST_A_LAB_REPORT, 'the work of the Mesa por la Convivencia has always focused'],
  ['stakeholder-fuenlabrada-coexistence-board', 'practiceIds.0', 'practice-fuenlabrada-coexistence-board', MUST_A_LAB_REPORT, 'Nowadays the Coexistence Board is constituted by nearly 30 associations'],
  ['stakeholder-fuenlabrada-social-welfare-department', 'roles.0', 'coordinator', MUST_A_LAB_REPORT, 'but the Social Welfare Department is the coordinator'],
  ['stakeholder-livadia-kedhl', 'roles.0', 'service-provider', MUST_A_LAB_REPORT, 'K.E.DH.L. implements the ESTIA Programme with the funding of the EU.'],
  ['stakeholder-livadia-chamber-of-commerce', 'area', 'economy', MUST_A_LAB_REPORT, 'educational institutions, Chamber of Commerce, sports clubs'],
  ['stakeholder-mechelen-internationaal-comite', 'name', 'Internationaal Comité vzw', MUST_A_LAB_REPORT, 'ethnic cultural organisations and Internationaal Comité vzw (federation)'],
  ['stakeholder-mechelen-arsenaal-lazarus', 'practiceIds.0', 'practice-mechelen-de-grond-der-dingen', MUST_A_LAB_REPORT, 'Arsenaal/Lazarus, museum Hof van Busleyden, City of Mechelen'],
  ['stakeholder-modena-unimore', 'roles.0', 'implementing-partner', MUST_A_LAB_REPORT, 'UNIMORE did research about migrants associations'],
  ['stakeholder-pont-de-claix-afpa', 'name', 'AFPA', MUST_A_LAB_REPORT, 'We will build this work in partnership with AFPA and social centers'],
  ['stakeholder-grenoble-alpes-metropole-tero-loko', 'practiceIds.0', 'practice-grenoble-alpes-metropole-ctai', MUST_A_LAB_REPORT, 'AFPA, Tero Loko, Mutualité française de l\'Isère'],
  ['stakeholder-grenoble-alpes-metropole-mission-locale-de-grenoble', 'practiceIds.0', 'practice-grenoble-alpes-metropole-rising-program', MUST_A_LAB_REPORT, 'L\'Oiseau Bleu, Mission Locale de Grenoble, AFPA'],
  ['stakeholder-grenoble-alpes-metropole-french-state', 'roles.0', 'funder', MUST_A_LAB_REPORT, 'Grenoble-Alpes Métropole with financial support of the State'],
  ['reference-group-local-fuenlabrada', 'targetSize', 'from 15 up to 20 participants', MUST_A_LAB_REPORT, '(from 15 up to 20 participants)'],
  ['reference-group-international', 'targetSize', 9, MUST_A_LAB_REPORT, 'International Stakeholder Reference Group which has 9 members'],
  ['method-grenoble-alpes-metropole-agora', 'cityId', 'city-grenoble-alpes-metropole', MUST_A_LAB_REPORT, 'sixteen-member participatory refugee panel'],
  ['method-modena-consult-of-foreigners', 'name', 'Consult of Foreigners', MUST_A_LAB_REPORT, 'the city established the Consult of Foreigners in order to involve'],
  ['method-livadia-novoville', 'name', 'Novoville platform', MUST_A_LAB_REPORT, 'Novoville platform where numerous modern communication tools'],
  ['method-mechelen-citizen-panel', 'name', 'Citizen panel (Burgerpanel)', MUST_A_LAB_REPORT, '(Burgerpanel). <https://makers.mechelen.be/burgerpanel>'],
  ['charter-integrating-cities', 'signatoryCount', 39, CONFERENCE_REPORT, 'Thirty-nine cities have already signed the Cities Charter'],
  ['programme-cities-grow', 'start', '2017-02', CORNER, 'running from February 2017 to January 2019'],
  ['programme-cities-grow', 'end', '2019-01', CORNER, 'running from February 2017 to January 2019'],
  ['programme-cities-grow', 'coordinator', 'EUROCITIES', CORNER, 'The project was realised by a consortium coordinated by EUROCITIES'],
  ['programme-cities-grow', 'themes.0.name', 'Matching buyers and suppliers: access to public and private contracts for immigrant entrepreneurs', CORNER, '- Matching buyers and suppliers: access to public and private contracts for immigrant entrepreneurs'],
  ['programme-cities-grow', 'themes.3.name', 'Anti-discrimination strategies for the local job market', CORNER, '- Anti-discrimination strategies for the local job market'],
  ['programme-cities-grow', 'participants.0.cityId', 'city-athens', CORNER, '16 local authorities from 12 member states (Athens, Barcelona'],
  ['programme-cities-grow', 'participants.15.cityId', 'city-utrecht', CORNER, 'Rotterdam, Tampere and Utrecht)'],
  ['programme-cities-grow', 'partners.2.name', 'Migration Policy Group', CORNER, 'Migration Policy Institute Europe and Migration Policy Group - as facilitators and expert leaders'],
];

const byId = new Map<string, Record<string, unknown>>();
for (const value of Object.values(dataset)) {
  if (Array.isArray(value)) for (const r of value) byId.set(r.id, r);
  else if (value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string') byId.set((value as { id: string }).id, value as Record<string, unknown>);
}
const practices = dataset.practices as { id: string; cityId: string | null; source: { document: string; section: string } }[];
const cities = dataset.cities as { id: string; name: string; profileComplete: boolean }[];

/** Every source document a record cites (its `source`, additional sources, notes' sources…). */
function citedDocuments(record: unknown): Set<string> {
  const found = new Set<string>();
  JSON.stringify(record, (key, value) => {
    if (key === 'document' && typeof value === 'string') found.add(value);
    return value;
  });
  return found;
}

const MUST_A_LAB = ['city-fuenlabrada', 'city-grenoble-alpes-metropole', 'city-livadia', 'city-mechelen', 'city-modena', 'city-pont-de-claix', 'city-vienna'];

describe('the bundled data set', () => {
  it('holds only valid city and practice records', () => {
    for (const c of dataset.cities) expect(zCityRecord.safeParse(c).success, c.id).toBe(true);
    for (const p of dataset.practices) expect(zPracticeRecord.safeParse(p).success, p.id).toBe(true);
  });

  it('has the 7 MUST-a-Lab cities with full profiles and their 14 annex practices', () => {
    for (const id of MUST_A_LAB) expect(cities.find((c) => c.id === id)?.profileComplete, id).toBe(true);
    const annex = practices.filter((p) => p.source.document === MUST_A_LAB_REPORT && p.source.section.startsWith('6.'));
    expect(annex).toHaveLength(14);
    expect(new Set(annex.map((p) => p.cityId))).toEqual(new Set(MUST_A_LAB));
  });

  it('has the 11 further practices of section 7', () => {
    expect(practices.filter((p) => p.source.section.startsWith('7.'))).toHaveLength(11);
  });

  it('has the five projects-corner initiatives, Milan with its nine practices, and Barcelona\'s SAIER', () => {
    for (const id of ['practice-cities-grow', 'practice-d4i-data-for-integration', 'practice-munich-masterplan', 'practice-mifriendly-cities', 'practice-milan-msna-service-centre', 'practice-barcelona-saier']) {
      expect(byId.has(id), id).toBe(true);
    }
    expect(cities.find((c) => c.id === 'city-milan')?.profileComplete).toBe(true);
    expect(practices.filter((p) => p.cityId === 'city-milan' && p.source.document === MILAN_REPORT)).toHaveLength(9);
  });

  it('gives every record a source, and only the source documents there are', () => {
    expect(byId.size).toBeGreaterThan(100);
    for (const [id, record] of byId) {
      const cited = citedDocuments(record);
      expect(cited.size, id).toBeGreaterThan(0);
      for (const document of cited) expect(SOURCE_DOCUMENTS.has(document), `${id} cites ${document}`).toBe(true);
    }
  });

  it('has CITIES GROW with its 4 themes, 16 cities and 3 partners, and no mentor–mentee pair the sources do not state', () => {
    const [programme, ...others] = dataset.mentoringProgrammes as {
      id: string;
      themes: { challengeIds: string[]; toolkit: { selfCheckQuestions: unknown[]; successFactors: unknown[] } }[];
      participants: { cityId: string; role: string | null }[];
      partners: { name: string }[];
      offers: unknown[];
      requests: unknown[];
    }[];
    expect(others).toEqual([]);
    expect(programme!.id).toBe('programme-cities-grow');
    expect(programme!.themes.map((t) => t.challengeIds)).toEqual([
      ['public-contracts-for-migrant-entrepreneurs'],
      ['labour-economic-integration'],
      ['migrant-entrepreneurship'],
      ['job-market-discrimination'],
    ]);
    expect(programme!.participants.map((p) => p.cityId.slice(5))).toEqual(['athens', 'barcelona', 'birmingham', 'brighton-and-hove', 'dresden', 'gdansk', 'ghent', 'helsinki', 'lisbon', 'munich', 'nantes', 'nicosia', 'riga', 'rotterdam', 'tampere', 'utrecht']);
    // The source names the cities but not which of them mentored: no role, no offer, no request.
    expect(programme!.participants.map((p) => p.role)).toEqual(Array(16).fill(null));
    expect([programme!.offers, programme!.requests]).toEqual([[], []]);
    // Nor does it give the toolkits' content.
    expect(programme!.themes.flatMap((t) => [...t.toolkit.selfCheckQuestions, ...t.toolkit.successFactors])).toEqual([]);
    expect(programme!.partners.map((p) => p.name)).toEqual(['Migration Work CIC', 'Migration Policy Institute Europe', 'Migration Policy Group']);
  });

  it('references only cities it holds', () => {
    const ids = new Set(cities.map((c) => c.id));
    for (const p of practices) if (p.cityId) expect(ids.has(p.cityId), p.id).toBe(true);
  });

  it.each(FACTS.map((f) => [`${f[0]} ${f[1]}`, f] as const))('states %s as its source does', (_name, [recordId, field, expected, document, quote]) => {
    const record = byId.get(recordId);
    expect(record, recordId).toBeDefined();
    const value = field.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], record);
    expect(value).toEqual(expected);
    // The quote is the source's own words for the value; the record must cite the document it is from.
    expect(quote.trim().length, 'quote').toBeGreaterThan(0);
    expect([...citedDocuments(record)], `${recordId} cites the document quoted`).toContain(document);
  });
  it('carries, for each of the 14 MUST-a-Lab annex practices, its name and description in its city\'s language, marked as machine translations not from the source', () => {
    const expected: Record<string, string> = {
      'practice-fuenlabrada-milma': 'es',
      'practice-fuenlabrada-coexistence-board': 'es',
      'practice-fuenlabrada-anti-rumour-strategy': 'es',
      'practice-grenoble-alpes-metropole-ctai': 'fr',
      'practice-grenoble-alpes-metropole-rising-program': 'fr',
      'practice-grenoble-alpes-metropole-agora': 'fr',
      'practice-pont-de-claix-socio-linguistic-workshops': 'fr',
      'practice-livadia-estia': 'el',
      'practice-mechelen-reference-group-education': 'nl',
      'practice-mechelen-de-grond-der-dingen': 'nl',
      'practice-modena-citta-interculturale': 'it',
      'practice-vienna-cult-kids': 'de',
      'practice-vienna-cult-mobil': 'de',
      'practice-vienna-cult-cafe': 'de',
    };
    type Translated = { id: string; language: string; translations?: { language: string; kind: string; note: string; fields: Record<string, string> }[] };
    const translated = (dataset.practices as Translated[]).filter((p) => p.translations);
    expect(translated.map((p) => p.id).sort()).toEqual(Object.keys(expected).sort());
    for (const p of translated) {
      expect(p.language, p.id).toBe('en');
      expect(p.translations, p.id).toHaveLength(1);
      const [t] = p.translations!;
      expect(t!.language, p.id).toBe(expected[p.id]);
      expect(t!.kind, p.id).toBe('machine');
      expect(t!.note, p.id).toMatch(/not from the source/);
      expect(Object.keys(t!.fields).sort(), p.id).toEqual(['description', 'name']);
      expect(t!.fields.description!.length, p.id).toBeGreaterThan(80);
    }
    const counts: Record<string, number> = {};
    for (const p of translated) for (const t of p.translations!) counts[t.language] = (counts[t.language] ?? 0) + 1;
    expect(counts).toEqual({ es: 3, fr: 4, el: 1, nl: 2, it: 1, de: 3 });
  });
});
