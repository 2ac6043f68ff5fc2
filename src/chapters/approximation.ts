// The chapter "approximation" (networks approximate functions): every value both locales show, computed once.
import { fitReluInterpolant, formatNumber, formatVector } from '../forward/index.ts';
import { DOMAIN, MAX_UNITS, TABLE_UNITS, approximate, makeTarget, starterPoints, type TargetFunction as Target } from '../../components/approximation-widget/model.ts';

function builtIn(id: 'sin' | 'step' | 'abs'): Target {
  const target = makeTarget(id, []);
  if (!target) throw new Error(`approximation: no built-in target "${id}"`);
  return target;
}

export const maxUnits = MAX_UNITS;
/** The widget's interval, "[−3, 3]". */
export const domainText = `[${formatNumber(DOMAIN[0])}, ${formatNumber(DOMAIN[1])}]`;

export const sinTarget = builtIn('sin');
export const stepTarget = builtIn('step');
export const absTarget = builtIn('abs');

/** The two largest unit counts of the widget's table (32 and 64). */
export const nBig = TABLE_UNITS[TABLE_UNITS.length - 1];
export const nHalf = TABLE_UNITS[TABLE_UNITS.length - 2];
export const sinBig = approximate(sinTarget, nBig);
export const sinHalf = approximate(sinTarget, nHalf);
/** How many times smaller sin's largest error gets from nHalf to nBig units. */
export const sinShrink = sinHalf.maxError / sinBig.maxError;

/** The step with few (TABLE_UNITS[2]) and many units. */
export const nStepSmall = TABLE_UNITS[2];
export const stepSmall = approximate(stepTarget, nStepSmall);
export const stepBig = approximate(stepTarget, nBig);

/** |x| with an odd and an even number of units: the even one puts a knot on the bend at 0. */
export const absOdd = approximate(absTarget, 3);
export const absEven = approximate(absTarget, 2);
export const absOddUnits = absOdd.knots.length - 1;
export const absEvenUnits = absEven.knots.length - 1;

/** Exercise 1: sin with exN units, a count the widget's table does not list (so the reader sets it in the widget). */
export const exN = 12;
export const exSin = approximate(sinTarget, exN);

/** Exercise 2: five of the widget's starter points, left to right, and the network through them. */
export const fivePoints = starterPoints()
  .slice(0, 5)
  .sort((a, b) => a[0] - b[0]);
export const fivePointsText = fivePoints.map((p) => formatVector(p)).join(', ');
export const fiveNet = fitReluInterpolant(fivePoints, fivePoints.length - 1, DOMAIN).net;
export const fiveUnits = fiveNet.layers[0].W.length;

/** Exercise 3: |x| on [−1, 1] with two units; the output weights are the first slope and the change of slope at 0. */
export const absN = 2;
export const absDomain: [number, number] = [-1, 1];
export const absDomainText = formatVector(absDomain);
export const absTwo = fitReluInterpolant(Math.abs, absN, absDomain);
export const absTwoKnotsText = formatVector(absTwo.knots);
export const absTwoW2 = absTwo.net.layers[1].W[0];
/** The slope right of 0: first slope plus its change. */
export const absRightSlope = absTwoW2[0] + absTwoW2[1];
