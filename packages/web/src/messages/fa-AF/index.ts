/** The Dari catalogue: its description, then one file per translated English file (see ../README.md). */
import './meta.ts';
import './common.ts';
import './home.ts';
import './accounts.ts';
import './charter.ts';
import './cities.ts';
import './events-attendance.ts';
import './events-programme.ts';
import './events.ts';
import './labs.ts';
import './places.ts';
import './practice-record.ts';
import './practices.ts';
import './records.ts';
import './stakeholders.ts';
import './translations.ts';
