/** The digit reader's own words in both locales. */
import { stringsFor } from '../kit/messages.ts';

const en = {
  canvas: 'Drawing box: draw one digit with the mouse, a finger or a stylus',
  clear: 'Clear',
  prev: 'Previous test digit',
  next: 'Next test digit',
  testDigit: (i: number, n: number, label: number) => `Test digit ${i} of ${n}, labelled ${label}.`,
  drawn: 'Your drawing.',
  rightDigit: 'Which digit is it really? (the right answer, for the cross-entropy)',
  guessFirst: 'Guess first: which digit will the network choose? Then reveal its answer.',
  reveal: 'Reveal the network’s answer',
  prepTitle: 'Preprocessing, as MNIST was made',
  scaledLabel: 'The ink’s bounding box scaled into a 20 × 20 box',
  inputLabel: 'Centred by mass in 28 × 28: the 784 inputs',
  prepText: (w: number, h: number, factor: string, left: number, top: number) =>
    `Ink found in a ${w} × ${h} px box; scaled by 1/${factor} so its longer side is 20 px; its top-left corner placed at pixel (${left}, ${top}) of the 28 × 28 image (counted from 0, top left), which puts its centre of mass at the centre.`,
  hidden: (l: number) => `Hidden layer ${l}: 16 ReLU activations`,
  hiddenValues: (l: number, values: string) => `Hidden layer ${l} activations: ${values}`,
  probsTitle: 'Softmax: the ten probabilities',
  prob: (d: number, p: string) => `digit ${d}: ${p}`,
  predicted: 'Predicted digit',
  sum: (s: string) => `Sum of the ten probabilities: ${s}`,
  loss: (d: number, p: string, ce: string) => `Cross-entropy against ${d}: −log p(${d}) = −log ${p} = ${ce}`,
  pickRight: 'Choose the right digit above to see the cross-entropy.',
  empty: 'The box is empty: draw a digit, or pick a test digit, and the network will read it.',
  scribble: 'This covers most of the box: more a blot than a digit. The network still answers, but its answer means little.',
  edge: 'The ink touches the edge of the box, so part of the digit may be cut off: the network reads only what is inside.',
  unsure: 'The network is unsure: no digit gets even half of the probability.',
  ok: '',
  weightsTitle: 'What each first-layer unit weighs: its 784 weights as a 28 × 28 picture',
  weightUnit: (i: number, m: string) => `Unit ${i}: weights from −${m} (orange) to +${m} (blue)`,
};

const zh: typeof en = {
  canvas: '绘图框：用鼠标、手指或触控笔写一个数字',
  clear: '清空',
  prev: '上一个测试数字',
  next: '下一个测试数字',
  testDigit: (i: number, n: number, label: number) => `第 ${i} 个测试数字（共 ${n} 个），标签是 ${label}。`,
  drawn: '你写的数字。',
  rightDigit: '它其实是哪个数字？（正确答案，用来算交叉熵）',
  guessFirst: '先猜一猜：网络会选哪个数字？然后再揭晓。',
  reveal: '揭晓网络的答案',
  prepTitle: '预处理，和 MNIST 的做法一样',
  scaledLabel: '墨迹的外接框缩放进 20 × 20 的方框',
  inputLabel: '在 28 × 28 中按质心居中：784 个输入',
  prepText: (w: number, h: number, factor: string, left: number, top: number) =>
    `墨迹位于 ${w} × ${h} 像素的框内；缩放为 1/${factor}，使长边为 20 像素；左上角放在 28 × 28 图像的像素 (${left}, ${top}) 处（从左上角的 0 数起），这样质心正好落在中心。`,
  hidden: (l: number) => `第 ${l} 个隐藏层：16 个 ReLU 激活值`,
  hiddenValues: (l: number, values: string) => `第 ${l} 个隐藏层的激活值：${values}`,
  probsTitle: 'softmax：十个概率',
  prob: (d: number, p: string) => `数字 ${d}：${p}`,
  predicted: '预测的数字',
  sum: (s: string) => `十个概率之和：${s}`,
  loss: (d: number, p: string, ce: string) => `相对于 ${d} 的交叉熵：−log p(${d}) = −log ${p} = ${ce}`,
  pickRight: '在上面选出正确的数字，就能看到交叉熵。',
  empty: '方框是空的：写一个数字，或者选一个测试数字，网络就会读它。',
  scribble: '墨迹盖住了方框的大半：更像一团涂鸦而不是数字。网络仍会给出答案，但这个答案意义不大。',
  edge: '墨迹碰到了方框的边缘，数字可能有一部分被截掉：网络只读方框里面的部分。',
  unsure: '网络拿不准：没有哪个数字的概率达到一半。',
  ok: '',
  weightsTitle: '第一层每个单元看什么：把它的 784 个权重画成 28 × 28 的图',
  weightUnit: (i: number, m: string) => `单元 ${i}：权重从 −${m}（橙色）到 +${m}（蓝色）`,
};

export type DigitStrings = typeof en;
export const digitText: (locale: string | undefined) => DigitStrings = stringsFor({ en, 'zh-cn': zh });
