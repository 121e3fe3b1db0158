using System;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AutoGrad.GradBench.Evals;

/// <summary>Reading GradBench's inputs and writing its outputs.</summary>
internal static class Json
{
    public static double[] Vector(JsonElement array)
    {
        var result = new double[array.GetArrayLength()];
        int i = 0;
        foreach (JsonElement item in array.EnumerateArray())
        {
            result[i++] = item.GetDouble();
        }
        return result;
    }

    public static double[][] Rows(JsonElement array)
    {
        var result = new double[array.GetArrayLength()][];
        int i = 0;
        foreach (JsonElement row in array.EnumerateArray())
        {
            result[i++] = Vector(row);
        }
        return result;
    }

    public static JsonNode Node(double value) => JsonValue.Create(value);

    public static JsonNode Node(double[] vector)
    {
        var array = new JsonArray();
        foreach (double v in vector)
        {
            array.Add(v);
        }
        return array;
    }

    public static JsonNode Node(double[][] rows)
    {
        var array = new JsonArray();
        foreach (double[] row in rows)
        {
            array.Add(Node(row));
        }
        return array;
    }

    public static ArgumentException UnknownFunction(string eval, string function) =>
        new($"The '{eval}' eval has no function '{function}'.");

    public static double[][] ZerosLike(double[][] rows) => Array.ConvertAll(rows, row => new double[row.Length]);
}
