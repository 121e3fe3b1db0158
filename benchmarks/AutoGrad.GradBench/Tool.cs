using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using AutoGrad.GradBench.Evals;

namespace AutoGrad.GradBench;

/// <summary>
/// A GradBench tool: reads one JSON message per line and answers each with one line carrying its id
/// (<c>start</c>, <c>define</c>, <c>evaluate</c>; the protocol is GradBench's CONTRIBUTING.md).
/// </summary>
public sealed class Tool(bool multithreaded)
{
    private static readonly Dictionary<string, IEval> Evals = new()
    {
        ["hello"] = new HelloEval(),
        ["lse"] = new LseEval(),
        ["llsq"] = new LlsqEval(),
        ["det"] = new DetEval(),
        ["ode"] = new OdeEval(),
        ["gmm"] = new GmmEval(),
        ["kmeans"] = new KMeansEval(),
        ["ba"] = new BundleAdjustmentEval(),
        ["saddle"] = new SaddleEval(),
        ["particle"] = new ParticleEval(),
        ["lstm"] = new LstmEval(),
    };

    // What the tool cannot express yet, and why: define answers false with this.
    private static readonly Dictionary<string, string> Missing = new()
    {
        ["ht"] = "not implemented yet: the hand-tracking model (skinning with a rotation per bone) and its Jacobian",
    };

    /// <summary>Answers every line of <paramref name="input"/> on <paramref name="output"/>, flushing after each.</summary>
    public void Run(TextReader input, TextWriter output)
    {
        string? line;
        while ((line = input.ReadLine()) is not null)
        {
            if (line.Length == 0)
            {
                continue;
            }
            output.WriteLine(Answer(line));
            output.Flush();
        }
    }

    /// <summary>The answer to one message, as one line of JSON.</summary>
    public string Answer(string message)
    {
        using var document = JsonDocument.Parse(message);
        JsonElement root = document.RootElement;
        var response = new JsonObject { ["id"] = JsonNode.Parse(root.GetProperty("id").GetRawText()) };
        string kind = root.GetProperty("kind").GetString() ?? "";
        try
        {
            switch (kind)
            {
                case "start":
                    response["tool"] = "autograd";
                    break;
                case "define":
                    Define(root.GetProperty("module").GetString() ?? "", response);
                    break;
                case "evaluate":
                    Evaluate(root, response);
                    break;
            }
        }
        catch (Exception e)
        {
            response["success"] = false;
            response["error"] = e.ToString();
        }
        return response.ToJsonString();
    }

    private static void Define(string module, JsonObject response)
    {
        bool known = Evals.ContainsKey(module);
        response["success"] = known;
        if (!known)
        {
            response["error"] = Missing.TryGetValue(module, out string? why) ? $"AutoGrad's tool has no '{module}': {why}." : $"Unknown module '{module}'.";
        }
    }

    private void Evaluate(JsonElement message, JsonObject response)
    {
        string module = message.GetProperty("module").GetString() ?? "";
        string function = message.GetProperty("function").GetString() ?? "";
        JsonElement input = message.GetProperty("input");
        if (!Evals.TryGetValue(module, out IEval? eval))
        {
            throw new ArgumentException($"Module '{module}' was not defined.");
        }
        Evaluation evaluation = eval.Prepare(function, input, multithreaded);

        // As GradBench's C++ tools: at least min_runs runs and min_seconds of them, one timing each.
        int minRuns = input.ValueKind == JsonValueKind.Object && input.TryGetProperty("min_runs", out JsonElement runs) ? runs.GetInt32() : 1;
        double minSeconds = input.ValueKind == JsonValueKind.Object && input.TryGetProperty("min_seconds", out JsonElement seconds) ? seconds.GetDouble() : 0;
        var timings = new JsonArray();
        object? result = null;
        double elapsed = 0;
        for (int run = 0; run < minRuns || elapsed < minSeconds; run++)
        {
            long start = Stopwatch.GetTimestamp();
            result = evaluation.Compute();
            long nanoseconds = (long)((Stopwatch.GetTimestamp() - start) * (1e9 / Stopwatch.Frequency));
            timings.Add(new JsonObject { ["name"] = "evaluate", ["nanoseconds"] = nanoseconds });
            elapsed += nanoseconds / 1e9;
        }
        response["success"] = true;
        response["output"] = evaluation.Write(result!);
        response["timings"] = timings;
    }
}
