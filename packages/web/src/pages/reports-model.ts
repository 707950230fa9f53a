/**
 * The State-of-the-Art report as data: built by the server from published records only
 * (never personal data) and rendered as HTML, PDF or a Word document.
 */

export interface ReportTitled {
  title: string;
  text: string | null;
}

/** A practice in the best-practice template. */
export interface ReportPractice {
  id: string;
  name: string;
  cityId: string | null;
  cityName: string | null;
  typology: string | null;
  area: string | null;
  themes: string[];
  targetGroups: string[];
  links: string[];
  challengesAddressed: string | null;
  duration: string | null;
  stakeholders: string | null;
  description: string | null;
  systematized: string | null;
  results: string | null;
  quantitativeResults: { indicator: string; achieved: number | null; target: number | null; unit: string | null }[];
  communicationStrategy: string | null;
  stakeholderInvolvement: string | null;
  migrantInvolvement: string | null;
  challengesExperienced: string | null;
  recommendations: string | null;
  lessonsLearned: string | null;
  funding: string | null;
  /** Mapped stakeholders (organisations) taking part. */
  stakeholderNames: string[];
}

export interface ReportCity {
  id: string;
  name: string;
  country: string;
  region: string | null;
  population: number | null;
  populationYear: number | null;
  migrantShare: number | null;
  migrantShareYear: number | null;
  migrantShareDefinition: string | null;
  nationalitiesCount: number | null;
  mainNationalities: string[];
  migrationSituation: string | null;
  challenges: string | null;
  strategy: string | null;
  participatoryApproach: string | null;
  networks: string[];
  methods: { name: string; description: string | null }[];
  practices: ReportPractice[];
}

export interface ReportOutreachCity {
  cityId: string;
  cityName: string;
  total: number;
  byArea: { area: string; count: number }[];
  emptyAreas: string[];
  group: { name: string; targetSize: string | null; currentMembers: number; meetings: number } | null;
}

export interface ReportModel {
  generatedOn: string;
  cities: ReportCity[];
  summary: {
    cityCount: number;
    practiceCount: number;
    otherCount: number;
    stakeholderCount: number;
    typologyCounts: { typology: string; count: number }[];
    unaddressed: number;
    emptyAreas: number;
  };
  typologies: { typology: string; practices: ReportPractice[] }[];
  outreach: {
    areas: { number: number; id: string; name: string }[];
    cities: ReportOutreachCity[];
    improvements: ReportTitled[];
    channels: string[];
    groups: {
      name: string;
      cityName: string | null;
      targetSize: string | null;
      currentMembers: number;
      meetings: number;
    }[];
    /** The engagement challenges the groups report, each distinct text once. */
    engagementChallenges: string[];
  };
  challenges: {
    intro: string | null;
    items: {
      title: string;
      text: string | null;
      themes: string[];
      practices: { id: string; name: string; cityName: string | null }[];
    }[];
  };
  citiesStrategy: ReportTitled[];
  intercultural: { definition: string | null; principles: ReportTitled[] } | null;
  connectionPoints: ReportTitled[];
  gaps: { unaddressedChallenges: string[]; emptyAreas: { cityName: string; areas: string[] }[] };
  otherPractices: ReportPractice[];
  sources: string[];
}
