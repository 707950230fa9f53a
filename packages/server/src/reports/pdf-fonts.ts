import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * The report's typeface: Noto Sans (SIL Open Font License 1.1, from the npm package
 * @expo-google-fonts/noto-sans), embedded in every PDF so names in Latin, Greek and
 * Cyrillic script print as written and the file needs no font of the reader's machine.
 */
export const REPORT_FONTS = {
  regular: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
} as const;

export type ReportFonts = typeof REPORT_FONTS;
