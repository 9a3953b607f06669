import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  caseLink,
  launchRequests,
  MAX_LAUNCH_REQUESTS,
  parseCaseLink,
  parseHandoverPath,
} from '../../electron/desktop/deep-link';
import { commandOf } from '../../electron/desktop/launch-command';
import { groupedCases } from '../helpers/grouped-cases';

describe('case links', () => {
  it('opens the case a well-formed link names', () => {
    expect(parseCaseLink('shiftdesk://case/SD-2026-000123')).toBe('SD-2026-000123');
    expect(parseCaseLink('shiftdesk://case/SD-2026-000123/')).toBe('SD-2026-000123');
    expect(parseCaseLink('shiftdesk://case/SD-2026-AB-000042')).toBe('SD-2026-AB-000042');
    expect(parseCaseLink('SHIFTDESK://CASE/SD-2026-000123')).toBe('SD-2026-000123');
    expect(parseCaseLink(caseLink('SD-2027-1234567'))).toBe('SD-2027-1234567');
  });

  it.each([
    ['another scheme', 'https://case/SD-2026-000123'],
    ['file://', 'file:///C:/Users/a/SD-2026-000123'],
    ['file:// inside', 'shiftdesk://case/file:///etc/passwd'],
    ['javascript:', 'javascript:alert(1)//shiftdesk://case/SD-2026-000123'],
    ['the app host', 'shiftdesk://app/index.html#/case/SD-2026-000123'],
    ['another host', 'shiftdesk://evil.example/SD-2026-000123'],
    ['credentials', 'shiftdesk://user:pw@case/SD-2026-000123'],
    ['a port', 'shiftdesk://case:8080/SD-2026-000123'],
    ['a query', 'shiftdesk://case/SD-2026-000123?delete=1'],
    ['a fragment', 'shiftdesk://case/SD-2026-000123#x'],
    ['path traversal', 'shiftdesk://case/../../SD-2026-000123'],
    ['encoded traversal', 'shiftdesk://case/%2e%2e%2fSD-2026-000123'],
    ['encoded slash', 'shiftdesk://case/SD-2026-000123%2Fx'],
    ['a second segment', 'shiftdesk://case/SD-2026-000123/edit'],
    ['a malformed number', 'shiftdesk://case/SD-26-000123'],
    ['lower case number', 'shiftdesk://case/sd-2026-000123'],
    ['sequence zero', 'shiftdesk://case/SD-2026-000000'],
    ['an over-long number', `shiftdesk://case/SD-2026-${'9'.repeat(30)}`],
    ['past the largest sequence', 'shiftdesk://case/SD-2026-100000000'],
    ['an over-long link', `shiftdesk://case/SD-2026-000123${'/'.repeat(200)}`],
    ['a newline', 'shiftdesk://case/SD-2026-000123\n--inspect'],
    ['no number', 'shiftdesk://case/'],
    ['not a URL', 'shiftdesk:case'],
    ['empty', ''],
  ])('refuses %s', (_what, link) => {
    expect(parseCaseLink(link)).toBeNull();
  });

  it('refuses what is not text', () => {
    for (const value of [null, undefined, 42, {}, ['shiftdesk://case/SD-2026-000123']]) {
      expect(parseCaseLink(value)).toBeNull();
    }
  });
});

describe('handover files the system opens', () => {
  it('takes an absolute local path with the handover extension', () => {
    expect(parseHandoverPath('C:\\Users\\li\\Downloads\\shift.sdhandover', 'win32')).toBe(
      'C:\\Users\\li\\Downloads\\shift.sdhandover',
    );
    expect(parseHandoverPath('D:\\交接\\夜班.SDHANDOVER', 'win32')).toBe('D:\\交接\\夜班.SDHANDOVER');
    expect(parseHandoverPath('/Users/li/Desktop/shift.sdhandover', 'darwin')).toBe(
      '/Users/li/Desktop/shift.sdhandover',
    );
  });

  /** Paths each platform's shell may pass that are no handover file to open, with what is wrong. */
  const REFUSED = {
    win32: [
      ['shift.sdhandover', 'a relative path'],
      ['..\\..\\shift.sdhandover', 'a relative traversal'],
      ['C:\\Users\\li\\..\\..\\Windows\\shift.sdhandover', 'a traversal'],
      ['C:/Users/li/shift.sdhandover', 'forward slashes'],
      ['\\\\attacker.example\\share\\shift.sdhandover', 'a UNC path'],
      ['\\\\?\\C:\\shift.sdhandover', 'a device path'],
      ['\\\\.\\pipe\\shift.sdhandover', 'a pipe'],
      ['file:///C:/Users/li/shift.sdhandover', 'a file:// URL'],
      ['C:\\Users\\li\\shift.sdhandover.exe', 'another extension'],
      ['C:\\Users\\li\\shift.json', 'a JSON file'],
      ['C:\\Users\\li\\shift.sdhandover\0.exe', 'a NUL'],
      ['C:\\Users\\li\\a\nb.sdhandover', 'a newline'],
      [`C:\\${'a\\'.repeat(17_000)}x.sdhandover`, 'an over-long path'],
    ],
    darwin: [
      ['file:///Users/li/shift.sdhandover', 'a file:// URL'],
      ['/Users/li/../../etc/shift.sdhandover', 'a traversal'],
      ['/Users/li/./shift.sdhandover', 'a dot segment'],
      ['//server/share/shift.sdhandover', 'a double slash'],
      ['shift.sdhandover', 'a relative path'],
      ['/Users/li/.sdhandover', 'a bare extension'],
    ],
  } as const;

  it.each(groupedCases(REFUSED))('on %s refuses %s (%s)', (platform, file, _what) => {
    expect(parseHandoverPath(file, platform)).toBeNull();
  });
});

describe('a command line, first launch or second', () => {
  const win = { platform: 'win32' as const, skip: 1 };

  it('takes case links and handover files in order, after the executable', () => {
    expect(
      launchRequests(
        ['C:\\ShiftDesk\\ShiftDesk.exe', '--', 'shiftdesk://case/SD-2026-000123', 'C:\\a\\b.sdhandover'],
        win,
      ),
    ).toEqual([
      { kind: 'case', number: 'SD-2026-000123' },
      { kind: 'handoverFile', path: 'C:\\a\\b.sdhandover' },
    ]);
  });

  it('ignores switches and anything else a second instance was started with', () => {
    expect(
      launchRequests(
        [
          'C:\\ShiftDesk\\ShiftDesk.exe',
          '--inspect=9229',
          '--remote-debugging-port=9222',
          '--user-data-dir=C:\\evil',
          '--gpu-launcher=calc.exe',
          '-e',
          'require("child_process")',
          'shiftdesk://case/SD-2026-000123" --inspect "',
          'C:\\Windows\\System32\\calc.exe',
          42,
          null,
        ],
        win,
      ),
    ).toEqual([]);
  });

  it('never reads the executable (or the unpackaged app path) as a request', () => {
    expect(launchRequests(['/Applications/x.sdhandover'], { platform: 'darwin', skip: 1 })).toEqual([]);
    expect(
      launchRequests(['/usr/bin/electron', '/Users/li/app.sdhandover', 'shiftdesk://case/SD-2026-000001'], {
        platform: 'darwin',
        skip: 2,
      }),
    ).toEqual([{ kind: 'case', number: 'SD-2026-000001' }]);
  });

  it('takes a few requests at most from a flood', () => {
    const flood = Array.from(
      { length: 500 },
      (_, i) => `shiftdesk://case/SD-2026-${String(i + 1).padStart(6, '0')}`,
    );
    expect(launchRequests(['exe', ...flood], win)).toHaveLength(MAX_LAUNCH_REQUESTS);
  });
});

describe('what the page is asked to do', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shiftdesk-open-'));

  it('opens a case by its number, and imports a handover file with its name', async () => {
    expect(await commandOf({ kind: 'case', number: 'SD-2026-000123' })).toEqual({
      kind: 'openCaseNumber',
      number: 'SD-2026-000123',
    });
    const file = path.join(dir, '夜班.sdhandover');
    writeFileSync(file, '{"format":"shiftdesk-handover"}');
    expect(await commandOf({ kind: 'handoverFile', path: file })).toEqual({
      kind: 'importHandover',
      fileName: '夜班.sdhandover',
      text: '{"format":"shiftdesk-handover"}',
    });
  });

  it('reads nothing but a regular file within the size an import takes', async () => {
    const folder = path.join(dir, 'folder.sdhandover');
    mkdirSync(folder);
    expect(await commandOf({ kind: 'handoverFile', path: folder })).toBeNull();
    expect(await commandOf({ kind: 'handoverFile', path: path.join(dir, 'gone.sdhandover') })).toBeNull();
    const big = path.join(dir, 'big.sdhandover');
    writeFileSync(big, 'x'.repeat(101));
    expect(await commandOf({ kind: 'handoverFile', path: big }, 100)).toBeNull();
    expect(await commandOf({ kind: 'handoverFile', path: big }, 101)).not.toBeNull();
  });
});
