import type { ReactNode } from 'react';

/**
 * A quick look at Markdown before it is saved: paragraphs, headings, lists, bold, italics, code and
 * links, built as React elements (never as HTML). After saving, the API's own rendering is shown.
 */
export function MarkdownPreview({ markdown }: { markdown: string }) {
  const blocks = markdown
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter(Boolean);
  return <>{blocks.map((block, index) => renderBlock(block, index))}</>;
}

function renderBlock(block: string, key: number): ReactNode {
  const heading = /^(#{1,6})\s+(.*)$/.exec(block);
  if (heading) {
    const Tag = heading[1].length <= 2 ? 'h3' : 'h4';
    return <Tag key={key}>{inline(heading[2])}</Tag>;
  }
  const lines = block.split('\n');
  if (lines.every((line) => /^\s*[-*+]\s+/.test(line))) {
    return (
      <ul key={key}>
        {lines.map((line, index) => (
          <li key={index}>{inline(line.replace(/^\s*[-*+]\s+/, ''))}</li>
        ))}
      </ul>
    );
  }
  if (lines.every((line) => /^\s*\d+[.)]\s+/.test(line))) {
    return (
      <ol key={key}>
        {lines.map((line, index) => (
          <li key={index}>{inline(line.replace(/^\s*\d+[.)]\s+/, ''))}</li>
        ))}
      </ol>
    );
  }
  if (lines.every((line) => line.startsWith('>'))) {
    return <blockquote key={key}>{inline(lines.map((line) => line.replace(/^>\s?/, '')).join(' '))}</blockquote>;
  }
  return <p key={key}>{inline(lines.join(' '))}</p>;
}

const INLINE = /(\*\*[^*]+\*\*|__[^_]+__|\*[^*]+\*|_[^_]+_|`[^`]+`|\[[^\]]+\]\([^)\s]+\))/g;

function inline(text: string): ReactNode[] {
  return text.split(INLINE).map((part, index) => {
    if (/^(\*\*|__).+\1$/.test(part)) return <strong key={index}>{part.slice(2, -2)}</strong>;
    if (/^([*_]).+\1$/.test(part)) return <em key={index}>{part.slice(1, -1)}</em>;
    if (/^`.+`$/.test(part)) return <code key={index}>{part.slice(1, -1)}</code>;
    const link = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(part);
    if (link) {
      // Only web and mail links: a javascript: URL must not become clickable, even in a preview.
      const safe = /^(https?:|mailto:|\/)/i.test(link[2]);
      return safe ? (
        <a key={index} href={link[2]} target="_blank" rel="noreferrer">
          {link[1]}
        </a>
      ) : (
        link[1]
      );
    }
    return part;
  });
}
