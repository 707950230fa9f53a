import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { documentRoute, finishDocument } from './openapi-document.ts';

export { SECURITY } from './openapi-document.ts';

const TAGS = [
  ['platform', 'Health of the service'],
  ['accounts', 'Sign in and out, the session and its CSRF token, accounts'],
  ['cities', 'City profiles: read, compare, edit, publish, revisions'],
  ['practices', 'The practice library: search with facets, the full template, edits, revisions'],
  ['schemas', 'The record formats as JSON Schema'],
  [
    'stakeholders',
    "Each city's stakeholder map: organisations, influence and interest, engagement, participatory methods",
  ],
  ['contacts', "Contact persons recorded with consent (personal data: the city's editors and administrators only)"],
  ['reference groups', 'Local and international stakeholder reference groups: members over time, meetings'],
  ['policy labs', 'Policy labs: phases, sessions, participants, micro-experiments, recommendations'],
  ['reports', 'The State-of-the-Art report'],
  ['evidence', 'Population grids, background indicator runs, results and map layers'],
  ['events', 'Conference programmes, registration, rankings, fair assignment, exports'],
  ['charter', 'The Integrating Cities Charter, signatories and commitments'],
  ['mail', 'The outbox: every e-mail the platform sent or would send (administrators)'],
  ['invitations', 'Invitations to edit a city, sent by e-mail'],
  [
    'network',
    "The learning network: located cities and their practices on a map of Europe, integration challenges, a city's needs, similar cities, the network's gaps",
  ],
  ['follows', 'What a person follows (cities, themes, challenges) and their digest of what changed'],
] as const;

/**
 * Registers the OpenAPI 3.1 generator: the document is built from the same zod schemas that
 * validate input and encode output, with named components for the main records (`.meta({ id })`).
 * `sessionCookie` is the accounts domain's session cookie, named in the session security scheme.
 */
export async function registerOpenApi(app: FastifyInstance, sessionCookie: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Convivio API',
        version: '1.0.0',
        description:
          'Integration practices, city profiles, stakeholders, events and evidence shared by European cities. ' +
          'Reading needs no account. Writes need an account: the session cookie from POST /api/v1/auth/sign-in together with its ' +
          'CSRF token in the x-csrf-token header, or a bearer token. Errors are `{"error": {"code", "message", "field", "issues"?, "details"?}}`.',
      },
      servers: [{ url: '/', description: 'This server' }],
      tags: TAGS.map(([name, description]) => ({ name, description })),
      components: {
        securitySchemes: {
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: sessionCookie,
            description:
              'The session cookie set by POST /api/v1/auth/sign-in; writes also need the x-csrf-token header',
          },
          bearerAuth: {
            type: 'http',
            scheme: 'bearer',
            description: 'A personal access token, sent as `Authorization: Bearer <token>`',
          },
        },
      },
    },
    transform: documentRoute,
    transformObject: finishDocument,
    hideUntagged: true,
  });
}
