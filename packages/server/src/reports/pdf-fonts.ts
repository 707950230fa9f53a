import { createRequire } from 'node:module';
import { languageMeta } from '@convivio/web';

const require = createRequire(import.meta.url);

/**
 * The report's typefaces, embedded in every PDF so that names print as written and the file
 * needs no font of the reader's machine: Noto Sans for Latin, Greek and Cyrillic script
 * (@expo-google-fonts/noto-sans) and Noto Sans Arabic for Arabic script, which Arabic, Dari
 * and Pashto are written in (@expo-google-fonts/noto-sans-arabic); both SIL Open Font License 1.1.
 */
export const REPORT_FONTS = {
  regular: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
  arabicRegular: require.resolve('@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf'),
  arabicBold: require.resolve('@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf'),
} as const;

/** The fonts and the writing direction of a report in one language (right to left for ar, fa-AF, ps). */
export type ReportFonts = typeof REPORT_FONTS & { rtl: boolean };

export const reportFonts = (lang: string): ReportFonts => ({ ...REPORT_FONTS, rtl: languageMeta(lang).dir === 'rtl' });
