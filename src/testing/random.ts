import { uniformInt } from 'pure-rand/distribution/uniformInt';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/** An integer in [0, n) from a stream. */
export function below(rng: RandomGenerator, n: number): number {
  return uniformInt(rng, 0, n - 1);
}

/** True with probability `per1000 / 1000`. */
export function chance(rng: RandomGenerator, per1000: number): boolean {
  return uniformInt(rng, 0, 999) < per1000;
}

/** One element of a non-empty list. */
export function pick<T>(rng: RandomGenerator, list: readonly T[]): T {
  return list[below(rng, list.length)] as T;
}

/** A picker over weighted choices (weights are positive integers). */
export function weighted<T>(choices: readonly (readonly [T, number])[]): (rng: RandomGenerator) => T {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  return (rng) => {
    let roll = below(rng, total);
    for (const [value, weight] of choices) {
      if (roll < weight) return value;
      roll -= weight;
    }
    return (choices[choices.length - 1] as readonly [T, number])[0];
  };
}
