// ESLint rule: every import of a file in a layer must be on that layer's allowlist (build/lint/layers.js).
import { builtinModules } from 'node:module';
import path from 'node:path';
import { LAYERS } from './layers.js';

const NODE_BUILTINS = new Set(builtinModules);
const root = path.resolve(import.meta.dirname, '..', '..');
const relative = (file) => path.relative(root, file).split(path.sep).join('/');

const layerOf = (file) => LAYERS.find((layer) => file.startsWith(layer.folder));

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`. */
const packageName = (spec) =>
  spec
    .split('/')
    .slice(0, spec.startsWith('@') ? 2 : 1)
    .join('/');

function refusal(layer, file, spec) {
  if (spec.startsWith('node:') || NODE_BUILTINS.has(packageName(spec))) {
    return layer.node ? null : `${layer.folder} may not use Node's built-in modules ('${spec}').`;
  }
  if (spec.startsWith('.')) {
    const target = relative(path.resolve(path.dirname(path.join(root, file)), spec));
    const allowed = layer.modules.some((m) => (m.endsWith('/') ? target.startsWith(m) : target === m));
    return allowed ? null : `${layer.folder} may import only ${layer.modules.join(', ')}; not '${target}'.`;
  }
  const name = packageName(spec);
  return (layer.packages ?? []).includes(name)
    ? null
    : `${layer.folder} may not import the package '${name}' (allowed: ${(layer.packages ?? []).join(', ') || 'none'}).`;
}

export const layeringRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Each layer imports only what docs/architecture.md allows it.' },
    schema: [],
  },
  create(context) {
    const file = relative(context.filename);
    const layer = layerOf(file);
    if (!layer) return {};
    const check = (node) => {
      const source = node.source;
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const message = refusal(layer, file, source.value);
      if (message) context.report({ node: source, message });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
      TSImportType(node) {
        const literal = node.argument?.literal ?? node.argument;
        if (literal?.type === 'Literal') check({ source: literal });
      },
      CallExpression(node) {
        const callee = node.callee;
        if (
          callee.type === 'Identifier' &&
          callee.name === 'require' &&
          node.arguments[0]?.type === 'Literal'
        ) {
          check({ source: node.arguments[0] });
        }
      },
    };
  },
};

export const layeringPlugin = { rules: { layers: layeringRule } };
