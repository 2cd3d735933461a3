export interface StoreBrand {
  name: string;
  colour: string;
  storefrontUrl: string;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/**
 * A paragraph: plain text, text followed by a link (a parcel and its tracking page), or a quote (the
 * store's reply to a message), set off with the store's colour.
 */
export type MailLine = string | { text: string; link: { label: string; url: string } } | { quote: string };

export const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** "Hello Ada," or, without a name (a guest who gave none), "Hello,". */
export const greeting = (firstName: string) => `Hello${firstName.trim() ? ` ${firstName.trim()}` : ''},`;

/** Only web links become anchors: a `javascript:` tracking link typed by staff stays inert text. */
export const isWebUrl = (url: string) => /^https?:\/\//i.test(url);

function htmlParagraph(brand: StoreBrand, line: MailLine): string {
  if (typeof line === 'string') return `<p style="margin:0 0 16px">${escapeHtml(line)}</p>`;
  if ('quote' in line)
    return `<blockquote style="margin:0 0 16px;padding:8px 16px;border-left:4px solid ${brand.colour};color:#44403c;white-space:pre-line">${escapeHtml(line.quote)}</blockquote>`;
  const link = isWebUrl(line.link.url)
    ? `<a href="${escapeHtml(line.link.url)}" style="color:${brand.colour}">${escapeHtml(line.link.label)}</a>`
    : escapeHtml(line.link.url);
  return `<p style="margin:0 0 16px">${escapeHtml(line.text)} ${link}</p>`;
}

function textParagraph(line: MailLine): string {
  if (typeof line === 'string') return line;
  if ('quote' in line) return line.quote.replace(/^/gm, '> ');
  return `${line.text} ${line.link.label}: ${line.link.url}`;
}

/**
 * One simple, widely supported layout (tables, inline styles) around a message with one action
 * button; the text part says the same for clients that do not show HTML.
 */
export function layout(
  brand: StoreBrand,
  mail: { subject: string; lines: MailLine[]; action?: { label: string; url: string } },
): RenderedMail {
  const paragraphs = mail.lines.map((line) => htmlParagraph(brand, line)).join('');
  const button = mail.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(mail.action.url)}" style="background:${brand.colour};color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:600">${escapeHtml(mail.action.label)}</a></p>`
    : '';
  const html = `<!doctype html><html><body style="margin:0;background:#f5f5f4;font-family:system-ui,sans-serif;color:#1c1917">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:32px 16px">
<table role="presentation" width="100%" style="max-width:560px;background:#fff;border-radius:8px" cellpadding="0" cellspacing="0">
<tr><td style="padding:20px 28px;border-bottom:4px solid ${brand.colour};font-size:18px;font-weight:700">${escapeHtml(brand.name)}</td></tr>
<tr><td style="padding:28px;font-size:15px;line-height:1.5">${paragraphs}${button}</td></tr>
<tr><td style="padding:16px 28px;color:#78716c;font-size:12px">${escapeHtml(brand.name)} · <a href="${escapeHtml(brand.storefrontUrl)}" style="color:#78716c">${escapeHtml(brand.storefrontUrl)}</a></td></tr>
</table></td></tr></table></body></html>`;
  const text = [
    ...mail.lines.map(textParagraph),
    ...(mail.action ? [`${mail.action.label}: ${mail.action.url}`] : []),
    '',
    `${brand.name} - ${brand.storefrontUrl}`,
  ].join('\n\n');
  return { subject: mail.subject, text, html };
}
