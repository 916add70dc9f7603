// Command line of `npm run spec:update`: options, --help text and the parser.
import { SPEC_ERROR_CODES, SPEC_USAGE, SpecUpdateError } from "./errors.mjs";

/** The text `--help` prints. */
/** What to do after a spec update (printed after one, and in --help; RELEASING.md says the same). */
export const NEXT_STEPS =
  "Next: review spec/API-DIFF.md and the changeset; re-measure the bundle-size budgets, which hold for one spec " +
  "(npm run build && npm run size-budget -- --update); npm test; commit.";

export const HELP = `Usage: npm run spec:update -- <input> [options]

Replaces the pinned spec (spec/camunda-rest-api.yaml) with a new Camunda spec, regenerates the client, type-checks
the result with the client's sources before writing anything, and writes spec/API-DIFF.md and a changeset.

<input> is one of:
  a single-file spec (YAML or JSON)            spec/history/camunda-8.10-rest-api.yaml
  a multi-file entry, bundled here             ../camunda/zeebe/gateway-protocol/src/main/proto/v2/rest-api.yaml
  a folder holding rest-api.yaml               ../camunda/zeebe/gateway-protocol/src/main/proto/v2
  an http(s) URL of either                     https://example.com/specs/camunda-8.10.yaml

Options:
  --camunda-version X.Y   the Camunda version of the input (default: an X.Y in its file name or in --git-ref)
  --git-ref REF           read <input> as it is at REF of the git checkout it lies in (e.g. stable/8.10)
  --source-note TEXT      the "source" row of spec/SOURCE.md (default: the input's path, URL or git ref)
  --dry-run               check, generate and type-check in a temporary folder, print the whole API diff,
                          write nothing (but --diff-out)
  --diff-out FILE         write the whole API diff there (default: spec/API-DIFF.md; with --dry-run: stdout)
  --date YYYY-MM-DD       the date written into SOURCE.md and the diff (default: today)
  --spec-dir DIR, --generated-dir DIR, --changeset-dir DIR   other locations (tests use them)
  -h, --help              this text

${NEXT_STEPS}

Exit 0 when done (or nothing to do); 1 with "spec:update FAILED (<code>): <what to fix>", codes:
${Object.entries(SPEC_ERROR_CODES).map(([code, what]) => `  ${code.padEnd(28)} ${what}`).join("\n")}
`;

const FLAGS = {
  "--camunda-version": "camundaVersion",
  "--git-ref": "gitRef",
  "--source-note": "sourceNote",
  "--spec-dir": "specDir",
  "--generated-dir": "generatedDir",
  "--changeset-dir": "changesetDir",
  "--diff-out": "diffFile",
};

/**
 * The options of updateSpec from the command line; `{ help: true }` for -h/--help.
 *
 * @param {string[]} argv the arguments after the script
 * @returns {Record<string, any>}
 * @throws {SpecUpdateError} SPEC_USAGE for an unknown option, a missing value or a second input
 * @example
 * parseArgs(["spec/history/camunda-8.8-rest-api.yaml", "--dry-run"]); // { input: "...", dryRun: true }
 */
export function parseArgs(argv) {
  /** @type {Record<string, any>} */
  const opts = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? "";
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith("--")) throw new SpecUpdateError(SPEC_USAGE, `${a} needs a value; see --help`);
      return v;
    };
    if (a === "-h" || a === "--help") return { help: true };
    if (a in FLAGS) opts[FLAGS[/** @type {keyof typeof FLAGS} */ (a)]] = value();
    else if (a === "--date") {
      const v = value();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new SpecUpdateError(SPEC_USAGE, `--date ${v} is not YYYY-MM-DD`);
      opts.now = new Date(`${v}T00:00:00Z`);
    } else if (a === "--dry-run") opts.dryRun = true;
    else if (a.startsWith("-")) throw new SpecUpdateError(SPEC_USAGE, `unknown option ${a}; see --help`);
    else if (opts.input === undefined) opts.input = a;
    else throw new SpecUpdateError(SPEC_USAGE, `one input only, got ${opts.input} and ${a}`);
  }
  if (opts.input === undefined) throw new SpecUpdateError(SPEC_USAGE, "no input: pass the new spec (a file, a folder with rest-api.yaml or a URL); see --help");
  return opts;
}
