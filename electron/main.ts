// Composition root of the Electron shell: registers the scheme, takes the single-instance
// lock, and wires protocol, security, IPC, windows, menu and the live deck together.
// Behaviour lives in the modules it imports.
import { join } from 'node:path';
import { app, session } from 'electron';
import { LiveDeck } from '../src/live/live-deck.js';
import { bundledDeckDir } from '../src/paths.js';
import { Commands } from './commands.js';
import { listen } from './ipc/bridge.js';
import { deckArgument, secondInstanceDeck, type SecondInstanceData } from '../src/shell/launch.js';
import { Presentation } from './presentation.js';
import { registerSchemePrivileges, serveSite } from './protocol.js';
import { installSecurity } from './security.js';
import { SiteMounts } from '../src/shell/site-mounts.js';
import { loadState, saveState } from '../src/shell/state.js';

registerSchemePrivileges();

// `electron <app> [deck]` in development, `<app> [deck]` when packaged.
const requested = deckArgument(process.argv.slice(app.isPackaged ? 1 : 2), process.cwd());
const lockData: SecondInstanceData = requested ? { deckPath: requested } : {};

if (!app.requestSingleInstanceLock(lockData)) {
  app.quit();
} else {
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  const statePath = join(app.getPath('userData'), 'state.json');
  const state = loadState(statePath);
  const persist = (): void => saveState(statePath, state);

  installSecurity(session.defaultSession);
  const mounts = new SiteMounts();
  serveSite(session.defaultSession, mounts);

  const presentation = new Presentation({ preload: join(__dirname, 'preload.cjs'), state, onStateChange: persist });
  const live = new LiveDeck();
  live.on((event) => {
    if (event.type !== 'diagnostics') mounts.setRoot(event.site);
    if (event.type === 'updated') presentation.send('deck-updated', { version: event.version });
    // Errors of a broken save are for the presenter view only; a good deck's warnings travel with its site.
    if (event.type === 'diagnostics') presentation.send('diagnostics', { version: event.version, diagnostics: event.diagnostics }, ['presenter']);
  });
  const commands = new Commands({ live, presentation, mounts, state, saveState: persist });

  listen((contents) => presentation.roleOf(contents), {
    'open-presenter': () => presentation.open('presenter'),
    'toggle-fullscreen': (sender) => presentation.toggleFullScreen(sender),
  });

  app.on('second-instance', (_event, _argv, _cwd, additionalData) => {
    const path = secondInstanceDeck(additionalData);
    if (path) void commands.present(path);
    else presentation.focused()?.focus();
  });
  app.on('before-quit', () => {
    presentation.rememberAll();
    live.close();
  });
  app.on('window-all-closed', () => app.quit());

  commands.refreshMenu();
  const opened = await commands.present(requested ?? bundledDeckDir);
  if (!opened && !(requested && (await commands.present(bundledDeckDir)))) app.quit();
}
