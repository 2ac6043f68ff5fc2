/**
 * Behaviour of DigitReader.astro, loaded on the reader's first touch (with the shipped network and
 * test digits): the reader draws or picks a test digit; each change redraws the preprocessing and the
 * forward pass.
 */
import { formatNumber } from '../../src/forward/index.ts';
// The shipped weights and test digits come with this module: it is loaded on the reader's first touch (kit/start.ts).
import { digitNetwork, digitTests, PIXELS, SIDE, testImage } from '../../src/chapters/digits.ts';
import { setText, timedRedraw } from '../kit/lifecycle.ts';
import { greyOf, paintGrey, paintWeights } from './draw.ts';
import { lossAgainst, prepare, read, verdict, weightRange } from './model.ts';
import type { Prepared, Reading } from './model.ts';
import { digitText } from './strings.ts';

const t = digitText(document.documentElement.lang);
const f = (v: number) => formatNumber(v, 3);
/** Pen width in pad pixels (the pad is 140 × 140, shown 280 px wide): about a tenth of a full-height digit, as MNIST strokes are. */
const PEN = 11;

/** Starts the widget inside `root` (idempotent: a second call does nothing). */
export function start(root: HTMLElement): void {
  if (root.dataset.started) return;
  root.dataset.started = 'true';
  const q = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;
  const net = digitNetwork();
  const tests = digitTests();

  const pad = q<HTMLCanvasElement>('[data-pad]');
  const ctx = pad.getContext('2d', { willReadFrequently: true })!;
  const W = pad.width;
  const H = pad.height;
  const grey = new Float32Array(W * H);
  const scaledCanvas = q<HTMLCanvasElement>('[data-scaled]');
  const inputCanvas = q<HTMLCanvasElement>('[data-input]');
  const prepText = q<HTMLElement>('[data-prep-text]');
  const source = q<HTMLElement>('[data-source]');
  const message = q<HTMLElement>('[data-message]');
  const output = q<HTMLElement>('[data-output]');
  const revealButton = q<HTMLButtonElement>('[data-reveal]');
  const cells = [1, 2].map((l) => [...root.querySelectorAll<HTMLElement>(`[data-layer="${l}"] [data-cell]`)]);
  const layerText = [1, 2].map((l) => q<HTMLElement>(`[data-layer-text="${l}"]`));
  const bars = [...root.querySelectorAll<HTMLElement>('[data-bar]')];
  const probText = [...root.querySelectorAll<HTMLElement>('[data-prob]')];
  const predicted = q<HTMLElement>('[data-predicted]');
  const sum = q<HTMLElement>('[data-sum]');
  const loss = q<HTMLElement>('[data-loss]');
  const radios = [...root.querySelectorAll<HTMLInputElement>('input[name="dr-right"]')];

  // First-layer weights, painted once.
  root.querySelectorAll<HTMLCanvasElement>('[data-weights]').forEach((canvas, i) => {
    const row = net.layers[0].W[i];
    const m = weightRange(row); // the same scale the build wrote into the picture's label
    paintWeights(canvas, row, SIDE, m);
  });

  let testIndex = -1; // the test digit shown, or -1 for the reader's drawing
  let revealed = false;
  let reading: Reading | null = null;

  const clearPad = () => {
    ctx.fillStyle = '#000';
    ctx.fillRect(0, 0, W, H);
  };

  const showLoss = () => {
    const right = radios.findIndex((r) => r.checked);
    if (!reading) setText(loss, '');
    else if (right < 0) setText(loss, t.pickRight);
    else setText(loss, t.loss(right, f(reading.probs[right]), f(lossAgainst(reading, right))));
  };

  const redraw = () => timedRedraw(() => {
    let prepared: Prepared | null;
    let input: ArrayLike<number> | null;
    if (testIndex >= 0) {
      input = testImage(tests, testIndex);
      prepared = prepare(input, SIDE, SIDE);
    } else {
      prepared = prepare(greyOf(ctx.getImageData(0, 0, W, H).data, grey), W, H);
      input = prepared?.input ?? null;
    }
    reading = input && prepared ? read(net, input) : null;
    const v = verdict(prepared, reading);
    setText(message, t[v]);
    root.dataset.verdict = v;
    if (!prepared || !reading || !input) {
      paintGrey(scaledCanvas, new Float64Array(0), 0, 0);
      paintGrey(inputCanvas, new Float64Array(PIXELS), SIDE, SIDE);
      setText(prepText, '');
      for (const layer of cells) for (const c of layer) c.style.setProperty('--a', '0');
      layerText.forEach((el) => setText(el, ''));
      output.hidden = true;
      revealButton.hidden = true;
      return;
    }
    paintGrey(scaledCanvas, prepared.scaled, prepared.scaledW, prepared.scaledH);
    paintGrey(inputCanvas, input, SIDE, SIDE);
    const { box } = prepared;
    setText(prepText, t.prepText(box.x1 - box.x0, box.y1 - box.y0, f(prepared.factor), prepared.left, prepared.top));
    [1, 2].forEach((l, k) => {
      const a = reading!.a[l];
      let m = 1e-12;
      for (const v of a) m = Math.max(m, v);
      cells[k].forEach((c, i) => {
        c.style.setProperty('--a', String(a[i] / m));
        c.title = f(a[i]);
      });
      setText(layerText[k], t.hiddenValues(l, Array.from(a, f).join(', ')));
    });
    let total = 0;
    for (let d = 0; d < 10; d++) {
      const p = reading.probs[d];
      total += p;
      bars[d].style.width = `${(p * 100).toFixed(2)}%`;
      setText(probText[d], f(p));
    }
    setText(predicted, String(reading.predicted));
    setText(sum, t.sum(f(total)));
    showLoss();
    revealButton.hidden = revealed;
    output.hidden = !revealed;
  });

  const newDigit = () => {
    revealed = false;
    redraw();
  };

  // Drawing with pointer events (mouse, finger, stylus).
  let drawing = false;
  let queued = false;
  const at = (e: PointerEvent) => {
    const r = pad.getBoundingClientRect();
    return [((e.clientX - r.left) / r.width) * W, ((e.clientY - r.top) / r.height) * H] as const;
  };
  const live = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => { queued = false; redraw(); });
  };
  pad.addEventListener('pointerdown', (e) => {
    if (e.button !== 0) return;
    e.preventDefault();
    // A stroke drawn while this code was arriving is replayed by the kit (kit/start.ts), whose pointer
    // may be up already; the kit captures a pointer still down itself.
    if (e.isTrusted) pad.setPointerCapture(e.pointerId);
    if (testIndex >= 0) {
      // Drawing over a test digit starts from that digit, enlarged, as ink on the pad.
      testIndex = -1;
      radios.forEach((r) => (r.checked = false));
    }
    drawing = true;
    const [x, y] = at(e);
    ctx.strokeStyle = '#fff';
    ctx.fillStyle = '#fff';
    ctx.lineWidth = PEN;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.beginPath();
    ctx.arc(x, y, PEN / 2, 0, 2 * Math.PI);
    ctx.fill();
    ctx.beginPath();
    ctx.moveTo(x, y);
    setText(source, t.drawn);
  });
  pad.addEventListener('pointermove', (e) => {
    if (!drawing) return;
    const [x, y] = at(e);
    ctx.lineTo(x, y);
    ctx.stroke();
    ctx.beginPath();
    ctx.moveTo(x, y);
    if (revealed) live();
  });
  const end = () => {
    if (!drawing) return;
    drawing = false;
    redraw();
  };
  pad.addEventListener('pointerup', end);
  pad.addEventListener('pointercancel', end);

  const showTest = (i: number) => {
    testIndex = (i + tests.count) % tests.count;
    const img = testImage(tests, testIndex);
    // The pad shows the test digit enlarged; the network reads the 784 pixels themselves.
    const small = document.createElement('canvas');
    paintGrey(small, img, SIDE, SIDE);
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(small, 0, 0, W, H);
    const label = tests.labels[testIndex];
    radios.forEach((r, d) => (r.checked = d === label));
    setText(source, t.testDigit(testIndex + 1, tests.count, label));
    newDigit();
  };
  let lastTest = -1;
  q('[data-next]').addEventListener('click', () => { lastTest += 1; showTest(lastTest); lastTest = testIndex; });
  q('[data-prev]').addEventListener('click', () => { lastTest = lastTest < 0 ? tests.count - 1 : lastTest - 1; showTest(lastTest); lastTest = testIndex; });
  q('[data-clear]').addEventListener('click', () => {
    testIndex = -1;
    clearPad();
    setText(source, '');
    newDigit();
  });
  revealButton.addEventListener('click', () => {
    revealed = true;
    redraw();
    predicted.focus();
  });
  for (const r of radios) r.addEventListener('change', showLoss);

  clearPad();
  redraw();
  root.dataset.ready = 'true';
}
