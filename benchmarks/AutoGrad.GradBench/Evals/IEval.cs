using System;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AutoGrad.GradBench.Evals;

/// <summary>One GradBench eval's functions.</summary>
public interface IEval
{
    /// <summary>Reads <paramref name="input"/> (not timed) and returns the computation of <paramref name="function"/> on it.</summary>
    /// <exception cref="ArgumentException">The eval has no such function.</exception>
    Evaluation Prepare(string function, JsonElement input, bool multithreaded);
}

/// <summary>A computation to time, and how to write its result (not timed, as in GradBench's reference tools).</summary>
public sealed class Evaluation
{
    private readonly Func<object> compute;
    private readonly Func<object, JsonNode> write;

    private Evaluation(Func<object> compute, Func<object, JsonNode> write) => (this.compute, this.write) = (compute, write);

    /// <summary>A computation whose result <paramref name="write"/> turns into the eval's output.</summary>
    public static Evaluation Of<T>(Func<T> compute, Func<T, JsonNode> write) where T : notnull =>
        new(() => compute(), result => write((T)result));

    /// <summary>Computes the answer once more.</summary>
    public object Compute() => compute();

    /// <summary>The output the eval expects for a result of <see cref="Compute"/>.</summary>
    public JsonNode Write(object result) => write(result);
}
