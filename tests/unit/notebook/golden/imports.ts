// @ts-nocheck: a cell imports "forward", a name only the notebook resolves.
import { dot, sigmoid as σ } from "forward";
import * as F from 'forward';
export const z: number = dot([1, 2], [3, 4]);
σ(z) + F.relu(-1)
