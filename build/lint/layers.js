// The layers of docs/architecture.md as an allowlist: each folder names the folders and packages it may
// import; anything else is an error. A subpath import counts as its package (`electron/main` is Electron),
// and Node's built-in modules are one entry of their own. Folders not listed here (tests, scripts, build)
// may import anything.

/** Most specific first: a file belongs to the first layer whose folder holds it. */
export const LAYERS = [
  {
    name: 'preload',
    folder: 'electron/preload/',
    // Sandboxed: it may require only 'electron', and takes the operation names, not their schemas.
    modules: ['electron/preload/', 'core/names'],
    packages: ['electron'],
  },
  {
    name: 'main',
    folder: 'electron/main/',
    modules: [
      'electron/main/',
      'electron/desktop/',
      'electron/services/',
      'electron/security/',
      'electron/sync/',
      'db/',
      'core/',
    ],
    packages: ['electron', 'better-sqlite3'],
    node: true,
  },
  {
    name: 'web',
    folder: 'electron/web/',
    modules: ['electron/web/', 'electron/services/', 'electron/security/', 'electron/sync/', 'db/', 'core/'],
    node: true,
  },
  {
    name: 'sync',
    folder: 'electron/sync/',
    // Team sync's PostgreSQL side: the one layer that talks to the desk's server.
    modules: ['electron/sync/', 'db/', 'core/'],
    packages: ['pg'],
    node: true,
  },
  {
    name: 'services',
    folder: 'electron/services/',
    modules: ['electron/services/', 'electron/security/', 'db/', 'core/'],
    packages: ['zod'],
    node: true,
  },
  {
    name: 'desktop',
    folder: 'electron/desktop/',
    // The desktop shell's decisions (tray, menus, notifications, links, quitting, the log): pure, no Electron.
    modules: ['electron/desktop/', 'electron/security/', 'core/'],
    node: true,
  },
  {
    name: 'security',
    folder: 'electron/security/',
    modules: ['electron/security/', 'core/'],
    node: true,
  },
  {
    name: 'db',
    folder: 'db/',
    modules: ['db/', 'core/'],
    packages: ['better-sqlite3'],
    node: true,
  },
  {
    name: 'renderer',
    folder: 'renderer/',
    modules: ['renderer/', 'core/'],
    packages: [
      'react',
      'react-dom',
      'antd',
      '@ant-design/icons',
      'dayjs',
      'i18next',
      'react-i18next',
      'zustand',
      'zod',
      'echarts',
      // The knowledge base: Markdown rendered without raw HTML, and revisions compared.
      'markdown-it',
      'diff',
    ],
  },
  {
    name: 'core',
    folder: 'core/',
    modules: ['core/'],
    packages: ['zod'],
  },
];

/** The allowlist as the markdown table of docs/architecture.md. */
export function layersTable() {
  const code = (s) => `\`${s}\``;
  const rows = LAYERS.map((l) => {
    const packages = [...(l.packages ?? []), ...(l.node ? ['Node built-ins'] : [])];
    return `| ${code(l.folder)} | ${l.modules.map(code).join(', ')} | ${packages.join(', ') || '—'} |`;
  });
  return ['| folder | may import | packages |', '|---|---|---|', ...rows].join('\n');
}
