/** The German catalogue: its description, then one file per translated English file (see ../README.md). */
import './meta.ts';
import './common.ts';
import './home.ts';
import './accounts.ts';
