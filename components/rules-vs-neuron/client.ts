/** Behaviour of RulesVsNeuron.astro, started by the kit (kit/start.ts). */
import { formatNumber } from '../../src/forward/index.ts';
import { bindNumberFields } from '../kit/field.ts';
import { setText, timedRedraw } from '../kit/lifecycle.ts';
import { localeOf, ui } from '../kit/messages.ts';
import { mailSets, neuronScore, rulesSaySpam, threshold } from './model.ts';
import type { RuleId } from './model.ts';
import { strings } from './strings.ts';

export function start(root: HTMLElement): void {
  const locale = localeOf(document.documentElement.lang);
  const words = strings(locale);
  const m = ui(locale);
  const set = mailSets[locale];
  const checks = [...root.querySelectorAll<HTMLInputElement>('[data-rule]')];
  const items = [...root.querySelectorAll<HTMLElement>('[data-mail]')].map((el, i) => ({
    mail: set.mails[i],
    rules: el.querySelector<HTMLElement>('[data-rules-verdict]')!,
    neuron: el.querySelector<HTMLElement>('[data-neuron-verdict]')!,
    score: el.querySelector<HTMLElement>('[data-score]')!,
  }));
  const summary = root.querySelector<HTMLElement>('[data-summary]')!;
  const verdict = (spam: boolean, ok: boolean) => `${spam ? words.junk : words.fine} · ${ok ? words.right : words.wrong}`;

  const draw = () => timedRedraw(() => {
    const active = checks.filter((c) => c.checked).map((c) => c.value as RuleId);
    const w = ['w0', 'w1', 'w2', 'w3'].map((n) => fields.get(n)!.value());
    const b = fields.get('b')!.value();
    let rulesRight = 0;
    let neuronRight = 0;
    for (const item of items) {
      const rules = rulesSaySpam(active, item.mail, set, locale);
      const score = neuronScore(w, b, item.mail, set);
      const byNeuron = score >= threshold;
      const rulesOk = rules === item.mail.spam;
      const neuronOk = byNeuron === item.mail.spam;
      rulesRight += Number(rulesOk);
      neuronRight += Number(neuronOk);
      setText(item.rules, `${m.labelOf(words.rulesSay)}${verdict(rules, rulesOk)}`);
      item.rules.dataset.state = rulesOk ? 'ok' : 'bad';
      setText(item.score, formatNumber(score, 3));
      setText(item.neuron.lastChild!, `${words.scoreClose}${verdict(byNeuron, neuronOk)}`);
      item.neuron.dataset.state = neuronOk ? 'ok' : 'bad';
    }
    setText(summary, words.summary(rulesRight, neuronRight, items.length));
  });

  const fields = bindNumberFields(root, draw);
  for (const check of checks) check.addEventListener('change', draw);
  root.querySelector<HTMLButtonElement>('[data-reset]')!.addEventListener('click', () => {
    for (const handle of fields.values()) handle.reset();
    for (const check of checks) check.checked = check.defaultChecked;
    draw();
  });
  draw();
}
