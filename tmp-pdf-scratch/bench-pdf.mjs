// tests/bench/pdf.ts
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as join2 } from "node:path";

// src/paths.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
function findPackageRoot(from) {
  let dir = from;
  for (; ; ) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "deck-presenter") return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the deck-presenter package above ${from}`);
    dir = parent;
  }
}
var here = typeof __dirname === "string" ? __dirname : dirname(fileURLToPath(import.meta.url));
var packageRoot = findPackageRoot(here);
var assetsDir = join(packageRoot, "assets");
var bundledDeckDir = join(packageRoot, "slides");
var webDir = join(packageRoot, "out", "web");
var revealDistDir = join(packageRoot, "node_modules", "reveal.js", "dist");

// tests/bench/pdf.ts
var runs = 3;
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
function writeLongDeck(dir, slides) {
  writeFileSync(join2(dir, "deck.yaml"), "title: \u4E24\u767E\u9875\u7684\u6D4B\u8BD5\u6F14\u8BB2\nauthor: \u57FA\u51C6\u6D4B\u8BD5\nlang: zh-CN\nduration: 120\n");
  const parts = [];
  for (let i = 1; i <= slides; i++) {
    const heading = i % 20 === 1 ? `# \u7B2C${Math.ceil(i / 20)}\u7AE0 \u8FDE\u63A5\u4EBA\u548C\u4F01\u4E1A` : `## \u7B2C${i}\u9875\uFF1A\u5B9A\u4F4D\u51B3\u5B9A\u529F\u80FD`;
    parts.push(
      `${heading}

- \u4F01\u4E1A\u5FAE\u4FE1\u628A\u5185\u90E8\u6C9F\u901A\u548C\u5916\u90E8\u5BA2\u6237\u8FDE\u5728\u4E00\u8D77
- \u79C1\u57DF\u6D41\u91CF\u8FD0\u8425\u8BA9\u670D\u52A1\u53D8\u6210\u4E86\u4EBA\u5373\u670D\u52A1
- \u7B2C${i}\u4E2A\u8981\u70B9\uFF1A\u4ECE RTX \u5230\u4F01\u4E1A\u53F7\u7684\u4F20\u627F

Note:
\u8FD9\u662F\u7B2C${i}\u9875\u7684\u8BB2\u7A3F\u3002\u5B9A\u4F4D\u662F\u4EA7\u54C1\u7ECF\u7406\u5BF9\u5E02\u573A\u7684\u5224\u65AD\uFF0C\u6293\u4F4F\u4E86\u5B9A\u4F4D\uFF0C\u529F\u80FD\u51E0\u4E4E\u53EF\u4EE5\u81EA\u5DF1\u63A8\u51FA\u6765\u3002`
    );
  }
  writeFileSync(join2(dir, "slides.md"), parts.join("\n\n---\n\n"));
}
function timeExport(deckDir, output) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [join2(packageRoot, "out", "cli.mjs"), "export", "pdf", deckDir, "-o", output], { encoding: "utf8" });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`deck export pdf ${deckDir} failed (${result.status}): ${result.stderr}`);
  return ms;
}
function type3Fonts(file) {
  return execFileSync("pdffonts", [file], { encoding: "utf8" }).split("\n").filter((line) => line.includes("Type 3")).length;
}
async function measure(label, deckDir, work) {
  const output = join2(work, `${label}.pdf`);
  const times = [];
  for (let i = 0; i < runs; i++) times.push(timeExport(deckDir, output));
  const pages = /Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [output], { encoding: "utf8" }))?.[1] ?? "?";
  return {
    [`pdf export ${label} (whole process, median of ${runs})`]: `${(median(times) / 1e3).toFixed(2)} s (${pages} pages)`,
    [`pdf size ${label}`]: `${Math.round(statSync(output).size / 1024)} KB`,
    [`pdf Type 3 fonts ${label}`]: String(type3Fonts(output))
  };
}
async function bench() {
  const work = mkdtempSync(join2(tmpdir(), "deck-bench-pdf-"));
  const long = mkdtempSync(join2(tmpdir(), "deck-bench-long-"));
  writeLongDeck(long, 200);
  return { ...await measure("shipped deck", bundledDeckDir, work), ...await measure("200 slides", long, work) };
}
export {
  bench,
  writeLongDeck
};
