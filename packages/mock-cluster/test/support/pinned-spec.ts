// The facts of the repository's pinned spec (spec/spec-meta.json), so that tests hold after a spec update.
import { readFileSync } from "node:fs";

const meta = JSON.parse(readFileSync(new URL("../../../../spec/spec-meta.json", import.meta.url), "utf8")) as { camundaVersion: string };

/** The Camunda minor version of the pinned spec, e.g. `8.9`. */
export const pinnedCamundaVersion: string = meta.camundaVersion;

/** The gateway version the mock reports for it: `<minor>.0`, e.g. `8.9.0`. */
export const pinnedGatewayVersion = `${pinnedCamundaVersion}.0`;
