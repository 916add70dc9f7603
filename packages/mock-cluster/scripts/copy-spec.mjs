#!/usr/bin/env node
// Copies the repository's pinned spec (and its provenance) into this package's spec/ folder, which the tarball
// ships: an installed @c8rest/mock-cluster serves the spec it was released with. Never edited here (see spec/).
import { copyFileSync, mkdirSync } from "node:fs";

const from = new URL("../../../spec/", import.meta.url);
const to = new URL("../spec/", import.meta.url);
mkdirSync(to, { recursive: true });
for (const file of ["camunda-rest-api.yaml", "SOURCE.md", "spec-meta.json"]) copyFileSync(new URL(file, from), new URL(file, to));
