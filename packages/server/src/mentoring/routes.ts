import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { can } from '../accounts/policy.ts';
import type { AppContext } from '../context.ts';
import { SECURITY } from '../http/openapi.ts';
import { presentPlan, presentProgramme, presentSummary } from './presenter.ts';
import {
  zActionBody,
  zActionParams,
  zCityParams,
  zContactBody,
  zContactResponse,
  zCreated,
  zEndorsementBody,
  zOfferBody,
  zPlanResponse,
  zPostParams,
  zProgrammeList,
  zProgrammeParams,
  zProgrammeResponse,
  zRequestBody,
  zSelfCheckBody,
  zSelfCheckResponse,
  zStudyVisitBody,
  zThemeParams,
} from './schema.ts';
import {
  actionPlan,
  addStudyVisit,
  cityFacts,
  endorsePlan,
  listProgrammes,
  postOfferOrRequest,
  programmeView,
  saveAction,
  saveSelfCheck,
  selfCheckOf,
  setContactPerson,
  withdrawPost,
} from './service.ts';

const tags = ['mentoring'];

/** Mentoring programmes: offers, requests, suggested pairs, study visits, action plans and self-checks. */
export function mentoringRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const { db } = ctx;

    app.get(
      '/mentoring/programmes',
      {
        schema: {
          operationId: 'listMentoringProgrammes',
          tags,
          summary: 'Mentoring programmes with their themes and how many cities, offers and requests they hold',
          response: { 200: zProgrammeList },
        },
      },
      async () => {
        const cities = await cityFacts(db);
        return { items: (await listProgrammes(db)).map((p) => presentSummary(p, cities)) };
      },
    );

    app.get(
      '/mentoring/programmes/:id',
      {
        schema: {
          operationId: 'getMentoringProgramme',
          tags,
          summary:
            'A mentoring programme: themes and toolkits, cities by role, partners, offers, requests, suggested pairs, study visits',
          params: zProgrammeParams,
          response: { 200: zProgrammeResponse },
        },
      },
      async (request) =>
        presentProgramme(
          await programmeView(db, request.user, request.params.id),
          can(request.user, 'mentoring.seeContacts', null),
        ),
    );

    for (const kind of ['offer', 'request'] as const)
      app.post(
        `/mentoring/programmes/:id/${kind}s`,
        {
          schema: {
            operationId: kind === 'offer' ? 'postMentoringOffer' : 'postMentoringRequest',
            tags,
            summary:
              kind === 'offer'
                ? "Offer to mentor on a theme, with a capacity (the city's editors, administrators)"
                : "Ask for a mentor on a theme (the city's editors, administrators)",
            params: zProgrammeParams,
            body: kind === 'offer' ? zOfferBody : zRequestBody,
            response: { 201: zCreated },
          },
        },
        async (request, reply) =>
          reply
            .status(201)
            .send({ id: await postOfferOrRequest(db, request.user, request.params.id, kind, request.body) }),
      );

    app.delete(
      '/mentoring/programmes/:id/posts/:postId',
      {
        schema: {
          operationId: 'withdrawMentoringPost',
          tags,
          summary: "Withdraw an offer or a request (its city's editors, administrators)",
          params: zPostParams,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await withdrawPost(db, request.user, request.params.id, request.params.postId);
        return reply.status(204).send(null);
      },
    );

    app.put(
      '/mentoring/programmes/:id/posts/:postId/contact',
      {
        schema: {
          operationId: 'setMentoringContact',
          tags,
          summary:
            "Set or, with null, clear the contact person of an offer or a request (personal data: its city's editors, administrators)",
          security: SECURITY.required,
          params: zPostParams,
          body: zContactBody,
          response: { 200: zContactResponse },
        },
      },
      async (request) => {
        const { id, postId } = request.params;
        return { id: postId, contact: await setContactPerson(db, request.user, id, postId, request.body) };
      },
    );

    app.post(
      '/mentoring/programmes/:id/study-visits',
      {
        schema: {
          operationId: 'addStudyVisit',
          tags,
          summary: 'Add a study visit held at an event (administrators)',
          security: SECURITY.required,
          params: zProgrammeParams,
          body: zStudyVisitBody,
          response: { 201: zCreated },
        },
      },
      async (request, reply) =>
        reply.status(201).send({ id: await addStudyVisit(db, request.user, request.params.id, request.body) }),
    );

    app.get(
      '/mentoring/programmes/:id/cities/:cityId/plan',
      {
        schema: {
          operationId: 'getActionPlan',
          tags,
          summary: "A city's action plan in the programme: actions, owners, deadlines, statuses, local endorsement",
          params: zCityParams,
          response: { 200: zPlanResponse },
        },
      },
      async (request) => presentPlan(request.params.id, await actionPlan(db, request.params.id, request.params.cityId)),
    );

    app.post(
      '/mentoring/programmes/:id/cities/:cityId/plan/actions',
      {
        schema: {
          operationId: 'addAction',
          tags,
          summary: "Add an action to the city's plan (the city's editors, administrators)",
          params: zCityParams,
          body: zActionBody,
          response: { 201: zPlanResponse },
        },
      },
      async (request, reply) => {
        const { id, cityId } = request.params;
        return reply.status(201).send(presentPlan(id, await saveAction(db, request.user, id, cityId, request.body)));
      },
    );

    app.put(
      '/mentoring/programmes/:id/cities/:cityId/plan/actions/:actionId',
      {
        schema: {
          operationId: 'changeAction',
          tags,
          summary: "Change an action of the city's plan (the city's editors, administrators)",
          params: zActionParams,
          body: zActionBody,
          response: { 200: zPlanResponse },
        },
      },
      async (request) => {
        const { id, cityId, actionId } = request.params;
        return presentPlan(id, await saveAction(db, request.user, id, cityId, request.body, actionId));
      },
    );

    app.put(
      '/mentoring/programmes/:id/cities/:cityId/plan/endorsement',
      {
        schema: {
          operationId: 'endorseActionPlan',
          tags,
          summary: "Record the local body that endorsed the city's plan, or clear it with null",
          params: zCityParams,
          body: zEndorsementBody,
          response: { 200: zPlanResponse },
        },
      },
      async (request) => {
        const { id, cityId } = request.params;
        return presentPlan(id, await endorsePlan(db, request.user, id, cityId, request.body));
      },
    );

    const selfCheck = async (id: string, cityId: string, themeId: string) => {
      const s = await selfCheckOf(db, id, cityId, themeId);
      return { programmeId: id, cityId, themeId, answers: s.answers, answeredAt: s.answeredAt, result: s.result };
    };

    app.get(
      '/mentoring/programmes/:id/cities/:cityId/self-check/:themeId',
      {
        schema: {
          operationId: 'getSelfCheck',
          tags,
          summary: "A city's answers to a theme's self-check questions and where they place it",
          params: zThemeParams,
          response: { 200: zSelfCheckResponse },
        },
      },
      async (request) => selfCheck(request.params.id, request.params.cityId, request.params.themeId),
    );

    app.put(
      '/mentoring/programmes/:id/cities/:cityId/self-check/:themeId',
      {
        schema: {
          operationId: 'answerSelfCheck',
          tags,
          summary: "Answer a theme's self-check questions (the city's editors, administrators)",
          params: zThemeParams,
          body: zSelfCheckBody,
          response: { 200: zSelfCheckResponse },
        },
      },
      async (request) => {
        const { id, cityId, themeId } = request.params;
        await saveSelfCheck(db, request.user, id, cityId, themeId, request.body);
        return selfCheck(id, cityId, themeId);
      },
    );
  };
}
