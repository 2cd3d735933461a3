import { renderDescription } from './markdown';

describe('product descriptions', () => {
  it('renders Markdown formatting', () => {
    expect(renderDescription('Soft **merino** wool.\n\n- warm\n- light')).toBe(
      '<p>Soft <strong>merino</strong> wool.</p>\n<ul>\n<li>warm</li>\n<li>light</li>\n</ul>',
    );
  });

  it('removes scripts, event handlers and javascript: links', () => {
    const html = renderDescription(
      '<script>alert(1)</script><img src=x onerror=alert(1)> <b onclick="x()">bold</b>\n\n[click](javascript:alert(1))',
    );
    expect(html).not.toMatch(/<script|onerror|onclick|<img|href="javascript/i);
    expect(html).toContain('<b>bold</b>');
  });

  it('keeps safe links and marks them', () => {
    expect(renderDescription('[Care guide](https://example.com/care)')).toBe(
      '<p><a href="https://example.com/care" rel="noopener nofollow ugc">Care guide</a></p>',
    );
  });

  it('demotes a top-level heading below the page title', () => {
    expect(renderDescription('# Details')).toBe('<h2>Details</h2>');
  });
});
