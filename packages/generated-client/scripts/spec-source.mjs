// Reads the pinned spec and its metadata from the repository's spec/ folder.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

export const specDir = fileURLToPath(new URL("../../../spec/", import.meta.url));

/** The spec file's bytes, its sha256 and the metadata in spec/spec-meta.json. */
export function readSpecSource(dir = specDir) {
  const meta = JSON.parse(readFileSync(join(dir, "spec-meta.json"), "utf8"));
  const path = join(dir, meta.file);
  const bytes = readFileSync(path);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  return { meta, path, text: bytes.toString("utf8"), sha256 };
}
