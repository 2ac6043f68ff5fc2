// The tutorial's notation, one symbol per idea, shown on the notation page and followed by every
// chapter (a test checks the built formulas: no W_1-style layer names, no plain L for the loss).

export interface NotationEntry {
  /** The symbol as TeX. */
  tex: string;
  /** What it stands for. */
  en: string;
  zh: string;
}

export const notation: readonly NotationEntry[] = [
  { tex: 'L', en: 'the number of layers; layer L is the output layer', zh: '层数；第 L 层是输出层' },
  { tex: 'l = 1, \\dots, L', en: 'a layer’s index, written as a bracketed superscript', zh: '层的编号，写成带方括号的上标' },
  { tex: 'a^{[0]} = \\mathbf{x}', en: 'the input, treated as the output of layer 0', zh: '输入，看作第 0 层的输出' },
  { tex: 'W^{[l]}', en: 'layer l’s weight matrix, one row per unit', zh: '第 l 层的权重矩阵，每个单元一行' },
  { tex: 'W^{[l]}_{ij}', en: 'the weight from input j to unit i (counted from 1)', zh: '从输入 j 到单元 i 的权重（从 1 开始数）' },
  { tex: 'b^{[l]}', en: 'layer l’s bias vector', zh: '第 l 层的偏置向量' },
  { tex: 'z^{[l]} = W^{[l]} a^{[l-1]} + b^{[l]}', en: 'layer l’s pre-activations', zh: '第 l 层的预激活值' },
  { tex: 'a^{[l]} = f(z^{[l]})', en: 'layer l’s activations, its output', zh: '第 l 层的激活值，也就是它的输出' },
  { tex: 'f,\\ \\sigma', en: 'an activation function; σ is the sigmoid', zh: '激活函数；σ 是 sigmoid' },
  { tex: '\\hat y,\\ y', en: 'the prediction and the correct answer (the label)', zh: '预测值与正确答案（标签）' },
  { tex: 'k = 1, \\dots, K', en: 'classes, counted from 1: “class 1” is the first class', zh: '类别，从 1 开始数：“第 1 类”就是第一个类别' },
  { tex: '\\mathcal{L}', en: 'the loss (never plain L, which counts layers)', zh: '损失（不用普通的 L，它表示层数）' },
];

/** How code indices relate to the maths: arrays in code count from 0. */
export const indexNote = {
  en: 'Arrays in code count from 0, the maths counts from 1: code index 0 is class 1, and W[0][1] in code is the entry W₁₂ of the maths.',
  zh: '代码里的数组从 0 开始数，数学式从 1 开始数：代码下标 0 就是第 1 类，代码中的 W[0][1] 就是数学式里的 W₁₂。',
};
