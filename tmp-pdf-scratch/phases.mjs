// src/deck/load.ts
import { readdirSync, readFileSync as readFileSync2, realpathSync, statSync } from "node:fs";
import { basename as basename2, dirname as dirname3, join as join3, resolve as resolve2 } from "node:path";

// src/deck/assets.ts
import { createHash } from "node:crypto";
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from "node:path";

// src/deck/diagnostics.ts
function diagnostic(place, severity, code, message, hint) {
  return { file: place.file, line: Math.max(1, place.line), column: Math.max(1, place.column ?? 1), severity, code, message, hint };
}
var error = (place, code, message, hint) => diagnostic(place, "error", code, message, hint);
var warning = (place, code, message, hint) => diagnostic(place, "warning", code, message, hint);
function distance(a, b) {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(up + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}
function closest(word, candidates) {
  const lower = word.toLowerCase();
  let best;
  let bestScore = Infinity;
  for (const c of candidates) {
    const score = c.startsWith(lower) || lower.startsWith(c) ? 1 : distance(lower, c.toLowerCase());
    if (score < bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return bestScore <= Math.max(2, Math.floor(word.length / 3)) ? best : void 0;
}

// src/deck/assets.ts
function hasScheme(src) {
  return /^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith("//");
}
function createAssetResolver(root, disk2, report) {
  const assets = [];
  const hrefs = /* @__PURE__ */ new Set();
  const byRealPath = /* @__PURE__ */ new Map();
  const listings = /* @__PURE__ */ new Map();
  const at = (r) => ({ file: r.file, line: r.line, column: r.column });
  const shown = (abs) => relative(root, abs).split(sep).join("/");
  return {
    assets,
    resolve(request) {
      const src = request.src.trim();
      if (src === "" || src.startsWith("#") || hasScheme(src)) return null;
      let path = src.replace(/[?#].*$/, "");
      try {
        path = decodeURIComponent(path);
      } catch {
      }
      const wanted = path.startsWith("/") ? join(root, path) : resolve(dirname(request.fileAbs), path);
      const real = disk2.realpath(wanted);
      const outside = (p) => {
        const rel = relative(root, p);
        return rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel);
      };
      if (outside(wanted) || real !== null && outside(real)) {
        report(
          error(
            at(request),
            "asset-outside-deck",
            `"${request.src}" points outside the deck folder${real && !outside(wanted) ? " (through a symbolic link)" : ""}; it is not copied`,
            "Copy the file into the deck folder (e.g. an images/ subfolder) and link to it there, so the deck stays self-contained."
          )
        );
        return null;
      }
      if (real === null || !disk2.isFile(real)) {
        const dir = dirname(wanted);
        let listing = listings.get(dir);
        if (!listing) listings.set(dir, listing = disk2.realpath(dir) ? safeList(disk2, dir) : []);
        const guess = closest(basename(wanted), listing);
        report(
          error(
            at(request),
            "asset-missing",
            real === null ? `"${request.src}" not found (looked for ${shown(wanted)} in the deck folder)` : `"${request.src}" is a folder, not a file`,
            guess ? `Did you mean "${guess}"? File names are case-sensitive.` : `Put the file at ${shown(wanted)}, or fix the path (it is relative to ${request.file}).`
          )
        );
        return null;
      }
      const known = byRealPath.get(real);
      if (known) return known;
      const bytes = disk2.read(real);
      const ext = extname(real).toLowerCase();
      const name = basename(real, extname(real)).replace(/[^\p{L}\p{N}._-]+/gu, "-") || "file";
      const hash = createHash("sha256").update(bytes).digest("hex").slice(0, 8);
      const href = `media/${name}-${hash}${ext}`;
      if (!hrefs.has(href)) {
        hrefs.add(href);
        assets.push({ source: real, href });
      }
      const resolved = ext === ".svg" ? { href, svgText: new TextDecoder().decode(bytes) } : { href };
      byRealPath.set(real, resolved);
      return resolved;
    }
  };
}
function safeList(disk2, dir) {
  try {
    return disk2.list(dir);
  } catch {
    return [];
  }
}

// src/deck/config.ts
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
var defaultConfig = {
  title: "",
  author: "",
  lang: "zh-CN",
  theme: "projector",
  width: 1280,
  height: 720,
  transition: "slide",
  durationMinutes: 0,
  order: []
};
var aspects = { "16:9": [1280, 720], "4:3": [1024, 768], "16:10": [1280, 800] };
var transitions = ["none", "fade", "slide", "convex", "concave", "zoom"];
var configKeys = ["title", "author", "lang", "theme", "aspect", "width", "height", "transition", "duration", "order"];
function parseConfig(yamlText, source) {
  const config = { ...defaultConfig, order: [] };
  const diagnostics = [];
  const lines = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset) => {
    const pos = lines.linePos(offset ?? 0);
    return { file: source.file, line: pos.line + source.firstLine - 1, column: pos.col };
  };
  const syntax = doc.errors[0];
  if (syntax) {
    diagnostics.push(
      error(at(syntax.pos[0]), "yaml-invalid", `invalid YAML: ${firstLine(syntax.message)}`, "Fix the YAML syntax here or on the line above (check indentation, colons, quotes and brackets); the deck uses default settings until then.")
    );
    return { config, diagnostics };
  }
  const root = doc.contents;
  if (root === null || isScalar(root) && (root.value === null || root.value === "")) return { config, diagnostics };
  if (!isMap(root)) {
    diagnostics.push(error(at(root.range?.[0]), "config-not-mapping", "the deck settings must be a list of `key: value` lines", "Write settings as `title: My talk`, one per line."));
    return { config, diagnostics };
  }
  let aspect;
  let width;
  let height;
  let widthAt;
  let order;
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : "";
    const keyAt = at(pair.key?.range?.[0]);
    const value = pair.value;
    const scalar = isScalar(value) ? value.value : void 0;
    const wrongType = (expected, example) => diagnostics.push(error(keyAt, "config-type", `${key} must be ${expected}, not ${describe(value)}`, `Write it as \`${key}: ${example}\`.`));
    const text = () => typeof scalar === "string" && isScalar(value) ? scalar : void 0;
    switch (key) {
      case "title":
      case "author": {
        const v = text();
        if (v === void 0) wrongType("text", key === "title" ? '"\u4F01\u4E1A\u5FAE\u4FE1\u768420\u5E74"' : '"\u5F20\u4E09"');
        else config[key] = v;
        break;
      }
      case "lang": {
        const v = text();
        if (v === void 0) wrongType("a language tag", "zh-CN");
        else if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(v))
          diagnostics.push(error(keyAt, "config-value", `lang "${v}" is not a language tag`, "Use a BCP 47 tag such as zh-CN, zh-TW, en or ja."));
        else config.lang = v;
        break;
      }
      case "theme": {
        const v = text();
        if (v === void 0) wrongType("a theme name", defaultConfig.theme);
        else if (source.themes && !source.themes.includes(v)) {
          const guess = closest(v, source.themes);
          diagnostics.push(
            error(keyAt, "config-theme-unknown", `there is no theme named "${v}"`, guess ? `Did you mean "${guess}"?` : `Available themes: ${source.themes.join(", ")}.`)
          );
        } else config.theme = v;
        break;
      }
      case "aspect": {
        const v = text();
        if (v === void 0 || !(v in aspects)) {
          diagnostics.push(
            error(keyAt, "config-value", `aspect must be one of ${Object.keys(aspects).join(", ")}, not ${describe(value)}`, 'Write it in quotes, e.g. `aspect: "16:9"`, or set width and height instead.')
          );
        } else aspect = aspects[v];
        break;
      }
      case "width":
      case "height": {
        if (typeof scalar !== "number" || !Number.isFinite(scalar) || scalar < 100 || scalar > 1e4) {
          diagnostics.push(error(keyAt, typeof scalar === "number" ? "config-value" : "config-type", `${key} must be a number of pixels between 100 and 10000, not ${describe(value)}`, `Write it as \`${key}: ${key === "width" ? 1280 : 720}\`.`));
        } else if (key === "width") {
          width = scalar;
          widthAt = keyAt;
        } else height = scalar;
        break;
      }
      case "transition": {
        const v = text();
        if (v === void 0 || !transitions.includes(v)) {
          const guess = v === void 0 ? void 0 : closest(v, transitions);
          diagnostics.push(
            error(keyAt, v === void 0 ? "config-type" : "config-value", `transition must be one of ${transitions.join(", ")}, not ${describe(value)}`, guess ? `Did you mean "${guess}"?` : "Write it as `transition: slide`.")
          );
        } else config.transition = v;
        break;
      }
      case "duration": {
        if (typeof scalar !== "number" || !Number.isFinite(scalar) || scalar < 0) {
          diagnostics.push(error(keyAt, typeof scalar === "number" ? "config-value" : "config-type", `duration must be a number of minutes, not ${describe(value)}`, "Write it as `duration: 30` for a 30-minute talk."));
        } else config.durationMinutes = scalar;
        break;
      }
      case "order": {
        if (!source.allowOrder) {
          diagnostics.push(warning(keyAt, "config-order-ignored", "order is ignored in a single-file deck", "Slides follow the file; remove order, or make a folder deck with a deck.yaml."));
          break;
        }
        if (!isSeq(value)) {
          wrongType("a list of file names", "[01-intro.md, 02-history.md]");
          break;
        }
        order = [];
        for (const item of value.items) {
          const itemAt = at(item && "range" in item ? item.range?.[0] : pair.key?.range?.[0]);
          if (!isScalar(item) || typeof item.value !== "string") {
            diagnostics.push(error(itemAt, "config-type", `every entry of order must be a file name, not ${describe(item)}`, "Write entries as `- 01-intro.md`."));
          } else order.push({ name: item.value, line: itemAt.line, column: itemAt.column });
        }
        config.order = order.map((e) => e.name);
        break;
      }
      default: {
        const guess = closest(key, configKeys);
        diagnostics.push(
          warning(keyAt, "config-unknown-key", `unknown setting "${key}" is ignored`, guess ? `Did you mean "${guess}"?` : `Known settings: ${configKeys.join(", ")}.`)
        );
      }
    }
  }
  if (aspect) [config.width, config.height] = aspect;
  if (width !== void 0 || height !== void 0) {
    if (aspect && widthAt) diagnostics.push(warning(widthAt, "config-conflict", "both aspect and width/height are set; width/height win", "Keep only one of them."));
    const ratio = config.width / config.height;
    config.width = width ?? Math.round((height ?? config.height) * ratio);
    config.height = height ?? Math.round(config.width / ratio);
  }
  return { config, order, diagnostics };
}
function describe(node) {
  if (node === null || node === void 0) return "nothing";
  if (isSeq(node)) return "a list";
  if (isMap(node)) return "a mapping";
  if (isScalar(node)) {
    const v = node.value;
    if (v === null) return "nothing";
    if (typeof v === "string") return `"${v}"`;
    return `${typeof v === "number" ? "the number" : typeof v === "boolean" ? "the boolean" : typeof v} ${String(v)}`;
  }
  return "an unsupported value";
}
function firstLine(message) {
  return message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}
function splitFrontMatter(text) {
  if (!/^---[ \t]*\n/.test(text)) return null;
  const close = /^(?:---|\.\.\.)[ \t]*$/m;
  const rest = text.slice(text.indexOf("\n") + 1);
  const m = close.exec(rest);
  if (!m) return null;
  const yaml = rest.slice(0, m.index);
  if (!/^[A-Za-z_][\w-]*[ \t]*:/m.test(yaml)) return null;
  const yamlLines = yaml === "" ? 0 : yaml.split("\n").length - 1;
  const afterClose = rest.indexOf("\n", m.index);
  return {
    yaml,
    yamlFirstLine: 2,
    body: afterClose === -1 ? "" : rest.slice(afterClose + 1),
    bodyFirstLine: 2 + yamlLines + 1
  };
}

// src/deck/files.ts
var configFileName = "deck.yaml";
function isMarkdownName(name) {
  return !name.startsWith(".") && /\.(md|markdown)$/i.test(name);
}
var byName = new Intl.Collator("en", { numeric: true, sensitivity: "variant" }).compare;
function orderFiles(present, order) {
  const sorted = present.filter(isMarkdownName).sort(byName);
  if (!order) return { names: sorted, diagnostics: [] };
  const diagnostics = [];
  const available = new Set(sorted);
  const names = [];
  const taken = /* @__PURE__ */ new Set();
  for (const entry of order) {
    const at = { file: configFileName, line: entry.line, column: entry.column };
    if (taken.has(entry.name)) {
      diagnostics.push(warning(at, "order-duplicate", `"${entry.name}" is listed twice in order`, "Remove the second entry; each file is shown once."));
      continue;
    }
    if (!available.has(entry.name)) {
      const guess = closest(entry.name, sorted);
      diagnostics.push(
        error(
          at,
          "order-file-missing",
          `order lists "${entry.name}", but the deck folder has no such markdown file`,
          guess ? `Did you mean "${guess}"?` : `Fix the name or remove it from order; the folder has: ${sorted.join(", ") || "no .md files"}.`
        )
      );
      continue;
    }
    taken.add(entry.name);
    names.push(entry.name);
  }
  for (const name of sorted) {
    if (taken.has(name)) continue;
    names.push(name);
    const last = order[order.length - 1];
    diagnostics.push(
      warning(
        { file: configFileName, line: last?.line ?? 1, column: last?.column ?? 1 },
        "order-unlisted",
        `"${name}" is not listed in order; it is shown after the listed files`,
        `Add "${name}" to order in ${configFileName} where it belongs.`
      )
    );
  }
  return { names, diagnostics };
}
var utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
function decodeText(bytes, file) {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const at = position(bytes, nul);
    return {
      ok: false,
      diagnostic: error(
        { file, ...at },
        "file-binary",
        `${file} is a binary file (a zero byte at offset ${nul}), not markdown text`,
        "Move it out of the deck folder, or rename it so it does not end in .md."
      )
    };
  }
  let text;
  try {
    text = utf8.decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const at = position(bytes, bad);
    const byte = bytes[bad].toString(16).toUpperCase().padStart(2, "0");
    return {
      ok: false,
      diagnostic: error(
        { file, ...at },
        "file-not-utf8",
        `${file} is not UTF-8: byte 0x${byte} at offset ${bad} cannot be decoded (the file looks like ${guessEncoding(bytes)})`,
        'Save the file as UTF-8 (in most editors: "Save with Encoding" \u2192 UTF-8) and check the text.'
      )
    };
  }
  return { ok: true, text: text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text };
}
function guessEncoding(bytes) {
  let high = 0;
  for (let i = 0; i < bytes.length && i < 4096; i++) if (bytes[i] >= 128) high++;
  return high > 8 ? "GBK/GB2312 or another legacy encoding" : "Latin-1/Windows-1252";
}
function position(bytes, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
function firstInvalidUtf8(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need;
    let min;
    if (b < 128) {
      i++;
      continue;
    } else if (b >= 194 && b <= 223) {
      need = 1;
      min = 128;
    } else if (b >= 224 && b <= 239) {
      need = 2;
      min = 2048;
    } else if (b >= 240 && b <= 244) {
      need = 3;
      min = 65536;
    } else return i;
    let cp = b & 63 >> need;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === void 0 || (c & 192) !== 128) return i;
      cp = cp << 6 | c & 63;
    }
    if (cp < min || cp > 1114111 || cp >= 55296 && cp <= 57343) return i;
    i += need + 1;
  }
  return bytes.length;
}

// src/deck/fence.ts
var fenceLine = /^ {0,3}(`{3,}|~{3,})(.*)$/;
function createFenceTracker() {
  let open = null;
  let openedAt = -1;
  let index = -1;
  return {
    step(line) {
      index++;
      const m = fenceLine.exec(line);
      if (open === null) {
        if (m && !(m[1][0] === "`" && m[2].includes("`"))) {
          open = m[1];
          openedAt = index;
          return true;
        }
        return false;
      }
      if (m && m[1][0] === open[0] && m[1].length >= open.length && m[2].trim() === "") {
        open = null;
        openedAt = -1;
      }
      return true;
    },
    get openedAt() {
      return openedAt;
    }
  };
}

// src/deck/notes.ts
var notesStart = /^notes?:[ \t]?/i;
function splitNotes(text) {
  const lines = text.split("\n");
  const fence = createFenceTracker();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (fence.step(line)) continue;
    const m = notesStart.exec(line);
    if (m) {
      return { body: lines.slice(0, i).join("\n"), notes: [line.slice(m[0].length), ...lines.slice(i + 1)].join("\n"), notesLine: i };
    }
  }
  return { body: text, notes: "", notesLine: -1 };
}

// src/deck/render.ts
import { Marked } from "marked";
import { parseDocument as parseDocument2 } from "htmlparser2";
import render from "dom-serializer";
import { decodeHTML } from "entities";

// src/deck/markdown/attributes.ts
import { isComment, isTag, isText } from "domhandler";
import { removeElement } from "domutils";

// src/deck/markdown/lines.ts
var LineLocator = class {
  lower;
  lineStarts = [0];
  cursors = /* @__PURE__ */ new Map();
  constructor(markdown) {
    this.lower = markdown.toLowerCase();
    for (let i = markdown.indexOf("\n"); i !== -1; i = markdown.indexOf("\n", i + 1)) this.lineStarts.push(i + 1);
  }
  /** 1-based line and column of `offset`. */
  positionAt(offset) {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.lineStarts[lo] + 1 };
  }
  /**
   * Position of the first of `needles` found (case-insensitively); line 1 when none is.
   * Repeated lookups of a needle move on to its next occurrence, so three bad images
   * get three lines.
   */
  find(...needles) {
    for (const raw of needles) {
      const needle = raw.toLowerCase().trim();
      if (!needle) continue;
      const from = this.cursors.get(needle) ?? 0;
      let at = this.lower.indexOf(needle, from);
      if (at === -1 && from > 0) at = this.lower.indexOf(needle);
      if (at !== -1) {
        this.cursors.set(needle, at + needle.length);
        return this.positionAt(at);
      }
    }
    return { line: 1, column: 1 };
  }
};

// src/deck/markdown/env.ts
function slideEnv(markdown, ctx) {
  return { ctx, lines: new LineLocator(markdown) };
}
function warn(env, needles, code, message, hint) {
  const at = env.lines.find(...needles);
  env.ctx.report({ ...at, severity: "warning", code, message, hint });
}

// src/deck/markdown/urls.ts
var remoteSchemes = /* @__PURE__ */ new Set(["http", "https", "ftp", "ws", "wss"]);
function normalised(url) {
  return url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "").replace(/[\t\n\r]/g, "");
}
function classifyUrl(url) {
  const u = normalised(url);
  if (u === "") return "empty";
  if (u.startsWith("#")) return "anchor";
  if (/^[\\/]{2}/.test(u)) return "remote";
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(u)?.[1]?.toLowerCase();
  if (scheme === void 0) {
    return "local";
  }
  if (remoteSchemes.has(scheme)) return "remote";
  if (scheme === "mailto") return "mailto";
  if (scheme === "data" && /^data:image\/[a-z0-9.+-]+[;,]/i.test(u)) return "data-image";
  return "unsafe";
}
function cssLoadsSomething(css) {
  const flat = css.replace(/\\[0-9a-fA-F]{1,6}\s?|\\/g, (m) => m === "\\" ? "" : String.fromCodePoint(parseInt(m.slice(1), 16))).replace(/\/\*[\s\S]*?\*\//g, "").toLowerCase();
  return /url\s*\(|image-set\s*\(|image\s*\(|@import|expression\s*\(|javascript:|behavior\s*:|-moz-binding/.test(flat);
}

// src/deck/markdown/attributes.ts
var elementDirective = /\.element\s*?(.+?)$/m;
var slideDirective = /\.slide:\s*?(\S.+?)$/m;
var attributePair = /([^"= ]+?)="([^"]+?)"|(data-[^"= ]+?)(?=[" ])/gm;
var refuse = (env, where, name, value, why) => {
  warn(env, [where], "attribute-refused", `${name}="${value}" was not applied: ${why}.`, "Fix the value or remove the attribute from the comment.");
  return null;
};
var pattern = (re, why) => (value, env, where, name) => re.test(value) ? value : refuse(env, where, name, value, why);
var safeCss = (value, env, where, name) => value.length > 500 || cssLoadsSomething(value) || /[<>"]/.test(value) ? refuse(env, where, name, value, "CSS values may not load anything (no url(), @import or expression())") : value;
var idRule = (value, env, where) => {
  if (!/^[A-Za-z][\w:.-]*$/.test(value)) return refuse(env, where, "id", value, "an id is a letter followed by letters, digits, -, _, : or .");
  if (value.toLowerCase().startsWith("deck-")) return refuse(env, where, "id", value, 'ids starting with "deck-" are reserved for the app');
  return value;
};
var classRule = pattern(/^[^<>"'`=]*$/, "a class list may not contain quotes, < or >");
function localMedia(value, env, where, name, allowData) {
  const kind = classifyUrl(value);
  if (kind === "local") {
    const resolved = env.ctx.resolveAsset(value, env.lines.find(where).line);
    return resolved ? resolved.href : null;
  }
  if (kind === "data-image" && allowData) return value;
  if (kind === "remote") {
    warn(env, [value, where], "remote-url-refused", `${name} points at the network (${value}); a deck loads nothing from the network.`, "Download the file into the deck folder and refer to it by its relative path.");
    return null;
  }
  warn(env, [value, where], "unsafe-url-refused", `${name}="${value}" was refused: only files inside the deck folder can be used.`, "Use a relative path to a file in the deck folder.");
  return null;
}
var slideAttributeRules = {
  class: classRule,
  id: idRule,
  "data-background-color": safeCss,
  "data-background-image": (v, env, where, name) => localMedia(v, env, where, name, true),
  "data-background-video": (v, env, where, name) => {
    const sources = v.split(",").map((s) => s.trim()).filter(Boolean);
    const hrefs = sources.map((s) => localMedia(s, env, where, name, false));
    return hrefs.length && hrefs.every((h) => h !== null) ? hrefs.join(",") : null;
  },
  "data-background-size": safeCss,
  "data-background-position": safeCss,
  "data-background-repeat": safeCss,
  "data-background-opacity": pattern(/^(0|1|0?\.\d+|1\.0*)$/, "opacity is a number from 0 to 1"),
  "data-background-gradient": safeCss,
  "data-transition": pattern(/^[a-z]+(-in|-out)?( [a-z]+(-in|-out)?)?$/, "use a reveal.js transition name such as fade, slide, convex, concave, zoom or none"),
  "data-transition-speed": pattern(/^(default|fast|slow)$/, "use default, fast or slow"),
  "data-auto-animate": pattern(/^(|true|false)$/, "write data-auto-animate without a value"),
  "data-visibility": pattern(/^(hidden|uncounted)$/, "use hidden or uncounted"),
  "data-state": pattern(/^[\w-]+( [\w-]+)*$/, "a state is a word (letters, digits, -)"),
  "data-timing": pattern(/^\d+(\.\d+)?$/, "timing is a number of seconds")
};
var elementAttributeRules = {
  class: classRule,
  id: idRule,
  style: safeCss,
  "data-fragment-index": pattern(/^-?\d+$/, "a fragment index is a whole number")
};
var refusedBecause = {
  "data-background-iframe": "background iframes are not allowed in a deck (they load and run other pages)"
};
function applyDirectives(doc, env) {
  const section2 = {};
  const set = (target, pairs, rules, where) => {
    for (const [name, value] of pairs) {
      const lower = name.toLowerCase();
      const rule = rules[lower];
      if (!rule) {
        const why = refusedBecause[lower] ?? (lower.startsWith("on") ? "event handlers cannot be set on a slide" : "it is not on the list of attributes a slide may set");
        warn(env, [where], lower === "data-background-iframe" ? "background-iframe-refused" : "attribute-not-allowed", `Attribute ${name} was not applied: ${why}.`, `Allowed here: ${Object.keys(rules).join(", ")}.`);
        continue;
      }
      const checked = rule(value, env, where, lower);
      if (checked === null) continue;
      if (target === doc) section2[lower] = checked;
      else target.attribs[lower] = checked;
    }
  };
  const apply = (comment, target, regex, rules) => {
    const match = regex.exec(comment.data);
    if (!match) return false;
    const where = comment.data.trim();
    const pairs = [];
    for (const m of match[1].matchAll(attributePair)) pairs.push(m[2] ? [m[1], m[2]] : [m[3], ""]);
    set(target, pairs, rules, where);
    return true;
  };
  const directives = [];
  const walk = (element, previous) => {
    if ("children" in element && element.children.length > 0) {
      let previousParent = element;
      element.children.forEach((child, i) => {
        for (let j = i - 1; j >= 0; j--) {
          const sibling = element.children[j];
          if (isTag(sibling) && sibling.name !== "br") {
            previousParent = sibling;
            break;
          }
        }
        if (isTag(child) || isComment(child)) walk(child, previousParent);
      });
    }
    if (isComment(element)) {
      let target = previous;
      const before = element.prev;
      const blankLineBefore = before !== null && isText(before) && /\n[ \t]*\n/.test(before.data);
      if (target && target !== doc && isTag(target) && (target.name === "ul" || target.name === "ol") && !blankLineBefore) {
        const items = target.children.filter(isTag);
        target = items[items.length - 1] ?? target;
      }
      const isElement = target !== null && apply(element, target, elementDirective, elementAttributeRules);
      const isSlide = !isElement && apply(element, doc, slideDirective, slideAttributeRules);
      if (isElement || isSlide) directives.push(element);
    }
  };
  walk(doc, null);
  for (const node of directives) removeElement(node);
  return { section: section2 };
}

// src/deck/markdown/cjk-emphasis.ts
import { Tokenizer } from "marked";
var cjkRanges = "\\u1100-\\u11FF\\u2329\\u232A\\u2E80-\\u2FFF\\u3001-\\u303F\\u3040-\\u9FFF\\uA000-\\uA4CF\\uA960-\\uA97F\\uAC00-\\uD7FF\\uF900-\\uFAFF\\uFE10-\\uFE1F\\uFE30-\\uFE6F\\uFF01-\\uFFEE\\u{16FE0}-\\u{16FFF}\\u{17000}-\\u{18D7F}\\u{1AFF0}-\\u{1B2FF}\\u{1F200}\\u{1F202}\\u{1F210}-\\u{1F219}\\u{1F21B}-\\u{1F22E}\\u{1F230}\\u{1F231}\\u{1F237}\\u{1F23B}\\u{1F240}-\\u{1F248}\\u{1F260}-\\u{1F265}\\u{20000}-\\u{3FFFD}";
var cjkChar = new RegExp(`^[${cjkRanges}]$`, "u");
var unicodePunct = /^[\p{P}\p{S}]$/u;
var isGeneralVs = (cp) => cp >= 65024 && cp <= 65038;
var isIdeographicVs = (cp) => cp >= 917760 && cp <= 917999;
function isCjk(ch) {
  return cjkChar.test(ch);
}
function classes(gfm) {
  const notCjk = `(?![${cjkRanges}])`;
  return {
    P: `(?:${gfm ? "(?!~)" : ""}${notCjk}[\\p{P}\\p{S}])`,
    L: `(?:${notCjk}[^\\s\\p{P}\\p{S}]${gfm ? "|~" : ""})`,
    C: `[${cjkRanges}]`
  };
}
function asteriskCloser({ P, L, C }) {
  return new RegExp(
    `^[^_*]*?__[^_*]*?\\*[^_*]*?(?=__)|[^*]+(?=[^*])|(?!\\*)(?:${P}|${C})(\\*+)(?=\\s|$)|${L}(\\*+)(?!\\*)(?=${P}|\\s|$)|(?!\\*)(?:${P}|\\s)(\\*+)(?=${L})|\\s(\\*+)(?!\\*)(?=${P}|${C})|(?!\\*)(?:${P}|${C})(\\*+)(?!\\*)(?=${P}|${C})|(?:${L}|${C})(\\*+)(?=${L}|${C})`,
    // both
    "gu"
  );
}
function opener({ P }) {
  return new RegExp(`^(?:\\*+(?:((?!\\*)${P})|([^\\s*]))?)|^_+(?:((?!_)${P})|([^\\s_]))?`, "u");
}
var prevAllows = new RegExp(`^((?![*_])[\\s\\p{P}\\p{S}${cjkRanges}\\uFE00-\\uFE0E\\u{E0100}-\\u{E01EF}])`, "u");
var cjkRulesCache = /* @__PURE__ */ new WeakMap();
function cjkRules(rules) {
  const cached = cjkRulesCache.get(rules);
  if (cached) return cached;
  const gfm = (rules.inline.emStrongRDelimAst?.source ?? "").includes("(?!~)");
  const c = classes(gfm);
  const swapped = {
    ...rules,
    inline: { ...rules.inline, emStrongLDelim: opener(c), emStrongRDelimAst: asteriskCloser(c), punctuation: prevAllows }
  };
  cjkRulesCache.set(rules, swapped);
  cjkRulesCache.set(swapped, swapped);
  return swapped;
}
function charBefore(text, index) {
  let i = index;
  const step = () => {
    const low = text.charCodeAt(i - 1);
    const size = i >= 2 && low >= 56320 && low <= 57343 ? 2 : 1;
    i -= size;
    return text.codePointAt(i) ?? 0;
  };
  if (i <= 0) return { ch: "", ivs: false };
  let cp = step();
  if (isIdeographicVs(cp)) return { ch: String.fromCodePoint(cp), ivs: true };
  if (isGeneralVs(cp) && i > 0) cp = step();
  return { ch: String.fromCodePoint(cp), ivs: false };
}
function cjkEmphasis() {
  const stockEmStrong = Tokenizer.prototype.emStrong;
  return {
    tokenizer: {
      emStrong(src, maskedSrc, prevChar = "") {
        const delim = src[0];
        if (delim !== "*" && delim !== "_") return void 0;
        const start = maskedSrc.length - src.length;
        let prev = prevChar;
        if (prevChar !== "" && prevChar !== delim) {
          const before = charBefore(maskedSrc, start);
          const unit = prevChar.charCodeAt(0);
          const partial = unit >= 55296 && unit <= 57343 || isGeneralVs(unit);
          if (before.ivs) prev = "\u4E00";
          else if (before.ch && (partial || isCjk(before.ch))) prev = before.ch;
        }
        if (delim === "_" && isCjk(prev) && !unicodePunct.test(prev)) return void 0;
        const saved = this.rules;
        this.rules = cjkRules(saved);
        try {
          return stockEmStrong.call(this, src, maskedSrc, prev);
        } finally {
          this.rules = saved;
        }
      }
    }
  };
}

// src/deck/markdown/highlight.ts
import { createRequire } from "node:module";
import hljs from "highlight.js/lib/core";

// src/html/escape.ts
var entities = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => entities[c]);
}

// src/deck/markdown/highlight.ts
var require2 = createRequire(import.meta.url);
var aliases = {
  js: "javascript",
  jsx: "javascript",
  mjs: "javascript",
  cjs: "javascript",
  node: "javascript",
  ts: "typescript",
  tsx: "typescript",
  mts: "typescript",
  sh: "bash",
  shell: "bash",
  zsh: "bash",
  console: "shell",
  py: "python",
  python3: "python",
  rb: "ruby",
  rs: "rust",
  golang: "go",
  kt: "kotlin",
  html: "xml",
  xhtml: "xml",
  svg: "xml",
  vue: "xml",
  yml: "yaml",
  md: "markdown",
  "c++": "cpp",
  cc: "cpp",
  hpp: "cpp",
  h: "c",
  cs: "csharp",
  "c#": "csharp",
  ps1: "powershell",
  jsonc: "json",
  json5: "json",
  text: "plaintext",
  txt: "plaintext",
  plain: "plaintext",
  docker: "dockerfile",
  make: "makefile",
  objc: "objectivec",
  tex: "latex",
  proto: "protobuf",
  gql: "graphql",
  toml: "ini"
};
var embeds = { xml: ["css", "javascript"], markdown: ["xml"] };
function load(module) {
  if (hljs.getLanguage(module)) return true;
  if (!/^[a-z0-9-]+$/.test(module)) return false;
  let grammar;
  try {
    const loaded = require2(`highlight.js/lib/languages/${module}`);
    grammar = typeof loaded === "function" ? loaded : loaded.default;
  } catch {
    return false;
  }
  hljs.registerLanguage(module, grammar);
  for (const other of embeds[module] ?? []) load(other);
  return true;
}
function resolveLanguage(lang) {
  const name = lang.toLowerCase();
  if (hljs.getLanguage(name)) return name;
  const module = aliases[name] ?? name;
  return load(module) ? module : null;
}
function renderCodeBlock(code, info) {
  const lang = (info ?? "").trim().replace(/\s*\[[^\]]*\]\s*$/, "").split(/\s+/)[0] ?? "";
  const body = code.replace(/\n$/, "");
  if (!lang) return `<pre><code>${escapeHtml(body)}
</code></pre>
`;
  const language = resolveLanguage(lang);
  const cls = `language-${escapeHtml(lang)}`;
  if (!language) return `<pre><code class="${cls}">${escapeHtml(body)}
</code></pre>
`;
  const highlighted = hljs.highlight(body, { language, ignoreIllegals: true }).value;
  return `<pre><code class="hljs ${cls}">${highlighted}
</code></pre>
`;
}

// src/deck/markdown/sanitize.ts
import sanitizeHtml2 from "sanitize-html";

// src/deck/markdown/sanitize-options.ts
function withEmptyAttributes(options) {
  return options;
}

// src/deck/markdown/svg.ts
import sanitizeHtml from "sanitize-html";
var svgTags = [
  "svg",
  "g",
  "path",
  "rect",
  "circle",
  "ellipse",
  "line",
  "polyline",
  "polygon",
  "text",
  "tspan",
  "defs",
  "marker",
  "linearGradient",
  "radialGradient",
  "stop",
  "title",
  "desc",
  "use",
  "clipPath",
  "mask",
  "pattern",
  "symbol"
];
var svgAttributes = [
  // structure and accessibility
  "id",
  "class",
  "role",
  "aria-*",
  "data-fragment-index",
  "lang",
  "xml:lang",
  "xml:space",
  "xmlns",
  "xmlns:xlink",
  "version",
  "viewBox",
  "preserveAspectRatio",
  "width",
  "height",
  "x",
  "y",
  "transform",
  "style",
  // geometry
  "d",
  "points",
  "x1",
  "y1",
  "x2",
  "y2",
  "cx",
  "cy",
  "r",
  "rx",
  "ry",
  "fx",
  "fy",
  "fr",
  "pathLength",
  "dx",
  "dy",
  "rotate",
  "textLength",
  "lengthAdjust",
  // paint servers, markers, clipping
  "offset",
  "gradientUnits",
  "gradientTransform",
  "spreadMethod",
  "patternUnits",
  "patternContentUnits",
  "patternTransform",
  "markerWidth",
  "markerHeight",
  "markerUnits",
  "refX",
  "refY",
  "orient",
  "clipPathUnits",
  "maskUnits",
  "maskContentUnits",
  "href",
  "xlink:href",
  // presentation attributes
  "fill",
  "fill-opacity",
  "fill-rule",
  "stroke",
  "stroke-width",
  "stroke-linecap",
  "stroke-linejoin",
  "stroke-miterlimit",
  "stroke-dasharray",
  "stroke-dashoffset",
  "stroke-opacity",
  "opacity",
  "color",
  "display",
  "visibility",
  "overflow",
  "clip-path",
  "clip-rule",
  "mask",
  "marker-start",
  "marker-mid",
  "marker-end",
  "stop-color",
  "stop-opacity",
  "font-family",
  "font-size",
  "font-weight",
  "font-style",
  "font-variant",
  "font-stretch",
  "text-anchor",
  "dominant-baseline",
  "alignment-baseline",
  "baseline-shift",
  "letter-spacing",
  "word-spacing",
  "text-decoration",
  "writing-mode",
  "vector-effect",
  "paint-order",
  "shape-rendering",
  "text-rendering",
  "image-rendering"
];
var attrPattern = new RegExp(
  "^(?:" + svgAttributes.map((a) => a.replace(/[.:]/g, "\\$&").replace("*", ".*")).join("|") + ")$"
);
function inlineSvg(svgText, src, image, idPrefix, env) {
  const removed = /* @__PURE__ */ new Set();
  let rootSeen = false;
  const localRef = (value) => /^#[\w:.-]+$/.test(value.trim());
  const prefixUrls = (value) => value.replace(/url\(\s*(['"]?)#([\w:.-]+)\1\s*\)/g, (_m, _q, id) => `url(#${idPrefix}${id})`);
  const onlyLocalUrls = (value) => !/url\s*\(/i.test(value.replace(/url\(\s*(['"]?)#[\w:.-]+\1\s*\)/g, ""));
  const html = sanitizeHtml(svgText, withEmptyAttributes({
    parser: { xmlMode: true, decodeEntities: true },
    allowedTags: svgTags,
    allowedAttributes: { "*": svgAttributes },
    allowedSchemes: [],
    allowedSchemesByTag: {},
    allowProtocolRelative: false,
    allowedEmptyAttributes: [],
    selfClosing: [],
    nonTextTags: ["script", "style", "foreignObject", "metadata"],
    parseStyleAttributes: false,
    transformTags: {
      "*": (tagName, attribs) => {
        if (!svgTags.includes(tagName)) {
          if (!/^(sodipodi|inkscape|rdf|cc|dc):|^metadata$/.test(tagName)) removed.add(`<${tagName}>`);
          return { tagName, attribs: {} };
        }
        const out2 = {};
        for (const [name, value] of Object.entries(attribs)) {
          if (/^on/i.test(name)) {
            removed.add(`${name} attribute`);
            continue;
          }
          if (!attrPattern.test(name)) continue;
          if (name === "href" || name === "xlink:href") {
            if (!localRef(value)) {
              removed.add(`${name}="${value}"`);
              continue;
            }
            out2.href = `#${idPrefix}${value.trim().slice(1)}`;
            continue;
          }
          if (name === "style" ? cssLoadsSomething(value.replace(/url\(\s*(['"]?)#[\w:.-]+\1\s*\)/g, "")) : !onlyLocalUrls(value)) {
            removed.add(`${name}="${value}"`);
            continue;
          }
          if (name === "id") out2.id = `${idPrefix}${value}`;
          else if (name === "aria-labelledby" || name === "aria-describedby") out2[name] = value.split(/\s+/).map((id) => idPrefix + id).join(" ");
          else out2[name] = prefixUrls(value);
        }
        if (tagName === "svg" && !rootSeen) {
          rootSeen = true;
          if (image.width) out2.width = image.width;
          if (image.height) out2.height = image.height;
          if (image.class) out2.class = image.class;
          if (image.id) out2.id = image.id;
          if (image["data-fragment-index"]) out2["data-fragment-index"] = image["data-fragment-index"];
          out2.style = `max-width:100%;height:auto;${image.style ?? ""}`;
          out2.role = "img";
          if (image.alt) out2["aria-label"] = image.alt;
          else if (!image.title) out2["aria-hidden"] = "true";
          out2.xmlns = "http://www.w3.org/2000/svg";
        }
        return { tagName, attribs: out2 };
      }
    }
  }));
  if (removed.size) {
    warn(
      env,
      [src],
      "svg-content-removed",
      `${src}: removed from the inlined SVG: ${[...removed].join(", ")}.`,
      "A slide SVG may hold shapes, text, gradients, markers, clip paths and masks only; put styles in attributes and keep references inside the file (#id)."
    );
  }
  const start = html.indexOf("<svg");
  if (start === -1) return null;
  return html.slice(start);
}

// src/deck/markdown/sanitize.ts
var allowedTags = [
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "p",
  "br",
  "hr",
  "div",
  "span",
  "blockquote",
  "pre",
  "code",
  "em",
  "strong",
  "b",
  "i",
  "u",
  "s",
  "del",
  "ins",
  "mark",
  "small",
  "sub",
  "sup",
  "kbd",
  "samp",
  "var",
  "q",
  "cite",
  "abbr",
  "dfn",
  "time",
  "ruby",
  "rt",
  "rp",
  "bdi",
  "bdo",
  "wbr",
  "ul",
  "ol",
  "li",
  "dl",
  "dt",
  "dd",
  "table",
  "caption",
  "colgroup",
  "col",
  "thead",
  "tbody",
  "tfoot",
  "tr",
  "th",
  "td",
  "figure",
  "figcaption",
  "details",
  "summary",
  "aside",
  "a",
  "img",
  "video",
  "audio",
  "source",
  "track",
  "input"
];
var globalAttributes = ["class", "id", "style", "title", "lang", "dir", "role", "aria-*", "data-fragment-index"];
var allowedAttributes = {
  "*": globalAttributes,
  a: ["href", "rel"],
  img: ["src", "alt", "width", "height", "loading"],
  video: ["src", "poster", "controls", "autoplay", "loop", "muted", "playsinline", "preload", "width", "height"],
  audio: ["src", "controls", "autoplay", "loop", "muted", "preload"],
  source: ["src", "type"],
  track: ["src", "kind", "srclang", "label", "default"],
  th: ["align", "colspan", "rowspan", "scope"],
  td: ["align", "colspan", "rowspan"],
  col: ["span"],
  colgroup: ["span"],
  ol: ["start", "reversed", "type"],
  li: ["value"],
  time: ["datetime"],
  details: ["open"],
  // GFM task lists only.
  input: ["type", "checked", "disabled"]
};
var mediaSources = { img: ["src"], video: ["src", "poster"], audio: ["src"], source: ["src"], track: ["src"] };
var nonTextTags = ["script", "style", "textarea", "option", "noscript", "iframe", "noembed", "noframes", "template", "xmp", "svg", "math", "object", "title", "head"];
var removalReasons = [
  [/^script$/, "script-removed", "a slide cannot run script", "Remove the <script>; the deck runs only its own code."],
  [/^(iframe|frame|frameset|object|embed|applet|portal|fencedframe)$/, "embed-removed", "a slide cannot embed other pages", "Show a screenshot instead, or link to the page."],
  [/^(style|link|meta|base)$/, "head-element-removed", "styles and page settings come from the theme", "Put styling in the theme CSS (assets/themes/) or use a .element: class."],
  [/^(form|input|button|textarea|select|option)$/, "form-removed", "a slide cannot hold forms", "Remove the form element."],
  [/^(svg|math)$/, "inline-svg-removed", "inline <svg>/<math> markup is not accepted", "Save the drawing as a .svg file in the deck folder and use ![description](file.svg): it is inlined safely."]
];
function isAllowedAttribute(tag, name) {
  if (name.startsWith("aria-")) return true;
  return globalAttributes.includes(name) || (allowedAttributes[tag]?.includes(name) ?? false);
}
function sanitizeSlideHtml(html, env, options) {
  const svgs = [];
  const dropped = /* @__PURE__ */ new WeakSet();
  const drop = (tag) => {
    const attribs = {};
    dropped.add(attribs);
    return { tagName: tag, attribs };
  };
  const removeTag = (tag) => {
    const [, code, why, hint] = removalReasons.find(([re]) => re.test(tag)) ?? [null, "html-tag-not-allowed", "it is not on the list of HTML tags a slide may use", "Use markdown, or one of the allowed tags listed in the README."];
    warn(env, [`<${tag}`], code, `<${tag}> was removed: ${why}.`, hint);
  };
  const transform = (tag, attribs) => {
    if (!allowedTags.includes(tag) || tag === "input" && attribs.type !== "checkbox") {
      removeTag(tag);
      return { tagName: tag, attribs: {} };
    }
    const out2 = {};
    for (const [name, value] of Object.entries(attribs)) {
      if (/^on/i.test(name)) {
        warn(env, [name, `<${tag}`], "event-handler-removed", `${name}="${value}" on <${tag}> was removed: a slide cannot run script.`, "Remove the event handler attribute.");
        continue;
      }
      if (!isAllowedAttribute(tag, name)) {
        warn(env, [`${name}=`, `<${tag}`], "attribute-not-allowed", `Attribute ${name} on <${tag}> was removed: it is not on the list of attributes a slide may use.`, "See the README for the allowed attributes.");
        continue;
      }
      if (name === "style" && cssLoadsSomething(value)) {
        warn(env, [value, `<${tag}`], "style-refused", `style="${value}" on <${tag}> was removed: inline styles may not load anything (url(), @import).`, 'For a background picture use <!-- .slide: data-background-image="file.png" -->.');
        continue;
      }
      if (name === "id" && value.toLowerCase().startsWith("deck-")) {
        warn(env, [value], "reserved-id", `id="${value}" was removed: ids starting with "deck-" are reserved for the app.`, "Choose another id.");
        continue;
      }
      out2[name] = value;
    }
    if (tag === "a" && out2.href !== void 0) {
      const kind = classifyUrl(out2.href);
      const href = out2.href.trim();
      if (kind === "remote" && !/^https?:/i.test(href)) {
        warn(env, [href, "<a"], "unsafe-link-removed", `Link to ${href} was removed: links may go to http(s), mailto, #anchors or files in the deck.`, "Use an https:// address.");
        delete out2.href;
      } else if (kind === "unsafe" || kind === "data-image") {
        warn(env, [`](${href}`, `<${href}>`, href, "<a href", "<a"], "unsafe-link-removed", `Link to "${href}" was removed: links may go to http(s), mailto, #anchors or files in the deck.`, "Use an https:// address or a relative path.");
        delete out2.href;
      }
      out2.rel = "noopener noreferrer";
      return { tagName: tag, attribs: out2 };
    }
    for (const name of mediaSources[tag] ?? []) {
      const value = out2[name];
      if (value === void 0) continue;
      const kind = classifyUrl(value);
      if (kind === "empty") {
        delete out2[name];
      } else if (kind === "data-image" && tag === "img") {
      } else if (kind === "local") {
        const resolved = env.ctx.resolveAsset(value, env.lines.find(value, `<${tag}`).line);
        if (!resolved) return drop(tag);
        if (tag === "img" && name === "src" && resolved.svgText !== void 0) {
          const svg = inlineSvg(resolved.svgText, value, out2, options.svgIdPrefix(), env);
          if (svg !== null) {
            svgs.push(svg);
            return { tagName: "img", attribs: { "data-deck-svg": String(svgs.length - 1) } };
          }
        }
        out2[name] = resolved.href;
      } else if (kind === "remote") {
        warn(env, [value, `<${tag}`], "remote-media-refused", `<${tag}> ${name}="${value}" was removed: a deck loads nothing from the network.`, "Download the file into the deck folder and refer to it by its relative path.");
        return drop(tag);
      } else {
        warn(env, [value, `<${tag}`], "unsafe-url-refused", `<${tag}> ${name}="${value.slice(0, 80)}" was removed: only files inside the deck folder can be shown.`, "Use a relative path to a file in the deck folder.");
        return drop(tag);
      }
    }
    return { tagName: tag, attribs: out2 };
  };
  const clean = sanitizeHtml2(html, withEmptyAttributes({
    allowedTags,
    allowedAttributes: { ...allowedAttributes, img: [...allowedAttributes.img, "data-deck-svg"] },
    allowedSchemes: ["http", "https", "mailto"],
    allowedSchemesByTag: { img: ["data"], video: [], audio: [], source: [], track: [] },
    allowProtocolRelative: false,
    allowedEmptyAttributes: ["alt", "checked", "disabled", "controls", "autoplay", "loop", "muted", "playsinline", "open", "reversed", "default", "class", "data-fragment-index"],
    selfClosing: ["img", "br", "hr", "wbr", "col", "source", "track", "input"],
    nonTextTags,
    disallowedTagsMode: "discard",
    transformTags: { "*": transform },
    exclusiveFilter: (frame) => dropped.has(frame.attribs)
  }));
  return svgs.length === 0 ? clean : clean.replace(/<img data-deck-svg="(\d+)" \/>/g, (_m, i) => svgs[Number(i)]);
}

// src/deck/render.ts
var firstHeading = /<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/;
var classAttribute = /\sclass="([^"]*)"/g;
function countFragments(html) {
  let n = 0;
  for (const m of html.matchAll(classAttribute)) if (/(^|\s)fragment(\s|$)/.test(m[1])) n++;
  return n;
}
function createSlideRenderer() {
  const marked = new Marked({ gfm: true, breaks: false, async: false }, cjkEmphasis(), {
    renderer: {
      code: ({ text, lang }) => renderCodeBlock(text, lang)
    }
  });
  let svgCount = 0;
  const svgIdPrefix = () => `svg${++svgCount}-`;
  return (markdown, ctx) => {
    const env = slideEnv(markdown, ctx);
    let html;
    try {
      html = marked.parse(markdown);
    } catch (error2) {
      ctx.report({
        line: 1,
        column: 1,
        severity: "error",
        code: "markdown-too-complex",
        message: `This slide could not be rendered as markdown (${error2.message}); it is shown as plain text.`,
        hint: "Reduce the nesting of quotes or lists on this slide."
      });
      html = `<pre>${escapeHtml(markdown)}</pre>`;
    }
    let attributes2 = {};
    if (html.includes("<!--")) {
      const doc = parseDocument2(html);
      attributes2 = applyDirectives(doc, env).section;
      html = render(doc, { encodeEntities: "utf8" });
    }
    html = sanitizeSlideHtml(html, env, { svgIdPrefix });
    const heading = firstHeading.exec(html);
    return {
      html,
      attributes: attributes2,
      fragments: countFragments(html),
      title: heading ? decodeHTML(heading[2].replace(/<[^>]+>/g, "")).trim() : "",
      titleLevel: heading ? Number(heading[1]) : 0
    };
  };
}

// src/deck/split.ts
var horizontal = /^---[ \t]*$/;
var vertical = /^----[ \t]*$/;
var notParagraph = /^(?: {0,3}(?:#|>|<|\||[-*+][ \t]|\d{1,9}[.)][ \t]|$)| {4}|\t)/;
function splitSlides(source, firstLine2 = 1) {
  const lines = source.split("\n");
  if (source.endsWith("\n")) lines.pop();
  const slides = [];
  const ambiguousSeparators = [];
  const fence = createFenceTracker();
  let start = 0;
  let startsStack = true;
  let previousIsParagraph = false;
  const flush = (end) => {
    let from = start;
    let to = end;
    while (from < to && lines[from].trim() === "") from++;
    while (to > from && lines[to - 1].trim() === "") to--;
    if (from === to) from = to = start;
    slides.push({ startLine: firstLine2 + from, endLine: firstLine2 + Math.max(from, to - 1), text: lines.slice(from, to).join("\n"), startsStack });
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (fence.step(line)) {
      previousIsParagraph = false;
      continue;
    }
    const isVertical = vertical.test(line);
    if (isVertical || horizontal.test(line)) {
      if (previousIsParagraph) ambiguousSeparators.push(firstLine2 + i);
      flush(i);
      start = i + 1;
      startsStack = !isVertical;
      previousIsParagraph = false;
      continue;
    }
    const continues = previousIsParagraph && /^( {4}|\t)/.test(line) && line.trim() !== "";
    previousIsParagraph = continues || !notParagraph.test(line);
  }
  flush(lines.length);
  const unclosedFence = fence.openedAt === -1 ? 0 : firstLine2 + fence.openedAt;
  return { slides, ambiguousSeparators, unclosedFence };
}

// src/deck/text.ts
var entities2 = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", "#39": "'" };
function escapeHtml2(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
function htmlToText(html) {
  return html.replace(/>[ \t]*\n\s*</g, "><").replace(/<(\/p|\/h[1-6]|\/pre|\/blockquote|\/ul|\/ol|\/table|\/div)\b[^>]*>/gi, "\n\n").replace(/<(br|\/li|\/tr)\b[^>]*>/gi, "\n").replace(/<[^>]*>/g, "").replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, name) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 1114111 ? String.fromCodePoint(code) : whole;
    }
    return entities2[name.toLowerCase()] ?? whole;
  }).replace(/[ \t]+\n/g, "\n").replace(/\n{3,}/g, "\n\n").trim();
}

// src/paths.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname as dirname2, join as join2 } from "node:path";
import { fileURLToPath } from "node:url";
function findPackageRoot(from) {
  let dir = from;
  for (; ; ) {
    const manifest = join2(dir, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "deck-presenter") return dir;
    const parent = dirname2(dir);
    if (parent === dir) throw new Error(`cannot find the deck-presenter package above ${from}`);
    dir = parent;
  }
}
var here = typeof __dirname === "string" ? __dirname : dirname2(fileURLToPath(import.meta.url));
var packageRoot = findPackageRoot(here);
var assetsDir = join2(packageRoot, "assets");
var bundledDeckDir = join2(packageRoot, "slides");
var webDir = join2(packageRoot, "out", "web");
var revealDistDir = join2(packageRoot, "node_modules", "reveal.js", "dist");

// src/deck/load.ts
var disk = {
  realpath(path) {
    try {
      return realpathSync(path);
    } catch {
      return null;
    }
  },
  isFile(path) {
    try {
      return statSync(path).isFile();
    } catch {
      return false;
    }
  },
  read: (path) => readFileSync2(path),
  list: (dir) => readdirSync(dir)
};
function installedThemes() {
  try {
    return readdirSync(join3(assetsDir, "themes")).filter((n) => n.endsWith(".css")).map((n) => n.slice(0, -4));
  } catch {
    return [defaultConfig.theme];
  }
}
function loadDeck(path, options = {}) {
  const diagnostics = [];
  const report = (d) => diagnostics.push(d);
  const target = resolve2(path);
  const real = disk.realpath(target);
  let stat;
  try {
    if (real) stat = statSync(real);
  } catch {
  }
  if (!real || !stat || !stat.isDirectory() && !stat.isFile()) {
    report(error({ file: path, line: 1 }, "deck-not-found", `no deck at ${path}: there is no such folder or file`, "Give the path of a deck folder (markdown files and an optional deck.yaml) or of a single .md file."));
    return { deck: null, diagnostics };
  }
  const themes = options.themes ?? installedThemes();
  const isDir = stat.isDirectory();
  const root = isDir ? real : dirname3(real);
  const sources = [];
  const readText = (abs, name) => {
    let bytes;
    try {
      bytes = readFileSync2(abs);
    } catch (e) {
      report(error({ file: name, line: 1 }, "file-unreadable", `${name} cannot be read: ${e.message}`, "Check that the file exists and you may read it."));
      return null;
    }
    const decoded = decodeText(bytes, name);
    if (!decoded.ok) {
      report(decoded.diagnostic);
      return null;
    }
    return decoded.text;
  };
  let settings = { config: { ...defaultConfig, order: [] }, diagnostics: [] };
  let emptyDeckPlace = { file: ".", line: 1 };
  if (isDir) {
    let names = [];
    try {
      names = readdirSync(root);
    } catch (e) {
      report(error({ file: path, line: 1 }, "deck-unreadable", `the deck folder ${path} cannot be read: ${e.message}`, "Check the folder permissions."));
      return { deck: null, diagnostics };
    }
    if (names.includes(configFileName)) {
      const yamlText = readText(join3(root, configFileName), configFileName);
      if (yamlText !== null) settings = parseConfig(yamlText, { file: configFileName, firstLine: 1, themes, allowOrder: true });
      emptyDeckPlace = { file: configFileName, line: 1 };
    } else if (names.includes("deck.yml")) {
      report(warning({ file: "deck.yml", line: 1 }, "config-file-name", "deck.yml is not read; the settings file is deck.yaml", "Rename deck.yml to deck.yaml."));
    }
    diagnostics.push(...settings.diagnostics);
    const ordered = orderFiles(names, settings.order);
    diagnostics.push(...ordered.diagnostics);
    if (settings.order) settings.config.order = ordered.names;
    if (ordered.names[0]) emptyDeckPlace = { file: ordered.names[0], line: 1 };
    for (const name of ordered.names) {
      const abs = join3(root, name);
      const text = readText(abs, name);
      if (text === null) continue;
      const fm = splitFrontMatter(text);
      if (fm) {
        report(
          warning({ file: name, line: 1 }, "front-matter-in-folder", "front matter is only read in single-file decks; this block is ignored", `Move these settings to ${configFileName} in the deck folder.`)
        );
        sources.push({ name, abs, text: fm.body, firstLine: fm.bodyFirstLine });
      } else sources.push({ name, abs, text, firstLine: 1 });
    }
  } else {
    const name = basename2(real);
    const text = readText(real, name);
    emptyDeckPlace = { file: name, line: 1 };
    if (text !== null) {
      const fm = splitFrontMatter(text);
      if (fm) {
        settings = parseConfig(fm.yaml, { file: name, firstLine: fm.yamlFirstLine, themes, allowOrder: false });
        diagnostics.push(...settings.diagnostics);
        sources.push({ name, abs: real, text: fm.body, firstLine: fm.bodyFirstLine });
      } else sources.push({ name, abs: real, text, firstLine: 1 });
    }
  }
  const render2 = options.render ?? createSlideRenderer();
  const assets = createAssetResolver(root, disk, report);
  const stacks = [];
  for (const source of sources) loadFile(source, render2, assets, stacks, report);
  if (stacks.length === 0) {
    report(
      error(
        emptyDeckPlace,
        "deck-empty",
        sources.length === 0 && diagnostics.every((d) => d.severity !== "error") ? "the deck has no markdown files" : "the deck has no slides",
        isDir ? "Add a markdown file (e.g. 01-intro.md) with some text to the deck folder; separate slides with a line holding only ---." : "Write some markdown in the file; separate slides with a line holding only ---."
      )
    );
  }
  const deck2 = stacks.length ? { root, config: settings.config, stacks, assets: assets.assets } : null;
  return { deck: deck2, diagnostics: tidy(diagnostics, sources.map((s) => s.name)) };
}
function loadFile(source, render2, assets, stacks, report) {
  const file = source.name;
  const split = splitSlides(source.text, source.firstLine);
  const fileLines = source.text.split("\n");
  const lineText = (line) => fileLines[line - source.firstLine] ?? "";
  for (const line of split.ambiguousSeparators) {
    report(
      warning(
        { file, line },
        "separator-ambiguous",
        `this ${lineText(line).trim()} is read as a slide break, but other markdown tools read it as underlining the line above (a heading)`,
        "Put a blank line above --- to make the break explicit, or use `## heading` for a heading."
      )
    );
  }
  if (split.unclosedFence) {
    report(
      warning(
        { file, line: split.unclosedFence },
        "fence-unclosed",
        "this code block is never closed, so every slide break after it is read as code",
        `Close the block with a line holding only ${lineText(split.unclosedFence).trim().slice(0, 3) || "```"}.`
      )
    );
  }
  let stackOpenInFile = false;
  for (const raw of split.slides) {
    if (raw.text.trim() === "") continue;
    const parts = splitNotes(raw.text);
    const notesStartLine = raw.startLine + parts.notesLine;
    const contextAt = (firstLine2, text) => ({
      resolveAsset(src, line) {
        const fileLine = firstLine2 + line - 1;
        const column = lineText(fileLine).indexOf(src) + 1;
        return assets.resolve({ fileAbs: source.abs, file, src, line: fileLine, column: Math.max(1, column) });
      },
      report(problem) {
        const fileLine = Math.min(Math.max(1, problem.line), text.split("\n").length) + firstLine2 - 1;
        report({ file, line: fileLine, column: Math.max(1, problem.column), severity: problem.severity, code: problem.code, message: problem.message, hint: problem.hint });
      }
    });
    const body = renderSafely(render2, parts.body, contextAt(raw.startLine, parts.body), { file, line: raw.startLine }, report);
    const notesMarkdown = parts.notes.trim() === "" ? "" : parts.notes;
    const notesHtml = notesMarkdown ? renderSafely(render2, notesMarkdown, contextAt(notesStartLine, notesMarkdown), { file, line: notesStartLine }, report).html : "";
    if (raw.startsStack || !stackOpenInFile) {
      stacks.push({ slides: [] });
      stackOpenInFile = true;
    }
    const stack = stacks[stacks.length - 1];
    const slide = {
      h: stacks.length - 1,
      v: stack.slides.length,
      file,
      startLine: raw.startLine,
      endLine: Math.max(raw.startLine, raw.endLine),
      markdown: parts.body,
      html: body.html,
      attributes: body.attributes,
      notesHtml,
      notesText: notesHtml ? htmlToText(notesHtml) : "",
      title: body.title,
      titleLevel: body.titleLevel,
      fragments: body.fragments
    };
    stack.slides.push(slide);
  }
}
function renderSafely(render2, markdown, ctx, place, report) {
  try {
    return render2(markdown, ctx);
  } catch (e) {
    report(
      error(
        place,
        "render-failed",
        `this slide could not be rendered (${(e instanceof Error ? `${e.name}: ${e.message}` : String(e)).split("\n")[0]}); it is shown as plain text`,
        "Simplify the markdown here: very deep nesting (long runs of > or list indents) is the usual cause."
      )
    );
    return { html: `<p class="render-failed">${escapeHtml2(markdown).replace(/\n/g, "<br>")}</p>`, attributes: {}, fragments: 0, title: "", titleLevel: 0 };
  }
}
function tidy(list, fileOrder) {
  const rank = new Map(fileOrder.map((f, i) => [f, i + 1]));
  rank.set(configFileName, 0);
  const seen = /* @__PURE__ */ new Set();
  return list.filter((d) => {
    const key = `${d.file}\0${d.line}\0${d.column}\0${d.code}\0${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).map((d, i) => ({ d, i })).sort((a, b) => (rank.get(a.d.file) ?? -1) - (rank.get(b.d.file) ?? -1) || a.d.line - b.d.line || a.d.column - b.d.column || a.i - b.i).map(({ d }) => d);
}

// src/site/site.ts
import { readFileSync as readFileSync5 } from "node:fs";
import { join as join6 } from "node:path";

// src/errors.ts
var exitCodes = {
  ok: 0,
  /** The deck has errors (deck check, or a build refused because of them). */
  deckErrors: 1,
  /** Wrong command-line usage. */
  usage: 2,
  /** A file or folder could not be read or written. */
  io: 3,
  /** No browser was found for PDF export or tests. */
  noBrowser: 4,
  /** Electron is not installed (npm start falls back to browser mode). */
  noElectron: 5,
  /** Anything unexpected: a bug. */
  internal: 70
};
var DeckError = class extends Error {
  constructor(code, message, hint, place) {
    super(message);
    this.code = code;
    this.hint = hint;
    this.place = place;
    this.name = "DeckError";
  }
  code;
  hint;
  place;
  get exitCode() {
    return exitCodes[this.code];
  }
  /** The one-paragraph form printed to a terminal. */
  format() {
    const where = this.place ? `${this.place.file}${this.place.line ? `:${this.place.line}` : ""}: ` : "";
    return `${where}${this.message}
  ${this.hint}`;
  }
};

// src/html/page.ts
var contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  // Styles only from the deck; inline style attributes are allowed because slides may
  // use them for layout and they cannot run script.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "media-src 'self'",
  "frame-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'"
].join("; ");
function attributes(slide) {
  const attrs = { ...slide.attributes, "data-source": `${slide.file}:${slide.startLine}` };
  return Object.entries(attrs).map(([k, v]) => ` ${k}="${escapeHtml(v)}"`).join("");
}
function section(slide) {
  const notes = slide.notesHtml ? `
<aside class="notes">${slide.notesHtml}</aside>` : "";
  return `<section${attributes(slide)}>
${slide.html}${notes}
</section>`;
}
function renderSlides(deck2) {
  return deck2.stacks.map(
    (stack) => stack.slides.length === 1 ? section(stack.slides[0]) : `<section>
${stack.slides.map(section).join("\n")}
</section>`
  ).join("\n");
}
function renderDeckPage(deck2, options) {
  const { config } = deck2;
  const runtime = {
    reveal: { width: config.width, height: config.height, transition: config.transition, hash: true },
    durationMinutes: config.durationMinutes,
    role: "audience",
    ...options.runtime
  };
  const styles = ["reveal/reveal.css", ...options.styles].map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join("\n");
  const runtimeJson = JSON.stringify(runtime).replace(/</g, "\\u003c");
  return `<!doctype html>
<html lang="${escapeHtml(config.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(config.title)}</title>
${styles}
</head>
<body>
<div class="reveal"><div class="slides">
${options.slidesHtml ?? renderSlides(deck2)}
</div></div>
<script type="application/json" id="deck-runtime">${runtimeJson}</script>
<script src="app/deck.js"></script>
</body>
</html>
`;
}

// src/html/presenter.ts
import { readFileSync as readFileSync3 } from "node:fs";
import { join as join4 } from "node:path";
var presenterPagePath = "presenter.html";
function renderPresenterPage(deck2, options) {
  const { config } = deck2;
  const settings = {
    reveal: { width: config.width, height: config.height, transition: config.transition, hash: false },
    durationMinutes: config.durationMinutes,
    role: "audience",
    ...options.runtime
  };
  const styles = [...options.styles, "app/presenter.css"].map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join("\n");
  const json = JSON.stringify(settings).replace(/</g, "\\u003c");
  const ratio = (config.width / config.height).toFixed(4);
  return `<!doctype html>
<html lang="${escapeHtml(config.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Presenter \xB7 ${escapeHtml(config.title)}</title>
${styles}
</head>
<body class="presenter">
<header class="bar">
  <div class="position" title="slide n / N"><span id="slide-number">\u2013</span><span class="of">/</span><span id="slide-total">\u2013</span><span id="slide-source" class="source"></span></div>
  <div id="timer" class="timer">
    <span id="elapsed" class="elapsed">0:00</span>
    <button id="timer-start" type="button">Start</button>
    <button id="timer-pause" type="button">Pause</button>
    <button id="timer-reset" type="button">Reset</button>
  </div>
  <div id="pace" class="pace"></div>
  <div id="clock" class="clock" title="wall clock"></div>
</header>
<main class="stage" style="--slide-ratio: ${ratio}">
  <section class="current">
    <h2>Current</h2>
    <div class="frame"><iframe id="current-frame" src="index.html?role=preview" tabindex="-1" title="Current slide"></iframe>
      <div id="black-badge" class="badge black" hidden>Audience screen is black \u2014 press B</div>
      <div id="overview-badge" class="badge" hidden>Overview \u2014 Enter picks the slide</div></div>
  </section>
  <section class="next">
    <h2>Next</h2>
    <div class="frame"><iframe id="next-frame" src="index.html?role=preview" tabindex="-1" title="Next slide or fragment"></iframe>
      <div id="end-badge" class="badge" hidden>End of the deck</div></div>
  </section>
  <section class="notes-panel">
    <div class="notes-tools"><h2>Notes</h2>
      <button id="notes-smaller" type="button" title="Smaller notes (-)">A\u2212</button>
      <button id="notes-larger" type="button" title="Larger notes (+)">A+</button></div>
    <div id="notes" class="notes"></div>
  </section>
</main>
<section id="diagnostics" class="diagnostics" hidden>
  <h2>The last save has errors \u2014 the audience still sees the last good version</h2>
  <ul id="diagnostics-list"></ul>
</section>
<script type="application/json" id="deck-runtime">${json}</script>
<script src="app/presenter.js"></script>
</body>
</html>
`;
}
function presenterFiles(deck2, options) {
  return [
    [presenterPagePath, renderPresenterPage(deck2, options)],
    ["app/presenter.js", readFileSync3(join4(webDir, "presenter.js"))],
    ["app/presenter.css", readFileSync3(join4(assetsDir, "presenter.css"))]
  ];
}

// src/site/css.ts
function stripCssComments(css) {
  return css.replace(/("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|\/\*[\s\S]*?\*\//g, (_, str) => str ?? "");
}

// src/site/deck-json.ts
import { createHash as createHash2 } from "node:crypto";
var deckJsonPath = "deck.json";
function deckJson(deck2, slidesHtml = renderSlides(deck2)) {
  const body = {
    title: deck2.config.title,
    lang: deck2.config.lang,
    slidesHtml,
    stacks: deck2.stacks.map((stack) => ({
      slides: stack.slides.map(({ title, notesHtml, notesText, file, startLine }) => ({ title, notesHtml, notesText, file, startLine }))
    })),
    config: deck2.config
  };
  const version = createHash2("sha256").update(JSON.stringify(body)).digest("hex").slice(0, 16);
  return { version, ...body };
}

// src/site/fonts.ts
import { createHash as createHash3 } from "node:crypto";
import { mkdirSync, readFileSync as readFileSync4, renameSync, writeFileSync } from "node:fs";
import { join as join5 } from "node:path";

// src/site/unicode-range.ts
function parseUnicodeRange(value) {
  const ranges = [];
  for (const m of value.matchAll(/U\+([0-9a-f?]+)(?:-([0-9a-f]+))?/gi)) {
    const from = m[1];
    if (from.includes("?")) ranges.push([parseInt(from.replace(/\?/g, "0"), 16), parseInt(from.replace(/\?/g, "f"), 16)]);
    else ranges.push([parseInt(from, 16), parseInt(m[2] ?? from, 16)]);
  }
  return ranges;
}
function lowerBound(values, min) {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (values[mid] < min) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function formatUnicodeRange(codePoints) {
  const parts = [];
  let i = 0;
  while (i < codePoints.length) {
    const start = codePoints[i];
    let end = start;
    while (i + 1 < codePoints.length && codePoints[i + 1] === end + 1) end = codePoints[++i];
    parts.push(start === end ? `U+${start.toString(16)}` : `U+${start.toString(16)}-${end.toString(16)}`);
    i++;
  }
  return parts.join(",");
}

// src/site/fonts.ts
var fontFamily = "Noto Sans SC";
var fontWeights = [400, 700];
var fontsCssPath = "fonts/fonts.css";
var fontPackageDir = join5(packageRoot, "node_modules", "@fontsource", "noto-sans-sc");
var defaultFontCacheDir = join5(packageRoot, "node_modules", ".cache", "deck-fonts");
var chunkList;
function fontChunks() {
  if (chunkList) return chunkList;
  chunkList = [];
  for (const weight of fontWeights) {
    const css = readFileSync4(join5(fontPackageDir, `${weight}.css`), "utf8");
    for (const block of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
      const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block[1])?.[1];
      const unicodeRange = /unicode-range:\s*([^;]+);/.exec(block[1])?.[1]?.trim();
      if (file && unicodeRange) chunkList.push({ weight, file, unicodeRange, ranges: parseUnicodeRange(unicodeRange) });
    }
  }
  return chunkList;
}
var fileCache = /* @__PURE__ */ new Map();
function chunkBytes(file) {
  let bytes = fileCache.get(file);
  if (!bytes) {
    bytes = readFileSync4(join5(fontPackageDir, "files", file));
    fileCache.set(file, bytes);
  }
  return bytes;
}
function fontFace(weight, url, unicodeRange) {
  return `@font-face {
  font-family: '${fontFamily}';
  font-style: normal;
  font-weight: ${weight};
  font-display: block;
  src: url(${url}) format('woff2');
  unicode-range: ${unicodeRange};
}
`;
}
function chunkedFonts() {
  const files2 = /* @__PURE__ */ new Map();
  const faces = [];
  for (const chunk of fontChunks()) {
    files2.set(`fonts/${chunk.file}`, chunkBytes(chunk.file));
    faces.push(fontFace(chunk.weight, chunk.file, chunk.unicodeRange));
  }
  return { css: faces.join("\n"), files: files2 };
}
function assignCodePoints(codePoints) {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const assigned = /* @__PURE__ */ new Map();
  for (const weight of fontWeights) {
    const owner = /* @__PURE__ */ new Map();
    for (const chunk of fontChunks()) {
      if (chunk.weight !== weight) continue;
      for (const [start, end] of chunk.ranges) {
        for (let i = lowerBound(sorted, start); i < sorted.length && sorted[i] <= end; i++) owner.set(sorted[i], chunk);
      }
    }
    for (const cp of sorted) {
      const chunk = owner.get(cp);
      if (!chunk) continue;
      const list = assigned.get(chunk) ?? [];
      list.push(cp);
      assigned.set(chunk, list);
    }
  }
  return assigned;
}
var fontPackageVersion;
function cacheKey(chunk, codePoints) {
  return createHash3("sha256").update(`${fontPackageVersion}
${chunk.file}
${codePoints.join(",")}`).digest("hex").slice(0, 32);
}
function readCached(path) {
  try {
    return readFileSync4(path);
  } catch {
    return void 0;
  }
}
function writeCached(dir, path, bytes) {
  try {
    mkdirSync(dir, { recursive: true });
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, bytes);
    renameSync(temp, path);
  } catch {
  }
}
async function subsetFonts(codePoints, options) {
  fontPackageVersion ??= JSON.parse(readFileSync4(join5(fontPackageDir, "package.json"), "utf8")).version;
  const manifestPath = join5(options.cacheDir, `set-${createHash3("sha256").update(`${fontPackageVersion}
${codePoints.join(",")}`).digest("hex").slice(0, 32)}.json`);
  const cachedManifest = readCached(manifestPath);
  if (cachedManifest) {
    const manifest = JSON.parse(cachedManifest.toString("utf8"));
    const files3 = /* @__PURE__ */ new Map();
    for (const [sitePath, cacheFile] of manifest.files) {
      const bytes = readCached(join5(options.cacheDir, cacheFile));
      if (!bytes) break;
      files3.set(sitePath, bytes);
    }
    if (files3.size === manifest.files.length) return { css: manifest.css, files: files3 };
  }
  const files2 = /* @__PURE__ */ new Map();
  const faces = [];
  const entries = [];
  const misses = [];
  for (const [chunk, cps] of assignCodePoints(codePoints)) {
    const key = cacheKey(chunk, cps);
    const name = `${chunk.file.replace(/-normal\.woff2$/, "")}-${key.slice(0, 8)}.woff2`;
    const sitePath = `fonts/${name}`;
    const cachePath = join5(options.cacheDir, `${key}.woff2`);
    entries.push([sitePath, `${key}.woff2`]);
    const cached = readCached(cachePath);
    if (cached) files2.set(sitePath, cached);
    else misses.push({ chunk, cps, cachePath, sitePath });
    faces.push(fontFace(chunk.weight, name, formatUnicodeRange(cps)));
  }
  if (misses.length) {
    const { default: subsetFont } = await import("subset-font");
    for (const miss of misses) {
      const text = String.fromCodePoint(...miss.cps);
      const bytes = await subsetFont(chunkBytes(miss.chunk.file), text, { targetFormat: "woff2" });
      writeCached(options.cacheDir, miss.cachePath, bytes);
      files2.set(miss.sitePath, bytes);
    }
  }
  const css = faces.join("\n");
  writeCached(options.cacheDir, manifestPath, JSON.stringify({ css, files: entries }));
  return { css, files: files2 };
}

// src/site/page-text.ts
var namedEntities = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\xA0",
  shy: "\xAD",
  mdash: "\u2014",
  ndash: "\u2013",
  hellip: "\u2026",
  laquo: "\xAB",
  raquo: "\xBB",
  ldquo: "\u201C",
  rdquo: "\u201D",
  lsquo: "\u2018",
  rsquo: "\u2019",
  middot: "\xB7",
  bull: "\u2022",
  copy: "\xA9",
  reg: "\xAE",
  trade: "\u2122",
  times: "\xD7",
  divide: "\xF7",
  deg: "\xB0",
  larr: "\u2190",
  rarr: "\u2192",
  uarr: "\u2191",
  darr: "\u2193",
  harr: "\u2194",
  check: "\u2713",
  hearts: "\u2665",
  euro: "\u20AC",
  yen: "\xA5",
  pound: "\xA3",
  sect: "\xA7"
};
function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body) => {
    if (body[0] === "#") {
      const cp = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return cp > 0 && cp <= 1114111 ? String.fromCodePoint(cp) : "";
    }
    return namedEntities[body.toLowerCase()] ?? whole;
  });
}
function htmlText(html) {
  return decodeEntities(html.replace(/<!--[\s\S]*?-->/g, " ").replace(/<[^>]*>/g, " "));
}
function cssContentText(css) {
  const out2 = [];
  for (const m of css.matchAll(/content\s*:\s*([^;}]*)/g)) {
    for (const s of m[1].matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'/g)) {
      out2.push((s[1] ?? s[2] ?? "").replace(/\\([0-9a-f]{1,6})\s?/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16))));
    }
  }
  return out2.join(" ");
}
var alwaysKept = Array.from({ length: 127 - 32 }, (_, i) => 32 + i);
function codePointsOf(...texts) {
  const set = new Set(alwaysKept);
  for (const text of texts) {
    for (const ch of text) {
      const cp = ch.codePointAt(0);
      if (cp >= 32 && !(cp >= 127 && cp < 160)) set.add(cp);
    }
  }
  return [...set].sort((a, b) => a - b);
}

// src/site/site.ts
var pagePath = "index.html";
var revealCssPath = "reveal/reveal.css";
var highlightCssPath = "highlight/highlight.css";
var highlightStyle = join6(packageRoot, "node_modules", "highlight.js", "styles", "a11y-light.css");
function readTheme(name) {
  try {
    return readFileSync5(join6(assetsDir, "themes", `${name}.css`), "utf8");
  } catch {
    throw new DeckError("deckErrors", `The theme "${name}" does not exist.`, `Set "theme" in deck.yaml to the name of a file in ${join6(assetsDir, "themes")} (without .css), or remove it to use the default.`);
  }
}
function readAsset(source) {
  try {
    return readFileSync5(source);
  } catch (error2) {
    throw new DeckError("io", `Cannot read ${source}: ${error2.message}.`, "Check that the file still exists and is readable, then build again.", { file: source });
  }
}
async function buildSite(deck2, options = {}) {
  const files2 = /* @__PURE__ */ new Map();
  const themePath = `theme/${deck2.config.theme}.css`;
  const theme = stripCssComments(readTheme(deck2.config.theme));
  files2.set(revealCssPath, stripCssComments(readFileSync5(join6(revealDistDir, "reveal.css"), "utf8")));
  files2.set(highlightCssPath, stripCssComments(readFileSync5(highlightStyle, "utf8")));
  files2.set(themePath, theme);
  files2.set("app/deck.js", readFileSync5(join6(webDir, "deck.js")));
  for (const asset of deck2.assets) files2.set(asset.href, readAsset(asset.source));
  const slidesHtml = renderSlides(deck2);
  const page2 = renderDeckPage(deck2, { styles: [fontsCssPath, highlightCssPath, themePath], runtime: options.runtime, slidesHtml });
  files2.set(pagePath, page2);
  files2.set(deckJsonPath, JSON.stringify(deckJson(deck2, slidesHtml)));
  for (const [path, content] of presenterFiles(deck2, { styles: [fontsCssPath], runtime: options.runtime })) files2.set(path, content);
  const fonts = options.fonts === "subset" ? await subsetFonts(codePointsOf(htmlText(page2), cssContentText(theme)), { cacheDir: options.fontCacheDir ?? defaultFontCacheDir }) : chunkedFonts();
  files2.set(fontsCssPath, fonts.css);
  for (const [path, bytes] of fonts.files) files2.set(path, bytes);
  return files2;
}

// src/pdf/site-server.ts
import { createServer } from "node:http";
import { randomBytes } from "node:crypto";
var contentTypes = {
  html: "text/html; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
  svg: "image/svg+xml",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  woff2: "font/woff2",
  woff: "font/woff",
  ttf: "font/ttf",
  otf: "font/otf",
  mp4: "video/mp4",
  webm: "video/webm",
  json: "application/json"
};
function contentType(path) {
  const ext = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
  return contentTypes[ext] ?? "application/octet-stream";
}
async function serveSite(files2) {
  const prefix = `/${randomBytes(12).toString("hex")}/`;
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    const body = request.method === "GET" && path.startsWith(prefix) ? files2.get(path.slice(prefix.length)) : void 0;
    if (body === void 0) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": contentType(path), "cache-control": "no-store" }).end(body);
  });
  await new Promise((resolve3, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve3);
  });
  const { port } = server.address();
  return {
    baseUrl: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((resolve3) => {
      server.closeAllConnections();
      server.close(() => resolve3());
    })
  };
}

// src/pdf/options.ts
var a4 = { width: 794, height: 1123 };
function printView(config, options) {
  const params = new URLSearchParams({ deckPrint: options.layout });
  if (options.layout !== "script") {
    params.set("margin", "0");
    params.set("pdfMaxPagesPerSlide", "1");
    params.set("pdfSeparateFragments", String(options.layout === "slides" && options.fragments === "steps"));
  }
  const query = `?${options.layout === "script" ? "" : "print-pdf&"}${params.toString()}`;
  const paper = options.layout === "slides" ? { width: config.width, height: config.height } : a4;
  return { query, ...paper };
}

// src/pdf/metadata.ts
import { ParseSpeeds, PDFDocument } from "pdf-lib";
async function setMetadata(pdf2, metadata) {
  const document2 = await PDFDocument.load(pdf2, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  document2.setTitle(metadata.title, { showInWindowTitleBar: true });
  if (metadata.author) document2.setAuthor(metadata.author);
  document2.setLanguage(metadata.lang);
  document2.setCreator("Deck Presenter");
  return document2.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY });
}

// tmp-pdf-scratch/phases.ts
import { chromium } from "playwright-core";

// src/pdf/chromium.ts
var chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync"
];

// tmp-pdf-scratch/phases.ts
import { writeFileSync as writeFileSync2 } from "node:fs";
var t0 = performance.now();
var lap = (l) => console.log(l, Math.round(performance.now() - t0));
lap("start");
var { deck } = loadDeck(process.argv[2]);
lap("load");
var browserP = chromium.launch({ executablePath: "/usr/bin/chromium", args: [...chromiumArgs] });
var files = await buildSite(deck, { runtime: { role: "print" } });
lap("site");
var site = await serveSite(files);
var browser = await browserP;
lap("browser");
var page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
var view = printView(deck.config, { layout: "slides", fragments: "final" });
await page.goto(site.baseUrl + "index.html" + view.query);
lap("goto");
await page.waitForFunction(() => document.documentElement.dataset.printReady === "true", void 0, { polling: "raf" });
lap("ready");
console.log(await page.evaluate(() => JSON.stringify({ nav: performance.getEntriesByType("navigation").map((e) => [Math.round(e.domContentLoadedEventEnd), Math.round(e.loadEventEnd)]), res: performance.getEntriesByType("resource").length, slow: performance.getEntriesByType("resource").map((e) => [e.name.split("/").pop(), Math.round(e.startTime), Math.round(e.responseEnd)]).slice(0, 40) })));
var pdf = await page.pdf({ width: "1280px", height: "720px", printBackground: true, outline: true, tagged: true });
lap("pdf");
var out = await setMetadata(pdf, deck.config);
lap("meta " + pdf.length + " " + out.length);
await browser.close();
await site.close();
lap("closed");
writeFileSync2("/tmp/pdftry/raw.pdf", pdf);
