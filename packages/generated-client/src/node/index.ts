// @c8rest/client/node: helpers that need Node.js (the file system); kept out of the main entry and browser bundles.
export { deployFiles } from "./deploy-files.js";
