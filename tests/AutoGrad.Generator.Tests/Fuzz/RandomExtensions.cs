using System;
using System.Collections.Generic;

namespace AutoGrad.Generator.Tests.Fuzz;

internal static class RandomExtensions
{
    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>An index drawn with the given relative weights.</summary>
    public static int Weighted(this Random random, params int[] weights)
    {
        int total = 0;
        foreach (int w in weights)
        {
            total += w;
        }
        int roll = random.Next(total);
        for (int i = 0; i < weights.Length; i++)
        {
            if ((roll -= weights[i]) < 0)
            {
                return i;
            }
        }
        throw new InvalidOperationException("unreachable: the weights sum to the total");
    }
}
