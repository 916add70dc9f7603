// A browser program: @c8rest/client + @c8rest/auth's bearerTokenMiddleware, bundled with esbuild --platform=browser
// (bundle-size measure and CI budget; the same pieces run in headless Chromium in packages/auth/test/browser.test.ts).
import { createCamundaClient } from "@c8rest/client";
import { bearerTokenMiddleware } from "@c8rest/auth";

const client = createCamundaClient({ baseUrl: location.origin, middleware: [bearerTokenMiddleware(() => sessionStorage.getItem("token") ?? "")] });
const { data, error } = await client.GET("/topology");
document.body.textContent = error ? JSON.stringify(error) : `cluster size ${data.clusterSize}`;
