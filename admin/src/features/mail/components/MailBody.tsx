import * as Tabs from '@radix-ui/react-tabs';
import type { MailView } from '@tillpoint/sdk';
import { Fragment } from 'react';

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;

const tabClasses =
  'border-b-2 border-transparent px-1 pb-2 font-medium text-stone-500 hover:text-stone-800 data-[state=active]:border-brand-700 data-[state=active]:text-stone-900';

/** The message as the recipient saw it, and its plain-text part. */
export function MailBody({ mail }: { mail: MailView }) {
  if (mail.html === null && mail.text === null) {
    return <p className="text-stone-600">The content of this message is not kept: it held a sign-in link and was sent over SMTP.</p>;
  }
  return (
    <Tabs.Root defaultValue={mail.html !== null ? 'html' : 'text'}>
      <Tabs.List aria-label="Message format" className="mb-3 flex gap-5 border-b border-stone-200">
        {mail.html !== null && (
          <Tabs.Trigger value="html" className={tabClasses}>
            HTML
          </Tabs.Trigger>
        )}
        {mail.text !== null && (
          <Tabs.Trigger value="text" className={tabClasses}>
            Plain text
          </Tabs.Trigger>
        )}
      </Tabs.List>
      {mail.html !== null && (
        <Tabs.Content value="html">
          {/* sandbox="" runs no script, submits no form and shares nothing with the admin's origin. */}
          <iframe
            title={`HTML body of “${mail.subject}”`}
            sandbox=""
            srcDoc={mail.html}
            className="h-[32rem] w-full rounded-lg border border-stone-200 bg-white"
          />
        </Tabs.Content>
      )}
      {mail.text !== null && (
        <Tabs.Content value="text">
          <pre className="overflow-x-auto rounded-lg border border-stone-200 bg-stone-50 p-4 font-mono text-xs leading-relaxed whitespace-pre-wrap text-stone-800">
            <LinkedText text={mail.text} />
          </pre>
        </Tabs.Content>
      )}
    </Tabs.Root>
  );
}

/** Links in the text part made clickable: the sandboxed HTML cannot open them, and testers need the invitation link. */
function LinkedText({ text }: { text: string }) {
  return text.split(URL_PATTERN).map((part, index) =>
    index % 2 === 1 ? (
      <a key={index} href={part} target="_blank" rel="noreferrer" className="break-all text-brand-700 underline">
        {part}
      </a>
    ) : (
      <Fragment key={index}>{part}</Fragment>
    ),
  );
}
