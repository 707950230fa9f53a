/** The seeded generator lives with the engine (inference draws use it too). */
export { Random } from './core/random.ts';
