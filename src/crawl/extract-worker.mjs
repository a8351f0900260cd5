// Worker-thread entry: plain JS so it starts without a loader, then loads the TypeScript worker
// through tsx (the same way bin/wallwatch.js does).
import { register } from "tsx/esm/api";

register();
await import("./extract-worker-main.ts");
