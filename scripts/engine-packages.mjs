// The pure computation engines: each is linted as a program of its own with its package's
// tsconfig (unchecked index reads in its hot loops), by eslint.config.js, and in a lane of its own
// by scripts/run-tests.mjs. Server, web and shared are one program (tsconfig.lint.json).
export const ENGINE_PACKAGES = ['packages/indicators', 'packages/assignment'];
