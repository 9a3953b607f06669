// A throwaway PostgreSQL cluster for the tests: initdb and pg_ctl from the installed server, in a temp
// folder, on a free loopback port, password authentication only. PostgreSQL refuses to run as root, so when
// the tests run as root the cluster runs as the unprivileged `nobody` (present on every Debian system) and
// its folder belongs to that user; as any other user it runs as that user.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const SUPERUSER = 'shiftdesk_test';
const RUN_AS = 'nobody';

export interface Cluster {
  /** A superuser URL to the `postgres` database. */
  adminUrl: string;
  /** Stops the server but keeps its data and port: the desk's server is down until `resume`. */
  pause(): void;
  resume(): void;
  stop(): void;
}

/** The folder of initdb and pg_ctl: Debian's newest installed server, else what pg_config says. */
export function serverBinDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => Number(v) >= 15 && existsSync(path.join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions[0]) return path.join(root, versions[0], 'bin');
  try {
    return execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('PostgreSQL 15 or later is needed for the sync tests: apt-get install postgresql');
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function startCluster(): Promise<Cluster> {
  const bin = serverBinDir();
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shiftdesk-pg-'));
  const data = path.join(dir, 'data');
  const password = `pw-${process.pid}-${Date.now()}`;
  const pwfile = path.join(dir, 'pwfile');
  writeFileSync(pwfile, password, { mode: 0o600 });
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', RUN_AS], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', RUN_AS], { encoding: 'utf8' }));
    chownSync(dir, uid, gid);
    chownSync(pwfile, uid, gid);
  }
  const run = (tool: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', RUN_AS, '--', path.join(bin, tool), ...args], { stdio: 'pipe' })
      : execFileSync(path.join(bin, tool), args, { stdio: 'pipe' });

  run('initdb', [
    '-D',
    data,
    '-U',
    SUPERUSER,
    `--pwfile=${pwfile}`,
    '--auth=scram-sha-256',
    '--encoding=UTF8',
    '--locale=C',
    '--no-sync',
  ]);
  // Durability is not what these tests measure; commit order and visibility are, and they stay the same.
  const settings = [
    'fsync=off',
    'synchronous_commit=off',
    'full_page_writes=off',
    'max_connections=100',
    "unix_socket_directories=''",
    "listen_addresses='127.0.0.1'",
  ];
  let port: number;
  const startOn = (p: number) =>
    run('pg_ctl', [
      '-D',
      data,
      '-w',
      '-t',
      '30',
      '-l',
      path.join(dir, 'log'),
      '-o',
      [`-p ${p}`, ...settings.map((s) => `-c ${s}`)].join(' '),
      'start',
    ]);
  for (let attempt = 0; ; attempt += 1) {
    port = await freePort();
    try {
      startOn(port);
      break;
    } catch (error) {
      // Another process may have taken the port in between; try another, a few times.
      if (attempt >= 3) throw error;
    }
  }
  return {
    adminUrl: `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    pause() {
      run('pg_ctl', ['-D', data, '-w', '-m', 'fast', 'stop']);
    },
    resume() {
      startOn(port);
    },
    stop() {
      try {
        // A paused server has nothing left to stop.
        if (existsSync(path.join(data, 'postmaster.pid'))) {
          run('pg_ctl', ['-D', data, '-w', '-m', 'immediate', 'stop']);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
