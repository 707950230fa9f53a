import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A message as a real SMTP server received it, parsed by an independent reader (mailparser). */
export interface Received {
  to: string;
  mail: ParsedMail;
}

/** A real SMTP server in the test process: what arrived, and how to wait for a message. */
export interface Inbox {
  url: string;
  received: Received[];
  /** The next message to `to` whose subject matches, waiting up to 30 s; removed from the inbox. */
  next(to: string, subject?: RegExp): Promise<ParsedMail>;
  /** Refuse every message from now on (with a permanent 550 error), or accept again. */
  refuse(on: boolean): void;
  close(): Promise<void>;
}

export async function startInbox(): Promise<Inbox> {
  const received: Received[] = [];
  let refusing = false;
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refusing)
        return callback(Object.assign(new Error('Mailbox unavailable (test refusal)'), { responseCode: 550 }));
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          for (const rcpt of session.envelope.rcptTo) received.push({ to: rcpt.address.toLowerCase(), mail });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    async next(to, subject) {
      // Generous for a loaded machine: a message that never comes fails the test after 30 s.
      const deadline = Date.now() + 30_000;
      for (;;) {
        const i = received.findIndex(
          (r) => r.to === to.toLowerCase() && (!subject || subject.test(r.mail.subject ?? '')),
        );
        if (i >= 0) return received.splice(i, 1)[0]!.mail;
        if (Date.now() > deadline)
          throw new Error(
            `No message to ${to}${subject ? ` matching ${subject}` : ''}; received: ${received.map((r) => `${r.to}: ${r.mail.subject}`).join('; ') || 'nothing'}`,
          );
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    refuse(on) {
      refusing = on;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first link in a message's plain text whose path starts with `path`. */
export function linkIn(mail: ParsedMail, path: string): string {
  const found = (mail.text ?? '').match(/https?:\/\/\S+/g)?.find((u) => new URL(u).pathname.startsWith(path));
  if (!found) throw new Error(`No ${path} link in:\n${mail.text}`);
  return found;
}

/** The last path segment of a link: the secret token. */
export const tokenOf = (link: string) => new URL(link).pathname.split('/').pop()!;
