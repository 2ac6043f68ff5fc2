// The page's side of the sandbox: a hidden iframe with an opaque origin (frame.ts) that starts the
// worker from a Blob of its source. The page listens to the iframe's window only for "ready", checking
// both event.source and event.origin, then hands it a private MessagePort; every reply comes on that
// port, is checked (protocol.ts) and its views are rebuilt by the page (safe.ts). A watchdog on the
// page's own clock replaces the whole sandbox if a run's answer is late past the relay's deadline, and
// a sandbox whose worker was stopped is replaced too.
import { frameDocument } from './frame.ts';
import { isReply, type CellError, type Reply, type Request, type StopReason } from './protocol.ts';
import { cleanCellError, cleanResult } from './safe.ts';

type Body<R> = R extends { id: number } ? Omit<R, 'id'> : never;
export type RequestBody = Body<Request>;

/** What the page hears about cells that are no longer running. */
export interface SandboxEvents {
  /** A worker was stopped after its run (busy, stray messages): `cell` left the work behind. */
  stopped(cell: number, reason: StopReason): void;
  /** An error from a cell's timers or promises after its run. */
  asyncError(cell: number, error: CellError): void;
}

/** How much later than the relay's deadline the page's own watchdog replaces the sandbox (ms). */
export const WATCHDOG_SLACK = 2500;

export class Sandbox {
  private frame: HTMLIFrameElement | null = null;
  private port: MessagePort | null = null;
  private readonly pending = new Map<number, (reply: Reply) => void>();
  private nextId = 1;
  private booted: Promise<void> | null = null;

  private readonly workerSource: () => Promise<string>;
  private readonly locale: string;
  private readonly events: SandboxEvents;

  /** `locale`: the page's, given to the worker at start-up for its own messages. */
  constructor(workerSource: () => Promise<string>, locale: string, events: SandboxEvents) {
    this.workerSource = workerSource;
    this.locale = locale;
    this.events = events;
  }

  private start(): Promise<void> {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts');
    frame.title = 'Notebook sandbox';
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    frame.style.display = 'none';
    this.frame = frame;
    const connected = new Promise<MessagePort>((resolve) => {
      const onReady = (event: MessageEvent) => {
        if (event.source !== frame.contentWindow || event.origin !== 'null' || (event.data as { type?: unknown })?.type !== 'ready') return;
        window.removeEventListener('message', onReady);
        const channel = new MessageChannel();
        frame.contentWindow!.postMessage({ type: 'connect' }, '*', [channel.port2]);
        resolve(channel.port1);
      };
      window.addEventListener('message', onReady);
    });
    frame.srcdoc = frameDocument(location.origin);
    document.body.append(frame);
    return Promise.all([connected, this.workerSource()]).then(async ([port, source]) => {
      if (this.frame !== frame) return;
      this.port = port;
      port.onmessage = (event) => this.receive(event.data);
      await this.request({ type: 'boot', workerSource: source, locale: this.locale });
    });
  }

  private receive(message: unknown): void {
    if (!isReply(message)) return;
    let data: Reply = message;
    if (data.type === 'async') {
      const error = cleanCellError(data.error);
      if (error) this.events.asyncError(data.cell, error);
      return;
    }
    if (data.type === 'result') {
      const result = cleanResult(data.result);
      if (!result) return;
      data = { ...data, result };
    }
    if (data.id === 0) {
      if (data.type === 'stopped') this.events.stopped(data.cell, data.reason);
    } else {
      this.pending.get(data.id)?.(data);
      this.pending.delete(data.id);
    }
    // A stopped worker may have left a flood of messages queued in the iframe's event loop, ahead of
    // anything a fresh worker there would say; the iframe goes with it, and the next run starts a new one.
    if (data.type === 'stopped') this.replace();
  }

  /** Starts the sandbox (once) and waits for its worker. */
  ready(): Promise<void> {
    this.booted ??= this.start();
    return this.booted;
  }

  /** Sends a request and waits for its reply; a run late by WATCHDOG_SLACK replaces the sandbox. */
  async request(body: RequestBody): Promise<Reply> {
    if (body.type !== 'boot') await this.ready();
    const id = this.nextId++;
    const port = this.port!;
    return new Promise<Reply>((resolve) => {
      let timer = 0;
      this.pending.set(id, (reply) => { clearTimeout(timer); resolve(reply); });
      if (body.type === 'run') {
        timer = window.setTimeout(() => {
          if (!this.pending.delete(id)) return;
          this.replace();
          resolve({ type: 'stopped', id, cell: body.cell, reason: 'timeout', ms: body.timeout });
        }, body.timeout + WATCHDOG_SLACK);
      }
      port.postMessage({ ...body, id });
    });
  }

  /** Throws the iframe (and its worker) away; the next request starts a new one. */
  private replace(): void {
    this.port?.close();
    this.frame?.remove();
    this.frame = null;
    this.port = null;
    this.booted = null;
    for (const [, answer] of this.pending) answer({ type: 'reset-done', id: 0 });
    this.pending.clear();
  }
}
