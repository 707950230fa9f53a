import nodemailer, { type Transporter } from 'nodemailer';

/** One message as the SMTP server receives it. */
export interface Envelope {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  attachments: { filename: string; contentType: string; content: Buffer }[];
}

const transports = new Map<string, Transporter>();

/** The transport for an SMTP_URL (one pooled connection set per address). */
function transportFor(smtpUrl: string): Transporter {
  let t = transports.get(smtpUrl);
  if (!t) {
    t = nodemailer.createTransport(smtpUrl);
    transports.set(smtpUrl, t);
  }
  return t;
}

/** Hands a message to the SMTP server; throws the server's error when it refuses or cannot be reached. */
export async function deliver(smtpUrl: string, message: Envelope): Promise<void> {
  await transportFor(smtpUrl).sendMail(message);
}
