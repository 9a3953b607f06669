// The system Chromium (never a downloaded one) and the flags it runs with, for the end-to-end tests and the
// UI benchmark alike: headless on a build machine, with nothing of its own reaching for the network.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
