import Ajv from 'ajv';
import yaml from 'js-yaml';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HANDOVER_FILE_EXTENSION } from '../../core/handover-file';
import { APP_ID } from '../../electron/desktop/app-identity';
import { appIconPng } from '../../electron/desktop/icon-image';
import { parseCaseLink } from '../../electron/desktop/deep-link';
import { APP_SCHEME } from '../../electron/security/app-origin';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
type Config = Record<string, unknown> & {
  protocols: { name: string; schemes: string[] }[];
  fileAssociations: { ext: string; name: string }[];
  nsis: Record<string, unknown>;
  mac: Record<string, unknown> & { target: { target: string; arch: string[] }[] };
  win: Record<string, unknown>;
};
const config = yaml.load(read('build/electron-builder.yml')) as Config;

/** electron-builder's own schema for its configuration, from the installed package. */
function validate(value: unknown) {
  const schema = JSON.parse(read('node_modules/app-builder-lib/scheme.json')) as object;
  const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
  const check = ajv.compile(schema);
  return check(value) ? [] : (check.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe('the electron-builder configuration', () => {
  it("is valid against electron-builder's own schema", () => {
    expect(validate(config)).toEqual([]);
  });

  it('and the schema check bites: an unknown or mistyped option fails it', () => {
    expect(validate({ ...config, nsis: { ...config.nsis, perMachin: true } })).not.toEqual([]);
    expect(validate({ ...config, protocols: [{ schemes: 'shiftdesk' }] })).not.toEqual([]);
  });

  it('installs under the id the app gives its notifications on Windows', () => {
    expect(config.appId).toBe(APP_ID);
  });

  it('registers the case-link scheme the app parses', () => {
    expect(config.protocols.flatMap((p) => p.schemes)).toEqual([APP_SCHEME]);
    expect(parseCaseLink(`${config.protocols[0]!.schemes[0]}://case/SD-2026-000123`)).toBe('SD-2026-000123');
  });

  it("associates the handover file's own extension", () => {
    expect(config.fileAssociations.map((f) => f.ext)).toEqual([HANDOVER_FILE_EXTENSION]);
  });

  it('points every icon at a file that exists, at 1024 × 1024', () => {
    const icons = [config.icon, config.win.icon, config.mac.icon];
    for (const icon of icons) {
      expect(typeof icon).toBe('string');
      expect(existsSync(path.join(root, icon as string)), String(icon)).toBe(true);
    }
    const png = readFileSync(path.join(root, config.icon as string));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024]);
  });

  it('keeps build/icon.png as the drawing makes it (npm run icons writes it again)', () => {
    expect(readFileSync(path.join(root, 'build/icon.png')).equals(appIconPng())).toBe(true);
  });

  it('builds an assisted NSIS installer: per user by default, per machine offered, in Chinese and English', () => {
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      selectPerMachineByDefault: false,
      createDesktopShortcut: true,
      createStartMenuShortcut: true,
      installerLanguages: ['zh_CN', 'en_US'],
    });
  });

  it('builds a DMG per architecture, and keeps the native module out of asar, rebuilt for Electron', () => {
    expect(config.mac.target).toEqual([{ target: 'dmg', arch: ['x64', 'arm64'] }]);
    expect(config.npmRebuild).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
  });

  it('has no auto-update: nothing is published', () => {
    expect(config.publish).toBeUndefined();
  });
});
