using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Xunit;

namespace AutoGrad.GradBench.Tests;

/// <summary>The message loop: one JSON answer per line, with the message's id, as GradBench's evals expect.</summary>
public sealed class ProtocolTests
{
    [Fact]
    public void Start_define_and_evaluate_round_trip()
    {
        string[] messages =
        [
            """{"id": 0, "kind": "start", "eval": "lse", "config": {}}""",
            """{"id": 1, "kind": "define", "module": "lse"}""",
            """{"id": 2, "kind": "evaluate", "module": "lse", "function": "primal", "input": {"x": [1.0, 2.0, 3.0], "min_runs": 3, "min_seconds": 0}}""",
            """{"id": 3, "kind": "evaluate", "module": "lse", "function": "gradient", "input": {"x": [0.0, 0.0], "min_runs": 1, "min_seconds": 0}}""",
            """{"id": 4, "kind": "define", "module": "ht"}""",
            """{"id": 5, "kind": "evaluate", "module": "lse", "function": "nope", "input": {"x": [1.0]}}""",
            """{"id": 6, "kind": "end"}""",
        ];
        var output = new StringWriter();
        new Tool(multithreaded: false).Run(new StringReader(string.Join("\n", messages) + "\n"), output);
        JsonNode[] answers = output.ToString().Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!).ToArray();

        Assert.Equal(messages.Length, answers.Length);
        Assert.Equal([0, 1, 2, 3, 4, 5, 6], answers.Select(a => a["id"]!.GetValue<int>()));
        Assert.Equal("autograd", answers[0]["tool"]!.GetValue<string>());
        Assert.True(answers[1]["success"]!.GetValue<bool>());

        Assert.True(answers[2]["success"]!.GetValue<bool>());
        Inputs.Close(3 + System.Math.Log(1 + System.Math.Exp(-1) + System.Math.Exp(-2)), answers[2]["output"]!.GetValue<double>(), "lse(1, 2, 3)");
        JsonArray timings = answers[2]["timings"]!.AsArray();
        Assert.Equal(3, timings.Count);
        Assert.All(timings, t =>
        {
            Assert.Equal("evaluate", t!["name"]!.GetValue<string>());
            Assert.True(t["nanoseconds"]!.GetValue<long>() >= 0);
        });

        Inputs.Close([0.5, 0.5], Inputs.Vector(answers[3]["output"]), "softmax(0, 0)");

        Assert.False(answers[4]["success"]!.GetValue<bool>());
        Assert.Contains("ht", answers[4]["error"]!.GetValue<string>());
        Assert.False(answers[5]["success"]!.GetValue<bool>());
        Assert.Contains("nope", answers[5]["error"]!.GetValue<string>());
    }
}
