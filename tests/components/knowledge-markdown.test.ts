// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { markdownToText, renderMarkdown } from '../../renderer/features/knowledge/markdown';

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<iframe src="https://evil.example"></iframe>',
  '<a href="javascript:alert(1)">x</a>',
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[click](  javascript:alert(1))',
  '[click](java&#x09;script:alert(1))',
  '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[vb](vbscript:msgbox(1))',
  '[file](file:///etc/passwd)',
  '<javascript:alert(1)>',
  '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
  '![tracker](https://evil.example/pixel.png)',
  '[x](https://ok.example "t\\" onmouseover=\\"alert(1)")',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<svg onload=alert(1)>',
];

/** Every element of the output as the browser parses it. */
function elements(html: string): Element[] {
  const box = document.createElement('div');
  box.innerHTML = html;
  return [...box.querySelectorAll('*')];
}

describe('article Markdown', () => {
  it('links a case of the app in the same window, and nothing else relative', () => {
    const id = '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
    expect(renderMarkdown(`[SD-2026-000001](#/cases/${id})`)).toBe(
      `<p><a href="#/cases/${id}">SD-2026-000001</a></p>\n`,
    );
    for (const bad of [
      '#/settings',
      `#/cases/${id}/x`,
      `#/cases/${id}?a`,
      `/#/cases/${id}`,
      '#/cases/../x',
    ]) {
      expect(elements(renderMarkdown(`[x](${bad})`)).some((e) => e.tagName === 'A')).toBe(false);
    }
  });

  it('renders what Markdown writes: headings, lists, code, emphasis, https links', () => {
    const html = renderMarkdown('# 标题\n\n1. **打开** `设置`\n2. 见 [文档](https://docs.example/a)\n');
    expect(html).toContain('<h1>标题</h1>');
    expect(html).toContain('<strong>打开</strong> <code>设置</code>');
    expect(html).toContain(
      '<a href="https://docs.example/a" target="_blank" rel="noopener noreferrer">文档</a>',
    );
  });

  it.each(HOSTILE)('leaves no script, handler, iframe or unsafe address in %s', (source) => {
    const html = renderMarkdown(source);
    for (const el of elements(html)) {
      expect(['P', 'A', 'CODE', 'PRE', 'STRONG', 'EM']).toContain(el.tagName);
      const names = [...el.attributes].map((a) => a.name);
      expect(names.filter((n) => !['href', 'title', 'target', 'rel', 'class'].includes(n))).toEqual([]);
      const href = el.getAttribute('href');
      if (href !== null) expect(href).toMatch(/^https:\/\//);
    }
  });

  it('never loads an image: it becomes a link to its address, named by its alt text', () => {
    const html = renderMarkdown('![截图](https://files.example/shot.png)');
    expect(html).not.toContain('<img');
    expect(html).toContain('href="https://files.example/shot.png"');
    expect(html).toContain('截图');
  });

  it('keeps a link to anything but https as plain text', () => {
    expect(renderMarkdown('[站点](http://plain.example)')).not.toContain('<a');
    expect(renderMarkdown('[mail](mailto:a@b.cn)')).not.toContain('<a');
    expect(renderMarkdown('[rel](/relative)')).not.toContain('<a');
  });
});

describe('an article sent as text', () => {
  it('keeps the words and lines, drops the marks, spells links out', () => {
    expect(
      markdownToText(
        '# 重置密码\n\n1. 打开 **设置**，选择 *帐户*\n2. 运行 `Reset-Password`\n3. 详见 [帮助](https://support.example/a)\n\n![截图](https://files.example/s.png)',
      ),
    ).toBe(
      '重置密码\n\n1. 打开 设置，选择 帐户\n2. 运行 Reset-Password\n3. 详见 帮助 (https://support.example/a)\n\n截图 (https://files.example/s.png)',
    );
  });
});
