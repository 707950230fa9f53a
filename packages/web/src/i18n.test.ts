import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { addMessages, catalogueOf, LANGUAGES, languageMeta, translator } from './index.ts';
import { messageArguments } from './icu.ts';

const MESSAGES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'messages');

/** The message objects a catalogue file exports (the English ones and their translations). */
async function exported(file: string): Promise<Record<string, string>> {
  const mod = (await import(file)) as Record<string, unknown>;
  const objects = Object.values(mod).filter((v): v is Record<string, string> => typeof v === 'object' && v !== null);
  expect(objects.length, file).toBeGreaterThan(0);
  return Object.assign({}, ...objects) as Record<string, string>;
}

/** Arguments as `name:kind`, sorted: what a translation must keep from the English message. */
const signature = (message: string) => [...messageArguments(message)].map(([name, kind]) => `${name}:${kind}`).sort();

describe('message catalogues', () => {
  const languages = fs
    .readdirSync(MESSAGES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'en')
    .map((d) => d.name);

  it('hold the eleven interface languages, each folder registered with its description', () => {
    expect(languages.sort()).toEqual(['ar', 'de', 'el', 'es', 'fa-AF', 'fr', 'it', 'nl', 'ps', 'uk'].sort());
    expect(LANGUAGES()).toEqual(['en', 'fr', 'de', 'es', 'it', 'nl', 'el', 'ar', 'uk', 'fa-AF', 'ps']);
    for (const lang of languages) {
      expect(languageMeta(lang).code, lang).toBe(lang);
      expect(languageMeta(lang).reviewed, lang).toBe(false);
    }
    expect(['ar', 'fa-AF', 'ps'].map((l) => languageMeta(l).dir)).toEqual(['rtl', 'rtl', 'rtl']);
    expect(languageMeta('fa-AF').name).toBe('دری');
  });

  it('translate every file they have with the English keys and the same ICU arguments, all imported', async () => {
    let files = 0;
    for (const lang of languages) {
      const names = fs.readdirSync(path.join(MESSAGES, lang)).filter((f) => !/^(meta|index)\.ts$/.test(f));
      expect(names.length, lang).toBeGreaterThanOrEqual(3);
      const index = fs.readFileSync(path.join(MESSAGES, lang, 'index.ts'), 'utf8');
      for (const name of names) {
        expect(index, `${lang}/index.ts imports ${name}`).toContain(`import './${name}';`);
        expect(fs.existsSync(path.join(MESSAGES, 'en', name)), `${lang}/${name} has an English original`).toBe(true);
        const english = await exported(path.join(MESSAGES, 'en', name));
        const translated = await exported(path.join(MESSAGES, lang, name));
        expect(Object.keys(translated).sort(), `${lang}/${name}`).toEqual(Object.keys(english).sort());
        for (const [key, message] of Object.entries(translated))
          expect(signature(message), `${lang}/${name} ${key}`).toEqual(signature(english[key] ?? ''));
        expect(catalogueOf(lang)).toMatchObject(translated);
        files++;
      }
    }
    expect(files).toBeGreaterThanOrEqual(30);
  });

  it('translate every English file in every language, so no page falls back to English', () => {
    const english = fs.readdirSync(path.join(MESSAGES, 'en')).filter((f) => f.endsWith('.ts'));
    expect(english.length).toBeGreaterThan(25);
    const missing = languages.flatMap((lang) =>
      english.filter((f) => !fs.existsSync(path.join(MESSAGES, lang, f))).map((f) => `${lang}/${f}`),
    );
    expect(missing).toEqual([]);
  });

  it('define each English key in one file only (a second definition would silently replace the first)', async () => {
    const owner = new Map<string, string>();
    const twice: string[] = [];
    const files = fs.readdirSync(path.join(MESSAGES, 'en')).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(20);
    for (const name of files)
      for (const key of Object.keys(await exported(path.join(MESSAGES, 'en', name)))) {
        const first = owner.get(key);
        if (first !== undefined) twice.push(`${key} in ${first} and ${name}`);
        else owner.set(key, name);
      }
    expect(owner.size).toBeGreaterThan(1000);
    expect(twice).toEqual([]);
  });

  it('parse as ICU MessageFormat, in every language and in English', () => {
    const all = ['en', ...languages].flatMap((lang) => Object.entries(catalogueOf(lang)));
    expect(all.length).toBeGreaterThan(1500);
    for (const [key, message] of all) expect(() => messageArguments(message), key).not.toThrow();
  });
});

describe('translator', () => {
  it('chooses English plural forms', () => {
    const t = translator('en');
    expect(t('form.errors', { count: 1 })).toBe('Please correct the problem below.');
    expect(t('form.errors', { count: 3 })).toBe('Please correct the 3 problems below.');
    expect(t('cities.count', { count: 1 })).toBe('1 city');
    expect(t('cities.count', { count: 1200 })).toBe('1,200 cities');
  });

  it('chooses the Ukrainian one, few, many and other forms', () => {
    const t = translator('uk');
    expect(t('form.errors', { count: 1 })).toBe('Виправте 1 проблему нижче.');
    expect(t('form.errors', { count: 21 })).toBe('Виправте 21 проблему нижче.');
    expect(t('form.errors', { count: 3 })).toBe('Виправте 3 проблеми нижче.');
    expect(t('form.errors', { count: 5 })).toBe('Виправте 5 проблем нижче.');
    expect(t('form.errors', { count: 11 })).toBe('Виправте 11 проблем нижче.');
    expect(t('form.errors', { count: 1.5 })).toBe('Виправте 1,5 проблеми нижче.');
  });

  it('chooses the Arabic zero, one, two, few, many and other forms', () => {
    const t = translator('ar');
    expect(t('form.errors', { count: 0 })).toBe('لا توجد مشكلات للتصحيح.');
    expect(t('form.errors', { count: 1 })).toBe('يُرجى تصحيح المشكلة أدناه.');
    expect(t('form.errors', { count: 2 })).toBe('يُرجى تصحيح المشكلتين أدناه.');
    expect(t('form.errors', { count: 4 })).toBe('يُرجى تصحيح 4 مشكلات أدناه.');
    expect(t('form.errors', { count: 12 })).toBe('يُرجى تصحيح 12 مشكلةً أدناه.');
    expect(t('form.errors', { count: 100 })).toBe('يُرجى تصحيح 100 مشكلة أدناه.');
  });

  it('writes numbers as the locale does, and falls back to English for missing keys', () => {
    expect(translator('fa-AF')('pagination.page', { page: 2, pages: 1200 })).toBe('صفحهٔ ۲ از ۱٬۲۰۰');
    expect(translator('de')('pagination.page', { page: 2, pages: 1200 })).toBe('Seite 2 von 1.200');
    addMessages('en', { 'test.englishOnly': '{count, plural, one {# thing} other {# things}}' });
    expect(translator('de')('test.englishOnly', { count: 1 })).toBe('1 thing');
    expect(translator('de')('no.such.key')).toBe('no.such.key');
    expect(translator('xx')('nav.cities')).toBe('Cities');
    expect(translator('de')('nav.signedInAs', { name: 'Ana' })).toBe('Angemeldet als Ana ({role})');
  });
});
