// The Chinese article the tutorial follows: cited by title on the About page (a citation, the one
// place its words appear). The article as published carries no link. The title is kept in its
// parts (series, part, subject, subtitle) and written with Chinese punctuation.
const series = '深度学习入门';
const part = '（一）';
const subject = '从神经元到损失函数';
const subtitle = '一步步理解前向传播（上）';

export const sourceArticle = {
  title: `${series}${part}——${subject}，${subtitle}`,
} as const;
