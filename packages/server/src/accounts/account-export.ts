import type { Database } from '../db/database.ts';
import { onlyRow } from '../db/rows.ts';
import { listAccountSessions } from './account-sessions.ts';
import { listApiTokens } from './api-tokens.ts';
import { editorRequestsDecidedBy, listEditorRequests } from './editor-requests.ts';
import { personalDataHolders } from './personal-data.ts';
import type { User } from './schema.ts';

/**
 * Everything the platform holds about a person, as one JSON document: the account, its
 * sessions and API tokens (never their secrets), the editor requests they made and those they
 * decided as an administrator, then each domain's section.
 */
export async function exportAccount(db: Database, user: User, currentSessionId: string | null) {
  const account = onlyRow(
    await db.query<{ created_at: Date | string; disabled_at: Date | string | null }>(
      'SELECT created_at, disabled_at FROM users WHERE id = $1',
      [user.id],
    ),
    'Reading the account',
  );
  const sections: Record<string, unknown> = {};
  for (const holder of personalDataHolders()) sections[holder.section] = await holder.export(db, user.id);
  return {
    format: 'convivio-personal-data/v1' as const,
    exportedAt: new Date().toISOString(),
    account: { ...user, createdAt: new Date(account.created_at).toISOString() },
    sessions: await listAccountSessions(db, user.id, currentSessionId),
    apiTokens: await listApiTokens(db, user.id),
    editorRequests: await listEditorRequests(db, { userId: user.id }),
    editorRequestsDecided: await editorRequestsDecidedBy(db, user.id),
    ...sections,
  };
}
