import type { Feature } from '../../lib/navigation';
import { ShellCommands } from './ShellCommands';

/** The desktop shell's side in the page: its commands, and the shortcuts to the sections. */
export const desktopFeature: Feature = { overlay: ShellCommands };
