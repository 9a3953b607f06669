import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  isPlainFileName,
  markOfTheWeb,
  neutralFileName,
  nonClashingPath,
  viewerMayOpen,
  visibleName,
} from '../../electron/security/file-names';
import { downloadPath } from '../../electron/security/handoff-policy';

describe('file names under Windows path rules', () => {
  it.each([
    ['invoice\u202egpj.exe', 'invoicegpj.exe'],
    ['\u2066report\u2069.pdf', 'report.pdf'],
    ['a\u200bb\u200f.txt', 'ab.txt'],
    ['CON', '_CON'],
    ['nul', '_nul'],
    ['COM1.log', '_COM1.log'],
    ['lpt9.tar.gz', '_lpt9.tar.gz'],
    ['CON .txt', '_CON .txt'],
    ['COM\u00b9.txt', '_COM\u00b9.txt'],
    ['console.log', 'console.log'],
    ['setup.exe.', 'setup.exe'],
    ['setup.exe . . ', 'setup.exe'],
    ['notes   ', 'notes'],
    ['..', 'x'],
    ['.hidden', '_hidden'],
    ['a<b>:c"|?*.log', 'a_b__c____.log'],
    ['..\\..\\Windows\\win.ini', 'win.ini'],
    ['', 'x'],
  ])('%j becomes %j', (name, expected) => {
    expect(neutralFileName(name, 'x')).toBe(expected);
  });

  it('keeps the extension when it shortens a long name', () => {
    expect(neutralFileName(`${'长'.repeat(300)}.png`, 'x')).toMatch(/^长{116}\.png$/);
  });

  it('shows names without the characters that disguise them', () => {
    expect(visibleName('C:\\Users\\a\\invoice\u202egpj.exe')).toBe('invoicegpj.exe');
  });
});

describe('downloads never overwrite', () => {
  const folder = path.resolve('/tmp/downloads');
  it('picks the next free name', () => {
    const taken = new Set([path.join(folder, 'report.pdf'), path.join(folder, 'report (1).pdf')]);
    expect(nonClashingPath(folder, 'report.pdf', (f) => taken.has(f))).toBe(
      path.join(folder, 'report (2).pdf'),
    );
    expect(nonClashingPath(folder, 'new.pdf', (f) => taken.has(f))).toBe(path.join(folder, 'new.pdf'));
  });

  it('applies to hand-off downloads, with the name neutralised first', () => {
    const taken = new Set([path.join(folder, '_CON.txt')]);
    expect(downloadPath(folder, 'CON.txt', (f) => taken.has(f))).toBe(path.join(folder, '_CON (1).txt'));
    expect(downloadPath(folder, 'invoice\u202egpj.exe')).toBe(path.join(folder, 'invoicegpj.exe'));
  });
});

describe('which files the system viewer may open', () => {
  it.each([
    'screen.png',
    'Photo.JPG',
    'guide.pdf',
    'outlook.log',
    'notes.txt',
    'plan.docx',
    'data.xlsx',
    'call.mp3',
  ])('opens %s', (name) => expect(viewerMayOpen(name)).toBe(true));

  it.each([
    'setup.exe',
    'page.html',
    'page.htm',
    'image.svg',
    'archive.mht',
    'macro.docm',
    'macro.xlsm',
    'tool.py',
    'console.msc',
    'x.settingcontent-ms',
    'x.library-ms',
    'x.website',
    'notebook.one',
    'app.jnlp',
    'x.appinstaller',
    'unknown.zzz',
    'noextension',
    'invoice\u202efdp.exe',
    'report.pdf.exe',
  ])('only shows the folder of %s', (name) => expect(viewerMayOpen(name)).toBe(false));
});

describe('Mark-of-the-Web', () => {
  it('marks copies on Windows as coming from the Internet zone', () => {
    expect(markOfTheWeb('win32')).toEqual({
      stream: 'Zone.Identifier',
      content: '[ZoneTransfer]\r\nZoneId=3\r\n',
    });
  });

  it.each(['darwin', 'linux'])('has no stream to write on %s', (platform) => {
    expect(markOfTheWeb(platform)).toBeNull();
  });
});

describe('names ShiftDesk writes as they are', () => {
  it('are plain file names with the expected extension, nothing a path or a disguise is made of', () => {
    expect(isPlainFileName('0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b.zh-CN.md', 'md')).toBe(true);
    for (const bad of [
      '../x.md',
      '..\\x.md',
      '/etc/x.md',
      'C:\\x.md',
      'x.md.exe',
      '.hidden.md',
      'CON.md',
      'a\u202egpj.md',
      'a\u0000.md',
      'x.md.',
      'a:b.md',
    ]) {
      expect(isPlainFileName(bad, 'md'), bad).toBe(false);
    }
  });
});
