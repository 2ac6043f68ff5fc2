// The Chinese article the tutorial follows: cited by title on the About page (a citation, the one
// place its words appear). The article as published carries no link.
export const sourceArticle = {
  title: '深度学习入门(一)——从神经元到损失函数,一步步理解前向传播(上)',
} as const;
