import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hiddenIcons, hideIcons, ICON_COMPONENT, NAMED_IMAGE } from '../../build/vite/hidden-icons';

const require = createRequire(import.meta.url);
const iconsRoot = path.dirname(require.resolve('@ant-design/icons/package.json'));

describe('icons hidden from assistive technology', () => {
  for (const file of ['es', 'lib'].flatMap((format) =>
    ['AntdIcon.js', 'AntdIconLight.js'].map((name) => path.join(iconsRoot, format, 'components', name)),
  )) {
    it(`fit the installed icon component ${path.basename(file)}, so no icon name reaches an accessible name`, () => {
      const code = readFileSync(file, 'utf8');
      expect(ICON_COMPONENT.test(file)).toBe(true);
      expect(NAMED_IMAGE.test(code)).toBe(true);
      const hidden = hideIcons(code);
      expect(hidden).toContain('"aria-hidden": "true"');
      expect(hidden).not.toMatch(/"aria-label":\s*icon\.name/);
    });
  }

  it('fail the build when the icon component no longer names its icons as it did', () => {
    const plugin = hiddenIcons();
    const transform = plugin.transform as (code: string, id: string) => unknown;
    expect(() =>
      transform('export default 1', '/x/node_modules/@ant-design/icons/es/components/AntdIcon.js'),
    ).toThrow(/icon component changed/);
    expect(transform('export default 1', '/x/renderer/main.tsx')).toBeNull();
  });
});
