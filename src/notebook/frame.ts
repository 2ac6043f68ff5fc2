// The document of the sandboxed iframe (srcdoc, sandbox="allow-scripts", no allow-same-origin, a CSP
// with no network). It relays page ⇄ worker on two private MessagePorts and is the worker's guard:
// - Reset all terminates the worker (with any timers it left) and starts a fresh one;
// - it talks to the page only after a "connect" from the page's window and origin, on the port it brings;
// - it gives the worker its own port, with the page's locale, before any cell runs; whatever else the
//   worker posts (cell code calling postMessage) is a stray message, and more than MAX_STRAYS of them
//   stop the worker;
// - a run's deadline is checked on every message and by a timer; past it the worker is terminated and
//   a fresh one started;
// - once idle, the worker must answer a heartbeat every BEAT ms within BEAT_WAIT ms, or it is stopped
//   and the page told which cell left the work behind;
// - a worker whose memory meter passed the cap (memory.ts) says so, and is stopped at once: the memory it
//   holds goes with it.

/** Stray messages (cell code calling postMessage) tolerated before the worker is stopped. */
export const MAX_STRAYS = 10;
/** Heartbeat period while the worker is idle, and how long an answer may take (ms). */
export const BEAT = 600;
export const BEAT_WAIT = 1800;

const relay = (pageOrigin: string) => `
"use strict";
const PAGE = ${JSON.stringify(pageOrigin)}, MAX_STRAYS = ${MAX_STRAYS}, BEAT = ${BEAT}, BEAT_WAIT = ${BEAT_WAIT};
let port = null, url = null, locale = "en", worker = null, wport = null, current = null, deadline = 0, timer = 0;
let strays = 0, owner = -1, beat = 0, waiting = 0, pingAt = 0, n = 0, alive = false, queued = null;
const now = () => performance.now();
const send = (m) => port.postMessage(m);
function start() {
  worker = new Worker(url);
  const channel = new MessageChannel();
  wport = channel.port1;
  wport.onmessage = fromWorker;
  worker.onmessage = stray;
  worker.onmessageerror = stray;
  worker.onerror = (e) => { e.preventDefault(); };
  worker.postMessage({ type: "port", locale }, [channel.port2]);
  strays = 0; waiting = 0; alive = false;
}
function dispatch(m) {
  current = m;
  strays = 0;
  owner = m.cell; deadline = now() + m.timeout; timer = setTimeout(checkDeadline, m.timeout + 5);
  wport.postMessage(m);
}
function next() {
  if (!alive || waiting || current || !queued) return false;
  const m = queued; queued = null; dispatch(m);
  return true;
}
function retire() {
  // Messages the old worker queued before it was terminated are dropped, not counted against the new one.
  worker.onmessage = worker.onmessageerror = worker.onerror = null;
  wport.onmessage = null;
  worker.terminate(); wport.close();
}
function stop(reason) {
  clearTimeout(timer); clearTimeout(beat);
  retire();
  const c = current; current = null;
  const cell = c ? c.cell : owner;
  start();
  send({ type: "stopped", id: c ? c.id : 0, cell, reason, ms: c ? c.timeout : 0 });
  owner = -1;
}
function checkDeadline() {
  if (current && now() > deadline) { stop("timeout"); return true; }
  if (!current && waiting && now() - pingAt > BEAT_WAIT) { stop("busy"); return true; }
  return false;
}
function stray() {
  if (checkDeadline()) return;
  if (++strays > MAX_STRAYS) stop("flood");
}
function heartbeat() {
  clearTimeout(beat);
  if (!alive || current || checkDeadline()) return;
  if (!waiting) { waiting = ++n; pingAt = now(); wport.postMessage({ type: "ping", n }); }
  beat = setTimeout(heartbeat, waiting ? BEAT_WAIT + 10 : BEAT);
}
function fromWorker(e) {
  const m = e.data;
  if (checkDeadline() || !m || typeof m !== "object") return;
  if (m.type === "memory") stop("memory");
  else if (m.type === "owner" && Number.isInteger(m.cell)) owner = m.cell;
  else if (m.type === "pong" && m.n === 0 && !alive) { alive = true; if (!next()) heartbeat(); }
  else if (m.type === "pong" && m.n === waiting) { waiting = 0; if (!next()) heartbeat(); }
  else if (m.type === "async" && Number.isInteger(m.cell)) send({ type: "async", id: 0, cell: m.cell, error: m.error });
  else if (current && m.id === current.id && m.type === "result") {
    clearTimeout(timer);
    current = null;
    send(m);
    heartbeat();
  }
}
function fromPage(e) {
  const m = e.data;
  if (!m || typeof m !== "object") return;
  if (m.type === "boot" && !url) {
    url = URL.createObjectURL(new Blob([m.workerSource], { type: "text/javascript" }));
    locale = String(m.locale);
    start();
    send({ type: "booted", id: m.id });
    heartbeat();
  } else if (m.type === "reset" && worker) {
    clearTimeout(timer); clearTimeout(beat);
    retire();
    current = null; queued = null; owner = -1;
    start();
    send({ type: "reset-done", id: m.id });
  } else if (m.type === "run" && worker && !current && !queued) {
    queued = m;
    if (next()) clearTimeout(beat);
  }
}
addEventListener("message", (e) => {
  if (port || e.source !== parent || e.origin !== PAGE || !e.data || e.data.type !== "connect" || !e.ports[0]) return;
  port = e.ports[0];
  port.onmessage = fromPage;
});
parent.postMessage({ type: "ready" }, PAGE);
`;

/** The sandbox's Content-Security-Policy: inline relay, Blob worker, eval for cells, and no network at all. */
export const frameCsp = "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval' blob:; worker-src blob:; connect-src 'none'";

/** The iframe's srcdoc for a page at `pageOrigin`: one inline script, nothing else. */
export function frameDocument(pageOrigin: string): string {
  const script = relay(pageOrigin).replace(/<\//g, '<\\/');
  return `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${frameCsp}"><title>sandbox</title></head><body><script>${script}</script></body></html>`;
}
