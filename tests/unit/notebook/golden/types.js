// @ts-nocheck: a cell imports "forward", a name only the notebook resolves.
import { sigmoid,             } from "forward";


const p        = { x: 1 }, q       = [1, 2];
function scale                  (v   , k         = 2)         { return (v          ) * k; }
const s = `value ${p.x          } and ${q[0] }`;
let m                = null;
scale(sigmoid(p.x), q[1]) 
