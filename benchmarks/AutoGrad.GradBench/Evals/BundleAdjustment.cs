using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AutoGrad.GradBench.Evals;

/// <summary>
/// GradBench's <c>ba</c> (ADBench's bundle adjustment): for each observation of a point X by a camera
/// (rotation r as an angle-axis vector, centre C, focal length f, principal point x₀, radial distortion
/// κ₁, κ₂), the weighted reprojection error w·(π(X) − feature), and for each weight 1 − w².
/// </summary>
public static partial class BundleAdjustment
{
    /// <summary>The reprojection error of one observation; <paramref name="cam"/> holds r, C, f, x₀, κ (11 numbers).</summary>
    [Differentiable]
    public static double[] Reprojection(double[] cam, double[] x, double w, [NoDerivative] double[] feature)
    {
        double[] centered = [x[0] - cam[3], x[1] - cam[4], x[2] - cam[5]];
        double[] rotated = Rotate(cam, centered);
        double u = rotated[0] / rotated[2];
        double v = rotated[1] / rotated[2];
        double squaredRadius = u * u + v * v;
        double distortion = 1 + cam[9] * squaredRadius + cam[10] * squaredRadius * squaredRadius;
        return [w * (u * distortion * cam[6] + cam[7] - feature[0]), w * (v * distortion * cam[6] + cam[8] - feature[1])];
    }

    /// <summary>Rodrigues' rotation of <paramref name="point"/> by the angle-axis vector in rotation[0..3].</summary>
    [Differentiable]
    public static double[] Rotate(double[] rotation, double[] point)
    {
        double squaredAngle = rotation[0] * rotation[0] + rotation[1] * rotation[1] + rotation[2] * rotation[2];
        if (squaredAngle != 0)
        {
            double angle = Math.Sqrt(squaredAngle);
            double cos = Math.Cos(angle);
            double sin = Math.Sin(angle);
            double a0 = rotation[0] / angle, a1 = rotation[1] / angle, a2 = rotation[2] / angle;
            double along = (a0 * point[0] + a1 * point[1] + a2 * point[2]) * (1 - cos);
            return
            [
                point[0] * cos + (a1 * point[2] - a2 * point[1]) * sin + a0 * along,
                point[1] * cos + (a2 * point[0] - a0 * point[2]) * sin + a1 * along,
                point[2] * cos + (a0 * point[1] - a1 * point[0]) * sin + a2 * along,
            ];
        }
        // At angle 0, the first-order rotation p + r × p.
        return
        [
            point[0] + rotation[1] * point[2] - rotation[2] * point[1],
            point[1] + rotation[2] * point[0] - rotation[0] * point[2],
            point[2] + rotation[0] * point[1] - rotation[1] * point[0],
        ];
    }

    [Differentiable]
    public static double WeightError(double w) => 1 - w * w;
}

/// <summary>
/// The <c>ba</c> eval's functions: <c>objective</c> (every residual) and <c>jacobian</c>, sparse: each
/// observation's 2×15 block from two reverse sweeps, one per residual, assembled in compressed rows as
/// GradBench's C++ <c>SparseMat</c> (its first 30 entries and last one are the output).
/// </summary>
public sealed class BundleAdjustmentEval : IEval
{
    private const int CameraSize = 11;

    public Evaluation Prepare(string function, JsonElement input, bool multithreaded)
    {
        var problem = new Problem(input);
        return function switch
        {
            "objective" => Evaluation.Of(problem.Objective, WriteObjective),
            "jacobian" => Evaluation.Of(problem.Jacobian, WriteJacobian),
            _ => throw Json.UnknownFunction("ba", function),
        };
    }

    private static JsonNode WriteObjective((double[] Reprojection, double[] Weight) r) => new JsonObject
    {
        ["reproj_error"] = new JsonObject { ["elements"] = Json.Node(r.Reprojection[..2]), ["repeated"] = r.Reprojection.Length / 2 },
        ["w_err"] = new JsonObject { ["element"] = r.Weight[0], ["repeated"] = r.Weight.Length },
    };

    private static JsonNode WriteJacobian(SparseRows j)
    {
        const int shown = 2 * (CameraSize + 4);
        return new JsonObject
        {
            ["rows"] = Ints([.. j.RowStarts[..shown], j.RowStarts[^1]]),
            ["cols"] = Ints([.. j.Columns[..shown], j.Columns[^1]]),
            ["vals"] = Json.Node([.. j.Values[..shown], j.Values[^1]]),
        };
    }

    private static JsonArray Ints(int[] values)
    {
        var array = new JsonArray();
        foreach (int v in values)
        {
            array.Add(v);
        }
        return array;
    }

    /// <summary>A matrix in compressed rows: row r's entries are [RowStarts[r], RowStarts[r + 1]).</summary>
    private sealed record SparseRows(int[] RowStarts, int[] Columns, double[] Values);

    // The input names one camera, point, weight and feature; the eval duplicates them n, m and p times,
    // and observation i sees camera i mod n and point i mod m (GradBench's ba.hpp).
    private sealed class Problem
    {
        private readonly int n, m, p;
        private readonly double[][] cams, points, features;
        private readonly double[] weights;

        public Problem(JsonElement input)
        {
            n = input.GetProperty("n").GetInt32();
            m = input.GetProperty("m").GetInt32();
            p = input.GetProperty("p").GetInt32();
            double[] cam = Json.Vector(input.GetProperty("cam"));
            double[] x = Json.Vector(input.GetProperty("x"));
            double[] feat = Json.Vector(input.GetProperty("feat"));
            double w = input.GetProperty("w").GetDouble();
            cams = Repeat(cam, n);
            points = Repeat(x, m);
            features = Repeat(feat, p);
            weights = Array.ConvertAll(new double[p], _ => w);
        }

        private static double[][] Repeat(double[] row, int count) => Array.ConvertAll(new double[count], _ => (double[])row.Clone());

        public (double[], double[]) Objective()
        {
            var reprojection = new double[2 * p];
            var weight = new double[p];
            for (int i = 0; i < p; i++)
            {
                double[] error = BundleAdjustment.Reprojection(cams[i % n], points[i % m], weights[i], features[i]);
                reprojection[2 * i] = error[0];
                reprojection[2 * i + 1] = error[1];
            }
            for (int i = 0; i < p; i++)
            {
                weight[i] = BundleAdjustment.WeightError(weights[i]);
            }
            return (reprojection, weight);
        }

        public SparseRows Jacobian()
        {
            const int block = CameraSize + 3 + 1;
            var rowStarts = new List<int>(3 * p + 1) { 0 };
            var columns = new List<int>(2 * block * p + p);
            var values = new List<double>(2 * block * p + p);
            var camAdjoint = new double[CameraSize];
            var pointAdjoint = new double[3];
            double[][] seeds = [[1, 0], [0, 1]];
            for (int i = 0; i < p; i++)
            {
                int camera = i % n, point = i % m;
                foreach (double[] seed in seeds)
                {
                    Array.Clear(camAdjoint);
                    Array.Clear(pointAdjoint);
                    double wAdjoint = 0;
                    BundleAdjustment.ReprojectionAdjoint(cams[camera], camAdjoint, points[point], pointAdjoint, weights[i], ref wAdjoint, features[i], seed);
                    rowStarts.Add(rowStarts[^1] + block);
                    for (int k = 0; k < CameraSize; k++)
                    {
                        columns.Add(CameraSize * camera + k);
                        values.Add(camAdjoint[k]);
                    }
                    for (int k = 0; k < 3; k++)
                    {
                        columns.Add(CameraSize * n + 3 * point + k);
                        values.Add(pointAdjoint[k]);
                    }
                    columns.Add(CameraSize * n + 3 * m + i);
                    values.Add(wAdjoint);
                }
            }
            for (int i = 0; i < p; i++)
            {
                double derivative = 0;
                BundleAdjustment.WeightErrorAdjoint(weights[i], ref derivative);
                rowStarts.Add(rowStarts[^1] + 1);
                columns.Add(CameraSize * n + 3 * m + i);
                values.Add(derivative);
            }
            return new SparseRows([.. rowStarts], [.. columns], [.. values]);
        }
    }
}
