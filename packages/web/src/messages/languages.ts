/** Every interface language besides English, in the order the language switcher lists them. */
import './fr/index.ts';
import './de/index.ts';
import './es/index.ts';
import './it/index.ts';
import './nl/index.ts';
import './el/index.ts';
import './ar/index.ts';
import './uk/index.ts';
import './fa-AF/index.ts';
import './ps/index.ts';
