using System;
using System.Text.Json;

namespace AutoGrad.GradBench.Evals;

/// <summary>
/// GradBench's <c>kmeans</c>: the cost Σᵢ minⱼ ‖Cⱼ − Pᵢ‖² of centroids C for points P, and the Newton
/// direction J·H⁻¹, where J is the gradient in C and H the Hessian, which is diagonal.
/// </summary>
public static partial class KMeans
{
    /// <summary>The cost of the points i in [start, end).</summary>
    [Differentiable(Order = 2)]
    public static double Cost(double[][] centroids, [NoDerivative] double[][] points, int start, int end)
    {
        double cost = 0;
        for (int i = start; i < end; i++)
        {
            double closest = double.PositiveInfinity;
            for (int j = 0; j < centroids.Length; j++)
            {
                double distance = 0;
                for (int e = 0; e < points[i].Length; e++)
                {
                    double difference = centroids[j][e] - points[i][e];
                    distance += difference * difference;
                }
                closest = Math.Min(closest, distance);
            }
            cost += closest;
        }
        return cost;
    }
}

/// <summary>The <c>kmeans</c> eval's functions: <c>cost</c> and <c>dir</c>.</summary>
public sealed class KMeansEval : IEval
{
    public Evaluation Prepare(string function, JsonElement input, bool multithreaded)
    {
        double[][] points = Json.Rows(input.GetProperty("points"));
        double[][] centroids = Json.Rows(input.GetProperty("centroids"));
        int n = points.Length;
        return function switch
        {
            "cost" when multithreaded => Evaluation.Of(() => ParallelSum.Value(n, (start, end) => KMeans.Cost(centroids, points, start, end)), Json.Node),
            "cost" => Evaluation.Of(() => KMeans.Cost(centroids, points, 0, n), Json.Node),
            "dir" => Evaluation.Of(() => Direction(centroids, points, multithreaded), Json.Node),
            _ => throw Json.UnknownFunction("kmeans", function),
        };
    }

    // The Hessian is diagonal, so H·1 is its diagonal: one forward-over-reverse call along the
    // all-ones direction gives the gradient and the diagonal together.
    private static double[][] Direction(double[][] centroids, double[][] points, bool multithreaded)
    {
        double[][] ones = Array.ConvertAll(centroids, row => Array.ConvertAll(row, _ => 1.0));
        double[][] gradient = Json.ZerosLike(centroids);
        double[][] diagonal = Json.ZerosLike(centroids);
        if (multithreaded)
        {
            ParallelSum.Gradient(points.Length, (start, end, a) =>
                KMeans.CostAdjointTangent(centroids, ones, (double[][])a[0], (double[][])a[1], points, start, end).Value,
                [gradient, diagonal]);
        }
        else
        {
            KMeans.CostAdjointTangent(centroids, ones, gradient, diagonal, points, 0, points.Length);
        }
        for (int j = 0; j < gradient.Length; j++)
        {
            for (int e = 0; e < gradient[j].Length; e++)
            {
                gradient[j][e] /= diagonal[j][e];
            }
        }
        return gradient;
    }
}
