/**
 * Field paths as people read them: `groups.0.name` → "Group 1: name",
 * `quantitativeResults.2.target` → "Quantitative result 3: target". Errors keep the
 * path in `field` for programs and use the label in the message for people.
 */

/** What one item of a list field is called (the list's name alone reads well otherwise). */
const ITEM: Record<string, string> = {
  groups: 'group',
  choiceGroups: 'choice group',
  sessions: 'session',
  venues: 'venue',
  rooms: 'room',
  stops: 'stop',
  presentations: 'presentation',
  people: 'person',
  keyMessages: 'key message',
  outcomes: 'outcome',
  quantitativeResults: 'quantitative result',
  links: 'link',
  themes: 'theme',
  targetGroups: 'target group',
  partnerCityIds: 'partner city',
  practiceIds: 'practice',
  stakeholderIds: 'stakeholder',
  signatoryCityIds: 'signatory city',
  commitments: 'commitment',
  mainNationalities: 'nationality',
  networks: 'network',
  keyTakeaways: 'key takeaway',
  languages: 'language',
  meetings: 'meeting',
  members: 'member',
  phases: 'phase',
  experiments: 'experiment',
  contributions: 'contribution',
  recommendations: 'recommendation',
  participants: 'participant',
  rankings: 'ranking',
  bandwidths: 'distance',
};

/** Field names whose words alone read badly. */
const NAME: Record<string, string> = {
  cityId: 'city',
  venueId: 'venue',
  roomId: 'room',
  practiceId: 'practice',
  stakeholderId: 'stakeholder',
  contactId: 'contact person',
  userId: 'user',
  url: 'address (URL)',
  email: 'e-mail address',
  '(root)': 'the input',
};

/** `migrantShareYear` → "migrant share year". */
const words = (name: string): string =>
  NAME[name] ??
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();

/** What one item of `list` is called: the table's word, else the list's words made singular. */
const item = (list: string): string =>
  ITEM[list] ??
  words(list)
    .replace(/ies$/, 'y')
    .replace(/([^s])s$/, '$1');

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The human label of a dotted field path (list positions counted from 1). */
export function fieldLabel(path: string): string {
  const parts = path.split('.').filter(Boolean);
  const items: string[] = [];
  let leaf: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const next = parts[i + 1];
    if (next !== undefined && /^\d+$/.test(next)) {
      items.push(`${[...leaf, item(part)].join(' ')} ${Number(next) + 1}`);
      leaf = [];
      i++;
    } else leaf.push(words(part));
  }
  const where = items.join(', ');
  const what = leaf.join(' ');
  return capital(where && what ? `${where}: ${what}` : where || what || 'the input');
}

/** Zod's own wording, said plainly. */
const PLAIN: [RegExp, string][] = [
  [/^Invalid input: expected \w+, received (undefined|null)$/, 'is required'],
  [/^Too small: expected string to have >=1 characters$/, 'must not be empty'],
  [/^Too small: expected string to have >=(\d+) characters$/, 'must have at least $1 characters'],
  [/^Too big: expected string to have <=(\d+) characters$/, 'may have at most $1 characters'],
  [/^Too small: expected array to have >=(\d+) items$/, 'needs at least $1 item(s)'],
  [/^Too big: expected array to have <=(\d+) items$/, 'may have at most $1 item(s)'],
  [/^Invalid input: expected int, received number$/, 'must be a whole number'],
  [/^Invalid input: expected (\w+), received \w+$/, 'must be a $1'],
  [/^Invalid option: expected one of (.*)$/, 'must be one of $1'],
];

/** A field problem as one sentence for people: "Group 1: name is required". */
export function fieldMessage(path: string, message: string): string {
  const rule = PLAIN.find(([re]) => re.test(message));
  const human = rule ? message.replace(rule[0], rule[1]) : message;
  return `${fieldLabel(path)}${/^(is|must|may|needs|has|cannot) /.test(human) ? ' ' : ': '}${human}`;
}
