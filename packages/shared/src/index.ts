export * from './vocabulary.ts';
export * from './common.ts';
export * from './practice.ts';
export * from './city.ts';
