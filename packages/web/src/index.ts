export * from './html.ts';
export * from './i18n.ts';
export * from './layout.ts';
