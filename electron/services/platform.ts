import type { DesktopNotice } from '../../core/shell-commands';

/**
 * What the desktop app (electron/main) lends the services. Browser mode has none of it: there the page
 * opens, notifies, prints and hands off by itself, and each service answers accordingly.
 */
export interface PlatformPort {
  /** Hands a file to the system viewer (Electron's `shell.openPath`: resolves to '' or an error text). */
  openPath?: (file: string) => Promise<string>;
  /** A desktop notification (SLA warnings and breaches, a handover to read back); its click runs `open`. */
  notify?: (notice: DesktopNotice) => void;
  /**
   * Prints the app window (its print stylesheet) to a PDF file the agent chooses; resolves to the file
   * written, or null when the agent cancelled.
   */
  printToPdf?: (request: { suggestedName: string }) => Promise<string | null>;
  /**
   * Writes files into a folder the agent chooses (the knowledge base's export); resolves to the folder, or
   * null when the agent cancelled. Names are the service's own (no path in them); the app checks them again.
   */
  saveFiles?: (request: {
    suggestedFolder: string;
    files: { name: string; text: string }[];
  }) => Promise<string | null>;
  /** Opens the 21Vianet hand-off window at an address the service has checked against the allowlist. */
  openHandoff?: (request: HandoffWindowRequest) => void;
}

/** What the desktop shell needs to open (and police) the hand-off window. */
export interface HandoffWindowRequest {
  url: string;
  /** Settings entries; the window turns them into origins with the same policy function. */
  allowlist: string[];
  downloadDir: string;
}
