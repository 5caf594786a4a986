# workerd serve config.capnp (after npm run build); listens on 127.0.0.1:8787 only.
# With wrangler, `wrangler dev` bundles worker.js the same way and needs no config of this kind.
using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [ (name = "main", worker = .worker) ],
  sockets = [ (name = "http", address = "127.0.0.1:8787", http = (), service = "main") ],
);

const worker :Workerd.Worker = (
  modules = [
    (name = "worker.js", esModule = embed "dist/worker.js"),
    (name = "billkit_bg.wasm", wasm = embed "dist/billkit_bg.wasm"),
  ],
  compatibilityDate = "2025-01-01",
);
