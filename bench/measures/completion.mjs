// Editor latency (type-check issue): completions through TypeScript's language service, as an editor asks for
// them after a keystroke. Each sample edits the file (new version) and asks again, so the checker starts fresh
// while parsed declaration files are reused, as in an editor.
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { summary } from "../lib/stats.mjs";

const require = createRequire(import.meta.url);
const ts = require("typescript");

const CASES = [
  {
    at: 'client.GET("/',
    side: "@c8rest/client",
    dir: "c8rest",
    text: 'import { createCamundaClient } from "@c8rest/client";\nconst client = createCamundaClient({ baseUrl: "http://localhost:8080" });\nclient.GET("/',
  },
  {
    at: "camunda.",
    side: "official client",
    dir: "official",
    text: 'import createCamundaClient from "@camunda8/orchestration-cluster-api";\nconst camunda = createCamundaClient();\ncamunda.',
  },
  {
    at: "search body: filter: { ",
    side: "@c8rest/client",
    dir: "c8rest",
    text: 'import { createCamundaClient } from "@c8rest/client";\nconst client = createCamundaClient({ baseUrl: "http://localhost:8080" });\nclient.POST("/process-instances/search", { body: { filter: { ',
  },
  {
    at: "search body: filter: { ",
    side: "official client",
    dir: "official",
    text: 'import createCamundaClient from "@camunda8/orchestration-cluster-api";\nconst camunda = createCamundaClient();\ncamunda.searchProcessInstances({ filter: { ',
  },
];

function sample(c, samples) {
  const dir = fileURLToPath(new URL(`../typecheck/${c.dir}/`, import.meta.url));
  const file = `${dir}completion-probe.ts`;
  let version = 0;
  let text = c.text;
  const options = {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: ["node"],
    skipLibCheck: true,
  };
  const host = {
    getScriptFileNames: () => [file],
    getScriptVersion: (f) => (f === file ? String(version) : "0"),
    getScriptSnapshot: (f) => {
      if (f === file) return ts.ScriptSnapshot.fromString(text);
      const t = ts.sys.readFile(f);
      return t === undefined ? undefined : ts.ScriptSnapshot.fromString(t);
    },
    getCurrentDirectory: () => dir,
    getCompilationSettings: () => options,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: (f) => f === file || ts.sys.fileExists(f),
    readFile: (f) => (f === file ? text : ts.sys.readFile(f)),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  const ls = ts.createLanguageService(host, ts.createDocumentRegistry());
  let entries = 0;
  const times = [];
  for (let i = 0; i <= samples; i++) {
    version++;
    text = `// edit ${version}\n${c.text}`;
    const t0 = performance.now();
    const r = ls.getCompletionsAtPosition(file, text.length, {});
    const ms = performance.now() - t0;
    entries = r?.entries.length ?? 0;
    if (i > 0) times.push(ms); // the first request builds the program (cold start), not counted
  }
  ls.dispose();
  return { at: c.at, side: c.side, ms: summary(times, 1), entries };
}

export async function measureCompletion({ samples = 5, log = () => {} } = {}) {
  const rows = CASES.map((c) => sample(c, samples));
  log("  completion latency: done");
  return { rows };
}
