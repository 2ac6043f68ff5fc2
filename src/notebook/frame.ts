// The document of the sandboxed iframe (srcdoc, sandbox="allow-scripts", no allow-same-origin).
// It relays messages page ⇄ worker, checks event.source, and stops a worker that runs past its
// timeout with terminate(), starting a fresh one from the same Blob URL.

const relay = `
"use strict";
let url = null, worker = null, current = null, timer = 0;
const post = (m) => parent.postMessage(m, "*");
function start() {
  worker = new Worker(url);
  worker.onmessage = (e) => {
    if (current && e.data && e.data.id === current.id) { clearTimeout(timer); current = null; }
    post(e.data);
  };
  worker.onerror = (e) => {
    e.preventDefault();
    if (current) { clearTimeout(timer); post({ type: "failed", id: current.id, message: String(e.message || "worker error") }); current = null; }
  };
}
addEventListener("message", (e) => {
  if (e.source !== parent) return;
  const m = e.data;
  if (!m || typeof m !== "object") return;
  if (m.type === "boot" && !url) {
    url = URL.createObjectURL(new Blob([m.workerSource], { type: "text/javascript" }));
    start();
    post({ type: "booted", id: m.id });
  } else if (m.type === "run" && worker) {
    current = m;
    timer = setTimeout(() => {
      worker.terminate();
      start();
      const c = current; current = null;
      post({ type: "timeout", id: c.id, cell: c.cell, ms: c.timeout });
    }, m.timeout);
    worker.postMessage(m);
  } else if (m.type === "reset" && worker) {
    worker.terminate();
    start();
    post({ type: "reset-done", id: m.id });
  }
});
post({ type: "ready", id: 0 });
`;

/** The iframe's srcdoc: one inline script, nothing else. */
export const frameDocument = `<!doctype html><html><head><meta charset="utf-8"><title>sandbox</title></head><body><script>${relay}</script></body></html>`;
