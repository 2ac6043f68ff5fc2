/** The widget's words in both locales. */
import { stringsFor } from '../kit/messages.ts';

const en = {
  seed: 'Seed',
  zerosTitle: 'All-zero initialisation',
  smallTitle: 'Small random initialisation',
  neuron: (i: number) => `h${i}`,
  sampleInput: 'Input x',
  hiddenLabel: (title: string) => `${title}: hidden activations for three inputs`,
  allSame: 'Every hidden neuron gives the same value.',
  differ: 'The hidden neurons give different values.',
  reseed: 'Reseed the random weights',
};

const zh: typeof en = {
  seed: '种子',
  zerosTitle: '全零初始化',
  smallTitle: '小随机数初始化',
  neuron: (i: number) => `h${i}`,
  sampleInput: '输入 x',
  hiddenLabel: (title: string) => `${title}：三个输入下的隐藏层激活值`,
  allSame: '所有隐藏神经元的输出一模一样。',
  differ: '隐藏神经元的输出各不相同。',
  reseed: '重新抽取随机权重',
};

export const strings: (locale: string | undefined) => typeof en = stringsFor({ en, 'zh-cn': zh });
