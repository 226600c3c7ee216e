// Runs the compiled Electron main process (out/electron/main.cjs) in plain Node with a
// stand-in for the 'electron' module, so the composition root is exercised for real
// where Electron's binary is missing. Usage:
//   node fake-electron-driver.cjs <main.cjs> <userData> <displays> [deck]
// It prints one JSON line per step on stdout; tests/electron/main-bundle.test.ts reads them.
const Module = require('node:module');
const { EventEmitter } = require('node:events');

const [mainPath, userData, displayCount] = process.argv.slice(2, 5);
// main.cjs reads its deck argument from process.argv.slice(2).
process.argv = [process.argv[0], mainPath, ...process.argv.slice(5)];

const log = (step, data) => process.stdout.write(`${JSON.stringify({ step, ...data })}\n`);
const calls = { privileged: [], windows: [], sent: [], menu: null, errors: [], printed: [] };
// What the next file dialog answers (a path, or undefined for Cancel); set by a command.
let dialogAnswer;
let handler = null;
let readyResolve;
const ready = new Promise((resolve) => (readyResolve = resolve));
const app = Object.assign(new EventEmitter(), {
  isPackaged: false,
  requestSingleInstanceLock: () => true,
  whenReady: () => ready,
  getPath: (name) => `${userData}/${name}`,
  quit: () => log('quit', {}),
});
const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 }, workArea: { x: 0, y: 25, width: 1440, height: 875 } };
const projector = { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 }, workArea: { x: 1440, y: 0, width: 1920, height: 1080 } };
let nextId = 1;
class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    this.options = options;
    this.destroyed = false;
    const id = nextId++;
    this.bounds = { x: options.x, y: options.y, width: options.width, height: options.height };
    this.fullscreen = Boolean(options.fullscreen);
    this.reloads = 0;
    this.input = [];
    this.webContents = Object.assign(new EventEmitter(), {
      id,
      send: (channel, payload) => calls.sent.push({ window: id, channel, payload }),
      isDestroyed: () => this.destroyed,
      reload: () => this.reloads++,
      sendInputEvent: (event) => this.input.push(`${event.type}:${event.keyCode}`),
      // The print view's readiness (src/export/renderer.ts): the page is taken as ready.
      executeJavaScript: () => Promise.resolve(true),
      printToPDF: (options) => this.printToPDF(options),
    });
    calls.windows.push(this);
  }
  /** Fetches the loaded page through deck:// (so the print build must be mounted) and answers a one-page PDF. */
  async printToPDF(options) {
    const page = await handler.fn(new Request(this.url));
    calls.printed.push({ url: this.url, status: page.status, options });
    const { PDFDocument } = require('pdf-lib');
    const pdf = await PDFDocument.create();
    pdf.addPage([options.pageSize.width * 72, options.pageSize.height * 72]);
    return Buffer.from(await pdf.save());
  }
  describe() {
    return { id: this.webContents.id, url: this.url, bounds: this.bounds, fullscreen: this.fullscreen, reloads: this.reloads, input: this.input, destroyed: this.destroyed };
  }
  loadURL(url) {
    this.url = url;
    return Promise.resolve();
  }
  setTitle() {}
  isDestroyed() { return this.destroyed; }
  isFullScreen() { return this.fullscreen; }
  setFullScreen(on) { this.fullscreen = on; }
  getBounds() { return this.bounds; }
  getNormalBounds() { return this.bounds; }
  setBounds(bounds) { this.bounds = bounds; }
  setContentSize(width, height) { this.bounds = { ...this.bounds, width, height }; }
  destroy() { this.destroyed = true; this.emit('closed'); }
  focus() {}
  show() {}
  static getFocusedWindow() { return null; }
  static fromWebContents() { return null; }
}
const fake = {
  app,
  BrowserWindow,
  protocol: { registerSchemesAsPrivileged: (schemes) => calls.privileged.push({ schemes, beforeReady: !app.isReady }) },
  session: {
    defaultSession: {
      setPermissionRequestHandler: () => {},
      setPermissionCheckHandler: () => {},
      setDevicePermissionHandler: () => {},
      webRequest: { onBeforeRequest: () => {} },
      protocol: { handle: (scheme, fn) => (handler = { scheme, fn }) },
    },
  },
  screen: {
    getAllDisplays: () => (displayCount === '2' ? [laptop, projector] : [laptop]),
    getPrimaryDisplay: () => laptop,
    getDisplayMatching: (rect) => (displayCount === '2' && rect.x >= projector.bounds.x ? projector : laptop),
  },
  Menu: { buildFromTemplate: (template) => template, setApplicationMenu: (menu) => (calls.menu = menu) },
  ipcMain: { on: () => {} },
  dialog: {
    showErrorBox: (title, text) => calls.errors.push(`${title}: ${text}`),
    showOpenDialog: () => Promise.resolve(dialogAnswer ? { canceled: false, filePaths: [dialogAnswer] } : { canceled: true, filePaths: [] }),
    showSaveDialog: () => Promise.resolve(dialogAnswer ? { canceled: false, filePath: dialogAnswer } : { canceled: true }),
    showMessageBox: () => Promise.resolve({ response: 0 }),
  },
  shell: { openExternal: () => Promise.resolve() },
};
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'electron' ? fake : load.call(this, request, ...rest);
};

async function get(path) {
  const response = await handler.fn(new Request(`deck://app/${path}`));
  return { status: response.status, type: response.headers.get('content-type'), csp: response.headers.get('content-security-policy'), text: response.status === 200 && /html|json/.test(response.headers.get('content-type')) ? await response.text() : '' };
}

const settle = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

process.stdin.setEncoding('utf8');
let buffered = '';
process.stdin.on('data', async (chunk) => {
  buffered += chunk;
  let newline;
  while ((newline = buffered.indexOf('\n')) >= 0) {
    const command = JSON.parse(buffered.slice(0, newline));
    buffered = buffered.slice(newline + 1);
    if (command.get) log('get', { path: command.get, ...(await get(command.get)) });
    if (command.sent) {
      log('sent', { sent: calls.sent });
      calls.sent.length = 0;
    }
    if (command.click) {
      // A menu item, by its labels (['View', 'Swap Displays']), clicked as the user would.
      dialogAnswer = command.answer;
      const [top, label] = command.click;
      const item = (calls.menu.find((m) => m.label === top) || { submenu: [] }).submenu.find((i) => i.label === label);
      if (item) item.click();
      log('clicked', { found: Boolean(item) });
    }
    if (command.windows) {
      log('windows', { windows: calls.windows.map((w) => w.describe()), errors: calls.errors, printed: calls.printed, menu: calls.menu });
      calls.errors.length = 0;
    }
    if (command.exit) process.exit(0);
  }
});

require(mainPath);
log('loaded', { privileged: calls.privileged });
app.isReady = true;
readyResolve();
void (async () => {
  // Let start() run: state, protocol, windows, menu, first deck build.
  for (let i = 0; i < 100 && calls.windows.length === 0 && calls.errors.length === 0; i++) await settle(50);
  await settle(50);
  log('started', {
    scheme: handler && handler.scheme,
    errors: calls.errors,
    windows: calls.windows.map((w) => ({ url: w.url, options: w.options })),
    menu: (calls.menu || []).map((m) => m.label || m.role),
  });
})();
