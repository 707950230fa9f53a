/** Controlled vocabularies shared by the practice library, its facets and its forms. */

export const THEMES = [
  'reception',
  'housing',
  'employment',
  'education',
  'language',
  'health',
  'social-inclusion',
  'participation',
  'coexistence',
  'anti-discrimination',
  'culture',
  'sport',
  'youth',
  'gender-equality',
  'unaccompanied-minors',
  'legal-aid',
  'data-research',
  'mediation',
  'volunteering',
  'entrepreneurship',
  'digital',
  'public-space',
  'capacity-building',
  'awareness-raising',
] as const;

export const TARGET_GROUPS = [
  'migrants',
  'refugees',
  'asylum-seekers',
  'unaccompanied-minors',
  'children',
  'youth',
  'women',
  'families',
  'elderly',
  'roma',
  'undocumented',
  'general-public',
  'professionals',
  'employers',
  'municipal-staff',
  'students',
] as const;

/** The two typologies the MUST-a-Lab State-of-the-Art report groups practices into. */
export const TYPOLOGIES = ['awareness-coexistence', 'welcome-inclusion'] as const;

/** Sectoral areas of the EU Action Plan on Integration and Inclusion 2021-2027. */
export const ACTION_PLAN_AREAS = ['education', 'employment', 'health', 'housing'] as const;

export const PRACTICE_KINDS = ['practice', 'initiative', 'project', 'service'] as const;

export const RECORD_STATUSES = ['draft', 'published'] as const;

export const ROLES = ['admin', 'editor', 'reader'] as const;

export type Theme = (typeof THEMES)[number];
export type TargetGroup = (typeof TARGET_GROUPS)[number];
export type Typology = (typeof TYPOLOGIES)[number];
export type ActionPlanArea = (typeof ACTION_PLAN_AREAS)[number];
export type Role = (typeof ROLES)[number];
export type RecordStatus = (typeof RECORD_STATUSES)[number];
