import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  headers: Map<string, string>;
}

/**
 * A real SMTP server on a random local port that keeps what it receives, decoded: the API sends to it
 * over SMTP exactly as it would to a provider. It can refuse the next messages to an address with a
 * temporary error (451), as a busy provider does.
 */
export async function startSmtpInbox() {
  const received: ReceivedMail[] = [];
  const refusals = new Map<string, number>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
        const refused = to.find((address) => (refusals.get(address) ?? 0) > 0);
        if (refused) {
          refusals.set(refused, (refusals.get(refused) ?? 0) - 1);
          return callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 }));
        }
        received.push({ to, ...parseMessage(Buffer.concat(chunks).toString('latin1')) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;

  const mailTo = (address: string) => received.filter((m) => m.to.includes(address.toLowerCase()));
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    mailTo,
    refuseNext(address: string, times = 1) {
      refusals.set(address.toLowerCase(), times);
    },
    /** The first message to `address` whose subject matches, once it has arrived. */
    async waitFor(address: string, subject: RegExp, timeoutMs = 15000): Promise<ReceivedMail> {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const found = mailTo(address).find((m) => subject.test(m.subject));
        if (found) return found;
        if (Date.now() > until)
          throw new Error(
            `no mail to ${address} matching ${subject} (got: ${mailTo(address)
              .map((m) => m.subject)
              .join(' | ')})`,
          );
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type SmtpInbox = Awaited<ReturnType<typeof startSmtpInbox>>;

/** Just enough MIME for what nodemailer writes: headers, multipart/alternative, quoted-printable and base64. */
function parseMessage(raw: string): Omit<ReceivedMail, 'to'> {
  const parts: { type: string; body: string }[] = [];
  const headers = collectParts(raw, parts);
  return {
    subject: decodeWords(headers.get('subject') ?? ''),
    text: parts.find((p) => p.type === 'text/plain')?.body ?? '',
    html: parts.find((p) => p.type === 'text/html')?.body ?? '',
    headers,
  };
}

function collectParts(raw: string, into: { type: string; body: string }[]): Map<string, string> {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split + 4);
  const headers = new Map(
    head.split('\r\n').map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()] as [string, string];
    }),
  );
  const type = headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (type.startsWith('multipart/') && boundary) {
    const sections = body.split(`--${boundary}`).slice(1, -1);
    for (const section of sections) collectParts(section.replace(/^\r\n/, ''), into);
  } else {
    into.push({ type: type.split(';')[0].trim().toLowerCase(), body: decodeBody(body, headers.get('content-transfer-encoding')) });
  }
  return headers;
}

function decodeBody(body: string, encoding = '7bit'): string {
  const bytes =
    encoding.toLowerCase() === 'base64'
      ? Buffer.from(body, 'base64')
      : encoding.toLowerCase() === 'quoted-printable'
        ? qpBytes(body.replace(/=\r\n/g, ''))
        : Buffer.from(body, 'latin1');
  return bytes.toString('utf8').replace(/\r\n/g, '\n').trimEnd();
}

function qpBytes(text: string): Buffer {
  return Buffer.from(
    text.replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  );
}

/**
 * RFC 2047 encoded words (`=?UTF-8?Q?...?=`), as nodemailer writes a subject with a € in it. A run of
 * adjacent words is decoded as one byte string: a character may be split across two words.
 */
function decodeWords(value: string): string {
  const word = /=\?[^?]+\?([QB])\?([^?]*)\?=/gi;
  return value.replace(/=\?[^?]+\?[QB]\?[^?]*\?=(?:\s*=\?[^?]+\?[QB]\?[^?]*\?=)*/gi, (run) =>
    Buffer.concat(
      [...run.matchAll(word)].map(([, kind, data]) =>
        kind.toUpperCase() === 'B' ? Buffer.from(data, 'base64') : qpBytes(data.replace(/_/g, ' ')),
      ),
    ).toString('utf8'),
  );
}
