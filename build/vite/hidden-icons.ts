import type { Plugin } from 'vite';

/** The icon components of @ant-design/icons (the full one and the light one most icons use), in both formats. */
const ICON_COMPONENT = /[\\/]@ant-design[\\/]icons[\\/](es|lib)[\\/]components[\\/]AntdIcon(Light)?\.js$/;

/** What the component gives every icon: an image role named after the icon, in English. */
const NAMED_IMAGE = /role:\s*"img",\s*"aria-label":\s*icon\.name/;

/**
 * Icons are decoration: every control that shows one also carries a name of its own in the interface's
 * language. Named after the icon ("plus", "search", "close-circle"), they would leak English into the
 * accessible names of buttons, menu items and fields, antd's own included, so every icon is hidden from
 * assistive technology instead. A change in the library that this no longer fits fails the build.
 */
export function hiddenIcons(): Plugin {
  return {
    name: 'shiftdesk-hidden-icons',
    enforce: 'pre',
    transform(code, id) {
      if (!ICON_COMPONENT.test(id.split('?')[0]!)) return null;
      if (!NAMED_IMAGE.test(code)) throw new Error(`hidden-icons: the icon component changed: ${id}`);
      return { code: hideIcons(code), map: null };
    },
  };
}

/** The icon component's source with its icons hidden rather than named. */
export const hideIcons = (code: string) => code.replace(NAMED_IMAGE, '"aria-hidden": "true"');

export { ICON_COMPONENT, NAMED_IMAGE };
