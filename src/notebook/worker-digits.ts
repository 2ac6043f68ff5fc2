// The cells' worker bundle of the digits chapter: the base scope plus its shipped network and test digits.
import { digitsScope } from './scope-digits.ts';
import { startWorker } from './worker-core.ts';

startWorker(digitsScope);
