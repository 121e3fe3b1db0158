using System;
using System.Linq;
using AutoGrad.GradBench.Evals;
using Xunit;

namespace AutoGrad.GradBench.Tests;

/// <summary>kmeans: the cost against a direct evaluation, the direction against its closed form and its gradient against central differences.</summary>
public sealed class KMeansTests
{
    private readonly double[][] points;
    private readonly double[][] centroids;

    public KMeansTests()
    {
        var random = new Random(11);
        points = Inputs.Rows(random, 40, 3, 0, 1);
        centroids = points[^4..].Select(p => p.Select(v => v + 0.01).ToArray()).ToArray();
    }

    [Fact]
    public void Cost_is_the_sum_of_squared_distances_to_the_closest_centroid()
    {
        double direct = points.Sum(p => centroids.Min(c => SquaredDistance(c, p)));
        Inputs.Close(direct, Inputs.Run<double>(new KMeansEval(), "cost", new { points, centroids }), "cost");
        Inputs.Close(direct, Inputs.Run<double>(new KMeansEval(), "cost", new { points, centroids }, multithreaded: true), "cost, multithreaded");
    }

    [Fact]
    public void Direction_is_the_centroid_minus_the_mean_of_its_points()
    {
        // J/H with J = Σ 2(c − p) over the points closest to c and H = 2·count.
        double[][] expected = centroids.Select((c, j) =>
        {
            double[][] own = points.Where(p => Closest(p) == j).ToArray();
            return c.Select((v, e) => v - own.Average(p => p[e])).ToArray();
        }).ToArray();
        foreach (bool multithreaded in new[] { false, true })
        {
            double[][] direction = Inputs.Run<double[][]>(new KMeansEval(), "dir", new { points, centroids }, multithreaded);
            Inputs.Close(Inputs.Flat(expected), Inputs.Flat(direction), $"J/H, multithreaded: {multithreaded}");
        }
    }

    [Fact]
    public void Gradient_of_the_cost_matches_central_differences()
    {
        double[][] gradient = centroids.Select(c => new double[c.Length]).ToArray();
        KMeans.CostAdjoint(centroids, gradient, points, 0, points.Length);
        Inputs.MatchesDifferences(flat =>
        {
            int offset = 0;
            return KMeans.Cost(Inputs.Unflat(flat, ref offset, centroids), points, 0, points.Length);
        }, Inputs.Flat(centroids), Inputs.Flat(gradient));
    }

    private int Closest(double[] p) => Enumerable.Range(0, centroids.Length).MinBy(j => SquaredDistance(centroids[j], p));

    private static double SquaredDistance(double[] a, double[] b) => a.Zip(b, (u, v) => (u - v) * (u - v)).Sum();
}
