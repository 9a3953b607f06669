import { app } from 'electron';
import { launchRequests, parseCaseLink, parseHandoverPath, type LaunchRequest } from '../desktop/deep-link';

/** The command line's first entries that are not the app's input: the executable, and unpackaged the app. */
export const argvSkip = () => (app.isPackaged ? 1 : 2);

/** What a command line (this launch's, or a second launch's) asks the page to do. */
export const requestsIn = (argv: readonly string[]) =>
  launchRequests(argv, { platform: process.platform, skip: argvSkip() });

/** macOS hands links and files over by events, not on the command line. */
export const requestOfUrl = (url: string): LaunchRequest | null => {
  const number = parseCaseLink(url);
  return number ? { kind: 'case', number } : null;
};
export const requestOfFile = (file: string): LaunchRequest | null => {
  const checked = parseHandoverPath(file, process.platform);
  return checked ? { kind: 'handoverFile', path: checked } : null;
};
