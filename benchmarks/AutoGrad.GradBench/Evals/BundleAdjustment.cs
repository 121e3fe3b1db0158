using System;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

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
/// GradBench's C++ <c>SparseMat</c> (its first 30 entries and last one are the output); with
/// <c>--multithreaded</c>, observations are filled on several threads (each block has a fixed place).
/// </summary>
public sealed class BundleAdjustmentEval : IEval
{
    private const int CameraSize = 11;

    public Evaluation Prepare(string function, JsonElement input, bool multithreaded)
    {
        var problem = new Problem(input);
        return function switch
        {
            "objective" => Evaluation.Of(() => problem.Objective(multithreaded), WriteObjective),
            "jacobian" => Evaluation.Of(() => problem.Jacobian(multithreaded), WriteJacobian),
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

        public (double[], double[]) Objective(bool multithreaded)
        {
            var reprojection = new double[2 * p];
            var weight = new double[p];
            if (multithreaded)
            {
                Parallel.For(0, p, i => Residual(i, reprojection));
            }
            else
            {
                for (int i = 0; i < p; i++)
                {
                    Residual(i, reprojection);
                }
            }
            for (int i = 0; i < p; i++)
            {
                weight[i] = BundleAdjustment.WeightError(weights[i]);
            }
            return (reprojection, weight);
        }

        private void Residual(int i, double[] reprojection)
        {
            double[] error = BundleAdjustment.Reprojection(cams[i % n], points[i % m], weights[i], features[i]);
            reprojection[2 * i] = error[0];
            reprojection[2 * i + 1] = error[1];
        }

        // Every observation's two rows have 15 entries and every weight's row one, so each block has a
        // fixed place in the arrays: observations can be filled in any order, or on several threads.
        public SparseRows Jacobian(bool multithreaded)
        {
            const int block = CameraSize + 3 + 1;
            var rowStarts = new int[3 * p + 1];
            for (int r = 1; r < rowStarts.Length; r++)
            {
                rowStarts[r] = r <= 2 * p ? block * r : 2 * p * block + (r - 2 * p);
            }
            var columns = new int[2 * block * p + p];
            var values = new double[columns.Length];
            if (multithreaded)
            {
                Parallel.For(0, p, () => new Buffers(), (i, _, buffers) =>
                {
                    FillObservation(i, buffers, columns, values);
                    return buffers;
                }, _ => { });
            }
            else
            {
                var buffers = new Buffers();
                for (int i = 0; i < p; i++)
                {
                    FillObservation(i, buffers, columns, values);
                }
            }
            for (int i = 0; i < p; i++)
            {
                int at = 2 * block * p + i;
                double derivative = 0;
                BundleAdjustment.WeightErrorAdjoint(weights[i], ref derivative);
                columns[at] = CameraSize * n + 3 * m + i;
                values[at] = derivative;
            }
            return new SparseRows(rowStarts, columns, values);
        }

        // Row r of observation i's block: one reverse sweep seeded with the r-th unit vector.
        private void FillObservation(int i, Buffers buffers, int[] columns, double[] values)
        {
            int camera = i % n, point = i % m;
            int at = 2 * (CameraSize + 3 + 1) * i;
            foreach (double[] seed in Buffers.Seeds)
            {
                Array.Clear(buffers.Camera);
                Array.Clear(buffers.Point);
                double wAdjoint = 0;
                BundleAdjustment.ReprojectionAdjoint(cams[camera], buffers.Camera, points[point], buffers.Point, weights[i], ref wAdjoint, features[i], seed);
                for (int k = 0; k < CameraSize; k++, at++)
                {
                    columns[at] = CameraSize * camera + k;
                    values[at] = buffers.Camera[k];
                }
                for (int k = 0; k < 3; k++, at++)
                {
                    columns[at] = CameraSize * n + 3 * point + k;
                    values[at] = buffers.Point[k];
                }
                columns[at] = CameraSize * n + 3 * m + i;
                values[at] = wAdjoint;
                at++;
            }
        }

        private sealed class Buffers
        {
            public static readonly double[][] Seeds = [[1, 0], [0, 1]];
            public readonly double[] Camera = new double[CameraSize];
            public readonly double[] Point = new double[3];
        }
    }
}
