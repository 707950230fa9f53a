import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.ts';
import { needsOfCity, networkGaps, similarCities } from './insights.ts';
import {
  presentCityChallenges,
  presentGaps,
  presentNeeds,
  presentPracticeChallenges,
  presentSimilar,
} from './presenter.ts';
import {
  zChallengesResponse,
  zCityChallengesBody,
  zCityChallengesResponse,
  zGapsResponse,
  zIdParams,
  zNeedsResponse,
  zPracticeChallengesBody,
  zPracticeChallengesResponse,
  zSimilarResponse,
} from './schema.ts';
import {
  challengesWithCounts,
  cityChallenges,
  listChallenges,
  practiceChallenges,
  setCityChallenges,
  setPracticeChallenges,
} from './service.ts';

const tags = ['network'];

/** The learning network: the challenge taxonomy, tags, a city's needs, similar cities, the network's gaps. */
export function networkRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const { db } = ctx;

    app.get(
      '/challenges',
      {
        schema: {
          operationId: 'listChallenges',
          tags,
          summary: 'The taxonomy of integration challenges, with how many practices address and cities face each',
          response: { 200: zChallengesResponse },
        },
      },
      async () => ({ items: await challengesWithCounts(db) }),
    );

    app.get(
      '/practices/:id/challenges',
      {
        schema: {
          operationId: 'getPracticeChallenges',
          tags,
          summary: 'The challenges a practice addresses',
          params: zIdParams,
          response: { 200: zPracticeChallengesResponse },
        },
      },
      async (request) => {
        const v = await practiceChallenges(db, request.user, request.params.id);
        return presentPracticeChallenges(v.practice, v.tags, await listChallenges(db));
      },
    );

    app.put(
      '/practices/:id/challenges',
      {
        schema: {
          operationId: 'setPracticeChallenges',
          tags,
          summary: "Set the challenges a practice addresses (its city's editors, administrators)",
          params: zIdParams,
          body: zPracticeChallengesBody,
          response: { 200: zPracticeChallengesResponse },
        },
      },
      async (request) => {
        const v = await setPracticeChallenges(db, request.user, request.params.id, request.body);
        return presentPracticeChallenges(v.practice, v.tags, await listChallenges(db));
      },
    );

    app.get(
      '/cities/:id/challenges',
      {
        schema: {
          operationId: 'getCityChallenges',
          tags,
          summary: 'The challenges a city faces, with their priority',
          params: zIdParams,
          response: { 200: zCityChallengesResponse },
        },
      },
      async (request) => {
        const v = await cityChallenges(db, request.user, request.params.id);
        return presentCityChallenges(v.city, v.tags, await listChallenges(db));
      },
    );

    app.put(
      '/cities/:id/challenges',
      {
        schema: {
          operationId: 'setCityChallenges',
          tags,
          summary: "Set the challenges a city faces and their priority (the city's editors, administrators)",
          params: zIdParams,
          body: zCityChallengesBody,
          response: { 200: zCityChallengesResponse },
        },
      },
      async (request) => {
        const v = await setCityChallenges(db, request.user, request.params.id, request.body);
        return presentCityChallenges(v.city, v.tags, await listChallenges(db));
      },
    );

    app.get(
      '/cities/:id/needs',
      {
        schema: {
          operationId: 'getCityNeeds',
          tags,
          summary:
            "A city's challenges by priority, each with the practices of other cities that address it (ranked, with reasons) and the cities that faced it",
          params: zIdParams,
          response: { 200: zNeedsResponse },
        },
      },
      async (request) => presentNeeds(await needsOfCity(db, request.user, request.params.id)),
    );

    app.get(
      '/cities/:id/similar',
      {
        schema: {
          operationId: 'getSimilarCities',
          tags,
          summary:
            'Cities ranked by similarity of population (log scale), migrant share, challenges and practice themes, with reasons',
          params: zIdParams,
          response: { 200: zSimilarResponse },
        },
      },
      async (request) => presentSimilar(await similarCities(db, request.user, request.params.id)),
    );

    app.get(
      '/gaps',
      {
        schema: {
          operationId: 'getNetworkGaps',
          tags,
          summary:
            'Challenges many cities face and few practices address, stakeholder areas missing from the maps, charter commitments nobody reports progress on',
          response: { 200: zGapsResponse },
        },
      },
      async () => presentGaps(await networkGaps(db)),
    );
  };
}
