import { z } from 'zod';

/** Grid file formats the evidence area accepts. */
export const EVIDENCE_FORMATS = ['csv', 'csv.gz', 'parquet'] as const;

/** Spatial kernels the indicators engine offers for the local environment of a cell. */
export const EVIDENCE_KERNELS = ['triangular', 'uniform', 'quadratic', 'quartic', 'gaussian'] as const;

/**
 * Conventions for spatial indices: `textbook` (Reardon & O'Sullivan: each cell keeps its own
 * population as weight) or `pysal` (rounded environment counts replace the raw counts).
 */
export const EVIDENCE_COMPAT = ['textbook', 'pysal'] as const;

/** The status of a background run. */
export const EVIDENCE_RUN_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;

const column = z.string().trim().min(1, { message: 'name a column' }).max(200);

/**
 * Which columns of a grid file hold what: either the cell id (EU grid ids such as
 * `CRS3035RES1000mN2684000E4334000`) or x and y (lower-left corner) with the cell size;
 * optionally the area code; the population groups; optionally the total.
 */
export const zColumnMapping = z
  .object({
    cellId: column.nullable().default(null),
    x: column.nullable().default(null),
    y: column.nullable().default(null),
    cellSize: z.number().positive({ message: 'must be a positive number of metres' }).nullable().default(null),
    area: column.nullable().default(null),
    groups: z.array(column).min(1, { message: 'choose at least one population group column' }).max(64),
    total: column.nullable().default(null),
    year: column
      .nullable()
      .default(null)
      .describe('The column of the year when the file has a row per cell and year; each run then reads one year'),
  })
  .superRefine((m, ctx) => {
    if (m.cellId) return;
    if (!m.x) ctx.addIssue({ code: 'custom', path: ['x'], message: 'name the x column, or the cell id column' });
    if (!m.y) ctx.addIssue({ code: 'custom', path: ['y'], message: 'name the y column, or the cell id column' });
    if (m.cellSize === null)
      ctx.addIssue({
        code: 'custom',
        path: ['cellSize'],
        message: 'give the cell size in metres when cells are placed by x/y',
      });
  })
  .meta({
    id: 'ColumnMapping',
    description:
      'Which columns hold what: the cell id column, or x and y (lower-left corner) with the cell size; the population group columns; optionally the area code, the total and the year',
  });

/** A number of random draws of a run (permutations, bootstrap resamples): 0 for none. */
const drawCount = z
  .number()
  .int({ message: 'must be a whole number' })
  .min(0, { message: 'may not be negative' })
  .max(9999, { message: 'may be at most 9,999' })
  .default(0);

/** Options of one indicators run. */
export const zRunOptions = z
  .object({
    bandwidths: z
      .array(
        z
          .number()
          .positive({ message: 'must be a positive distance in metres' })
          .max(20_000, { message: 'may be at most 20,000 metres' }),
      )
      .max(4, { message: 'give at most 4 bandwidths' })
      .default([500, 1000]),
    kernel: z.enum(EVIDENCE_KERNELS).default('triangular'),
    compat: z.enum(EVIDENCE_COMPAT).default('textbook'),
    permutations: drawCount.describe(
      'Random allocations for the p-values of the aspatial indices (0: none; 199 or 999 are usual)',
    ),
    bootstrap: drawCount.describe('Bootstrap resamples of people for the 95 % intervals (0: none)'),
    spatialPermutations: drawCount.describe(
      'Random allocations for the p-values of the kernel (spatial) indices, per bandwidth (0: none; 99 or 199 are usual)',
    ),
    seed: z
      .number()
      .int({ message: 'must be a whole number' })
      .min(0, { message: 'may not be negative' })
      .max(2 ** 32 - 1, { message: 'may be at most 4,294,967,295' })
      .default(1)
      .describe('Seed of the random draws: the same seed gives the same figures'),
    profile: z
      .array(
        z
          .number()
          .positive({ message: 'must be a positive distance in metres' })
          .max(20_000, { message: 'may be at most 20,000 metres' }),
      )
      .max(8, { message: 'give at most 8 bandwidths' })
      .default([])
      .describe('Bandwidths (metres) of the multiscalar profile of the spatial indices'),
    decomposeBy: column
      .nullable()
      .default(null)
      .describe('A column grouping the cells: M and H are split between and within its units'),
    hotspots: z
      .boolean()
      .default(false)
      .describe("Add local Moran's I and Gi* layers of each location quotient (permutations: as above, else 199)"),
    year: z
      .string()
      .trim()
      .regex(/^[0-9A-Za-z._-]{1,32}$/, { message: 'must be a year or period such as 2021 (letters, digits, . _ -)' })
      .nullable()
      .default(null)
      .describe(
        "The year of the run: with the mapping's year column, only that year's rows are read; without one, the year the grid describes",
      ),
  })
  .meta({ id: 'RunOptions' });

const finite = z.number().nullable();

/** One area's results in the engine's JSON shape (ALL is the whole grid). */
export const zAreaResult = z
  .object({
    area: z.string(),
    cells: z.number(),
    population: z.number(),
    groups: z.record(z.string(), z.record(z.string(), finite)),
    multigroup: z.record(z.string(), finite),
    spatial: z.array(z.record(z.string(), z.unknown())),
  })
  .loose()
  .meta({
    id: 'AreaResult',
    description:
      "One area's results (ALL is the whole grid): index values per group, multigroup indices, spatial indices per bandwidth",
  });

/** A stored grid file as its reader sees it. */
export const zEvidenceDataset = z
  .object({
    id: z.string(),
    name: z.string(),
    source: z.enum(['upload', 'sample']),
    fileName: z.string(),
    format: z.enum(EVIDENCE_FORMATS),
    sizeBytes: z.number().int(),
    header: z.array(z.string()),
    preview: z.array(z.array(z.string())),
    mapping: zColumnMapping.nullable(),
    suggestedMapping: zColumnMapping.nullable(),
    public: z.boolean(),
    ownerName: z.string().nullable(),
    mine: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'EvidenceDataset' });

/** Where a failed job went wrong (null unless it failed). */
const zJobError = z
  .object({
    code: z.string(),
    message: z.string(),
    file: z.string().optional(),
    line: z.number().optional(),
    column: z.string().optional(),
  })
  .nullable();

/** The worker running a job: its id (host:pid:random), host and process id, and since when it runs this attempt. */
export const zJobHolder = z
  .object({
    id: z.string(),
    host: z.string().nullable().describe('null when the worker has not announced itself (yet)'),
    pid: z.number().int().nullable(),
    since: z.string(),
  })
  .meta({ id: 'JobHolder' });

const holder = zJobHolder
  .nullable()
  .describe(
    'The worker running it now; shown to its owner and administrators only (null otherwise, or when not running)',
  );

/** A run: its status and progress, and its results when done. */
export const zEvidenceRun = z
  .object({
    id: z.string(),
    datasetId: z.string(),
    datasetName: z.string(),
    status: z.enum(EVIDENCE_RUN_STATUSES),
    progress: z.number(),
    message: z.string().nullable(),
    attempts: z.number().int(),
    worker: holder,
    error: zJobError,
    options: zRunOptions,
    mapping: zColumnMapping,
    public: z.boolean(),
    ownerName: z.string().nullable(),
    mine: z.boolean(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
    grid: z
      .object({
        cells: z.number().int(),
        width: z.number().int(),
        height: z.number().int(),
        cellSize: z.number(),
        originX: z.number(),
        originY: z.number(),
        groups: z.array(z.string()),
        areas: z.array(z.string()),
      })
      .nullable(),
    layers: z.array(z.object({ name: z.string(), label: z.string() })),
    results: z.object({ areas: z.array(zAreaResult) }).nullable(),
  })
  .meta({ id: 'EvidenceRun' });

export type ColumnMapping = z.infer<typeof zColumnMapping>;
export type ColumnMappingInput = z.input<typeof zColumnMapping>;
export type RunOptions = z.infer<typeof zRunOptions>;
export type RunOptionsInput = z.input<typeof zRunOptions>;
export type AreaResult = z.infer<typeof zAreaResult>;
export type EvidenceDataset = z.infer<typeof zEvidenceDataset>;
export type EvidenceRun = z.infer<typeof zEvidenceRun>;
export type JobHolder = z.infer<typeof zJobHolder>;
export type EvidenceFormat = (typeof EVIDENCE_FORMATS)[number];

/** One index compared between two years: the values, the change (to − from) and its p-value. */
const zIndexChange = z.object({
  a: finite.describe('The later year'),
  b: finite.describe('The earlier year'),
  difference: finite.describe('later − earlier'),
  p_value: finite.describe('Two-sided random-label permutation p-value'),
});

/** What every form of a series shows: who, its job's state, its options. */
const seriesHead = {
  id: z.string(),
  name: z.string(),
  public: z.boolean(),
  ownerName: z.string().nullable(),
  mine: z.boolean(),
  status: z.enum(EVIDENCE_RUN_STATUSES),
  progress: z.number(),
  message: z.string().nullable(),
  error: zJobError,
  options: z.object({ permutations: z.number().int(), seed: z.number().int() }),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
};

/** A series as lists show it: its years and runs, its state, the indices it tests; no results. */
export const zEvidenceSeriesListItem = z
  .object({
    ...seriesHead,
    years: z.array(z.object({ year: z.string(), runId: z.string() })).describe('The years in order, with their runs'),
    indexKeys: z
      .array(z.string())
      .describe(
        'The indices whose change the series tests (group.<g>.<index>, multigroup.<index>); empty until it has finished',
      ),
  })
  .meta({
    id: 'EvidenceSeriesListItem',
    description: 'A series in a list: years, runs, state and tested indices, without results',
  });

/** A series of runs of the same place over years, and the change between years. */
export const zEvidenceSeries = z
  .object({
    ...seriesHead,
    worker: holder,
    years: z.array(
      z.object({
        year: z.string(),
        runId: z.string(),
        datasetName: z.string(),
        areas: z.array(zAreaResult).describe("The run's results per area (with intervals when it drew a bootstrap)"),
      }),
    ),
    layers: z
      .array(z.object({ name: z.string(), label: z.string() }))
      .describe('Layers every year has (maps of change)'),
    changes: z.array(
      z.object({
        fromYear: z.string(),
        toYear: z.string(),
        areas: z.array(
          z.object({
            area: z.string(),
            cellsFrom: z.number().int(),
            cellsTo: z.number().int(),
            permutations: z.number().int(),
            seed: z.number().int(),
            groups: z.record(z.string(), z.record(z.string(), zIndexChange)),
            multigroup: z.record(z.string(), zIndexChange),
          }),
        ),
      }),
    ),
  })
  .meta({
    id: 'EvidenceSeries',
    description:
      'Runs of the same place in different years, side by side; each change is later − earlier with a random-label permutation test',
  });

export type EvidenceSeries = z.infer<typeof zEvidenceSeries>;
export type EvidenceSeriesListItem = z.infer<typeof zEvidenceSeriesListItem>;
