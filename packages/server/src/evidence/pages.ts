import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { defaultIndexKey, listIndices, type EvidenceDataset } from '@convivio/shared';
import {
  classMethodOf,
  evidenceDatasetPage,
  evidenceHomePage,
  evidenceRunPage,
  layerCenter,
  MAP_SCRIPT,
  MAP_STYLE,
  type EvidenceHomeView,
  type EvidenceRunView,
  type EvidenceProblemView,
  type MappingFormValues,
  type PageContext,
} from '@convivio/web';
import { can } from '../accounts/policy.ts';
import type { AppContext } from '../context.ts';
import { pageContext, sendPage } from '../web/context.ts';
import { queryText, requireSignedIn, seeOther } from '../web/page-helpers.ts';
import { seesWorker } from './access.ts';
import { getLayer, mapLayer } from './layer-service.ts';
import { storeUploadedDataset } from './dataset-upload.ts';
import { formProblems, initialFormValues, readMappingForm, submittedValues } from './page-forms.ts';
import { presentDataset, presentRun } from './presenter.ts';
import { bundledSample } from './sample.ts';
import { createRun, getDataset, getRun, listDatasets, listRuns, setDatasetMapping } from './service.ts';
import { seriesInput, seriesListView } from './series-form.ts';
import { createSeries } from './series-service.ts';
import { registerUploadParser } from './upload-parser.ts';

const SCRIPTS = { run: ['/static/evidence-run.js', MAP_SCRIPT] };
const NOTICES = new Set(['uploaded', 'mappingSaved']);
type Body = Record<string, unknown>;

/** The evidence pages: start page, a dataset (header, mapping, run form) and a run's results. */
export function evidencePages(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    const limits = ctx.config.limits;

    const home = async (
      request: FastifyRequest,
      reply: FastifyReply,
      problems: EvidenceProblemView[] = [],
      values = { name: '', public: false },
      series?: EvidenceHomeView['series'],
    ) => {
      const page = pageContext(request);
      const view: EvidenceHomeView = {
        datasets: (await listDatasets(ctx.db, request.user)).map((d) => presentDataset(d, request.user)),
        runs: (await listRuns(ctx.db, request.user)).map((r) => presentRun(r, request.user)),
        sampleAvailable: bundledSample() !== null,
        maxUploadMb: Math.floor(limits.uploadMaxBytes / 1024 / 1024),
        problems,
        values,
        series: series ?? (await seriesListView(ctx.db, request.user)),
      };
      const refused = problems.length > 0 || (series?.problems.length ?? 0) > 0;
      return sendPage(reply, page, page.t('evidence.home.title'), evidenceHomePage(page, view), {
        status: refused ? 422 : 200,
      });
    };

    const datasetPage = async (
      request: FastifyRequest,
      reply: FastifyReply,
      dataset: EvidenceDataset,
      form: { values?: MappingFormValues; problems?: EvidenceProblemView[] } = {},
    ) => {
      const page: PageContext = pageContext(request);
      const runs = (await listRuns(ctx.db, request.user, dataset.id)).map((r) => presentRun(r, request.user));
      const notice = queryText(request, 'notice');
      const canEdit = can(request.user, 'evidence.change', { mine: dataset.mine });
      return sendPage(
        reply,
        page,
        dataset.name,
        evidenceDatasetPage(page, {
          dataset,
          runs,
          canEdit,
          canRun: request.user !== null,
          values: form.values ?? initialFormValues(dataset, runs[0] ?? null),
          problems: form.problems ?? [],
          notice: NOTICES.has(notice) ? page.t(`evidence.dataset.${notice}`) : null,
        }),
        { status: form.problems?.length ? 422 : 200 },
      );
    };

    app.get('/evidence', async (request, reply) => home(request, reply));

    app.post('/evidence/series', async (request, reply) => {
      const user = requireSignedIn(request);
      const { input, values } = seriesInput((request.body ?? {}) as Body);
      try {
        const row = await createSeries(ctx.db, user, input, limits);
        return seeOther(reply, `/evidence/series/${row.id}`);
      } catch (err) {
        const problems = formProblems(err);
        if (!problems) throw err;
        return home(request, reply, [], undefined, await seriesListView(ctx.db, user, { problems, values }));
      }
    });

    // The upload form alone parses multipart bodies, streaming the file within its limits.
    await app.register(async (upload) => {
      await registerUploadParser(upload, limits.uploadMaxBytes);
      upload.post('/evidence/datasets', async (request, reply) => {
        requireSignedIn(request);
        const body = (request.body ?? {}) as Body;
        try {
          const row = await storeUploadedDataset(ctx, request);
          return seeOther(reply, `/evidence/datasets/${row.id}?notice=uploaded`);
        } catch (err) {
          const problems = formProblems(err);
          if (!problems) throw err;
          return home(request, reply, problems, {
            name: typeof body.name === 'string' ? body.name : '',
            public: body.public === 'true',
          });
        }
      });
    });

    app.get('/evidence/datasets/:id', async (request, reply) => {
      const row = await getDataset(ctx.db, request.user, (request.params as { id: string }).id);
      return datasetPage(request, reply, presentDataset(row, request.user));
    });

    app.post('/evidence/datasets/:id/mapping', async (request, reply) => {
      const user = requireSignedIn(request);
      const row = await getDataset(ctx.db, user, (request.params as { id: string }).id);
      const dataset = presentDataset(row, user);
      const body = (request.body ?? {}) as Body;
      const values = submittedValues(body);
      const { mapping, options, problems } = readMappingForm(values);
      if (problems.length) return datasetPage(request, reply, dataset, { values, problems });
      const mayEdit = can(user, 'evidence.change', { mine: dataset.mine });
      try {
        if (body.action !== 'run' || mayEdit) await setDatasetMapping(ctx.db, user, row.id, mapping);
        if (body.action !== 'run') return seeOther(reply, `/evidence/datasets/${row.id}?notice=mappingSaved`);
        const run = await createRun(
          ctx.db,
          user,
          { datasetId: row.id, options, mapping: mayEdit ? undefined : mapping, public: values.public },
          limits,
        );
        return seeOther(reply, `/evidence/runs/${run.id}`);
      } catch (err) {
        const found = formProblems(err);
        if (!found) throw err;
        return datasetPage(request, reply, dataset, { values, problems: found });
      }
    });

    app.get('/evidence/runs/:id', async (request, reply) => {
      const page = pageContext(request);
      const run = presentRun(await getRun(ctx.db, request.user, (request.params as { id: string }).id), request.user);
      const refs = run.results ? listIndices(run.results.areas) : [];
      const wanted = queryText(request, 'index');
      const indexKey = refs.some((r) => r.key === wanted) ? wanted : defaultIndexKey(refs);
      const sortText = queryText(request, 'sort');
      const sort = sortText === 'area' || sortText === 'population' ? sortText : 'value';
      const order =
        queryText(request, 'order') === 'asc' || (queryText(request, 'order') === '' && sort === 'area')
          ? 'asc'
          : 'desc';
      const layerName = run.layers.some((l) => l.name === queryText(request, 'layer'))
        ? queryText(request, 'layer')
        : (run.layers[0]?.name ?? null);
      let current: EvidenceRunView['map']['current'] = null;
      if (run.status === 'succeeded' && layerName) {
        current = mapLayer(await getLayer(ctx.db, request.user, run.id, layerName));
      }
      const view: EvidenceRunView = {
        run,
        indexKey,
        sort,
        order,
        map: {
          runId: run.id,
          layers: run.layers,
          current,
          keep: { index: indexKey, sort, order },
          center: layerName ? layerCenter(layerName) : undefined,
          classMethod: classMethodOf(queryText(request, 'classes')),
          tiles: ctx.config.evidenceMapTiles,
        },
        showsWorker: seesWorker(request.user, run),
      };
      return sendPage(
        reply,
        page,
        page.t('evidence.run.title', { dataset: run.datasetName }),
        evidenceRunPage(page, view),
        { scripts: SCRIPTS.run, styles: [MAP_STYLE] },
      );
    });
  };
}
