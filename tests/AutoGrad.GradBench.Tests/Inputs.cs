using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using AutoGrad.GradBench.Evals;
using Xunit;

namespace AutoGrad.GradBench.Tests;

/// <summary>Small inputs built in the tests, and running an eval's function on them as the tool does.</summary>
internal static class Inputs
{
    public static double[] Vector(Random random, int n, double low = -1, double high = 1) =>
        Enumerable.Range(0, n).Select(_ => low + (high - low) * random.NextDouble()).ToArray();

    public static double[][] Rows(Random random, int rows, int columns, double low = -1, double high = 1) =>
        Enumerable.Range(0, rows).Select(_ => Vector(random, columns, low, high)).ToArray();

    /// <summary>The result of <paramref name="function"/> on <paramref name="input"/> (any object System.Text.Json writes).</summary>
    public static T Run<T>(IEval eval, string function, object input, bool multithreaded = false) =>
        (T)eval.Prepare(function, JsonSerializer.SerializeToElement(input), multithreaded).Compute();

    /// <summary>The output <paramref name="function"/> answers on <paramref name="input"/>, as the tool writes it.</summary>
    public static JsonNode Output(IEval eval, string function, object input, bool multithreaded = false)
    {
        Evaluation evaluation = eval.Prepare(function, JsonSerializer.SerializeToElement(input), multithreaded);
        return evaluation.Write(evaluation.Compute());
    }

    public static double[] Vector(JsonNode? node) => node!.AsArray().Select(v => v!.GetValue<double>()).ToArray();

    public static double[][] Rows(JsonNode? node) => node!.AsArray().Select(Vector).ToArray();

    public static void Close(double expected, double actual, string what, double tolerance = 1e-10) =>
        Assert.True(Math.Abs(expected - actual) <= tolerance * Math.Max(1, Math.Abs(expected)), $"{what}: expected {expected:R}, got {actual:R}");

    public static void Close(double[] expected, double[] actual, string what, double tolerance = 1e-10)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            Close(expected[i], actual[i], $"{what}[{i}]", tolerance);
        }
    }

    /// <summary>The gradient against central differences of <paramref name="f"/> (GradientCheck, Richardson-extrapolated).</summary>
    public static void MatchesDifferences(Func<double[], double> f, double[] x, double[] gradient) =>
        GradientCheck.Gradient(f, _ => gradient, x).EnsurePassed();

    public static double[] Flat(params double[][] parts) => parts.SelectMany(p => p).ToArray();

    /// <summary>Cuts <paramref name="flat"/> back into rows of the lengths of <paramref name="shape"/>, from <paramref name="offset"/> on.</summary>
    public static double[][] Unflat(double[] flat, ref int offset, double[][] shape)
    {
        var rows = new double[shape.Length][];
        for (int r = 0; r < shape.Length; r++)
        {
            rows[r] = flat[offset..(offset + shape[r].Length)];
            offset += shape[r].Length;
        }
        return rows;
    }
}
