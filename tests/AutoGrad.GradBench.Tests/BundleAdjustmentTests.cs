using System;
using System.Linq;
using System.Text.Json.Nodes;
using AutoGrad.GradBench.Evals;
using Xunit;

namespace AutoGrad.GradBench.Tests;

/// <summary>ba: residuals against a rotation matrix built directly, the sparse Jacobian against central differences.</summary>
public sealed class BundleAdjustmentTests
{
    private static readonly double[] Cam = [0.3, -0.2, 0.4, 0.1, 0.2, -3.0, 2.0, 0.05, -0.04, 0.01, -0.002];
    private static readonly double[] X = [0.5, -0.3, 1.2];
    private static readonly double[] Feature = [0.2, -0.1];
    private const double W = 0.8;
    private const int P = 12;   // enough rows for the 30 entries the output shows
    private static readonly object Input = new { n = 2, m = 3, p = P, cam = Cam, x = X, w = W, feat = Feature };

    [Fact]
    public void Objective_is_the_weighted_reprojection_error_and_one_minus_w_squared()
    {
        JsonNode output = Inputs.Output(new BundleAdjustmentEval(), "objective", Input);
        Inputs.Close(DirectReprojection(Cam, X, W), Inputs.Vector(output["reproj_error"]!["elements"]), "w·(π(X) − feature)");
        Assert.Equal(P, output["reproj_error"]!["repeated"]!.GetValue<int>());
        Inputs.Close(1 - W * W, output["w_err"]!["element"]!.GetValue<double>(), "1 − w²");
        Assert.Equal(P, output["w_err"]!["repeated"]!.GetValue<int>());
    }

    [Fact]
    public void Jacobian_blocks_match_central_differences_in_GradBench_sparse_layout()
    {
        JsonNode output = Inputs.Output(new BundleAdjustmentEval(), "jacobian", Input);
        int[] rows = output["rows"]!.AsArray().Select(v => v!.GetValue<int>()).ToArray();
        int[] cols = output["cols"]!.AsArray().Select(v => v!.GetValue<int>()).ToArray();
        double[] vals = Inputs.Vector(output["vals"]);

        // Observation 0 sees camera 0 and point 0: its two rows hold 11 camera, 3 point and 1 weight columns.
        int[] columns = [.. Enumerable.Range(0, 11), .. Enumerable.Range(2 * 11, 3), 2 * 11 + 3 * 3 + 0];
        Assert.Equal([.. columns, .. columns, 2 * 11 + 3 * 3 + P - 1], cols);
        Assert.Equal(Enumerable.Range(0, 30).Select(r => r <= 2 * P ? 15 * r : 15 * 2 * P + r - 2 * P).ToArray(), rows[..30]);
        Assert.Equal(2 * 15 * P + P, rows[^1]);

        double[] all = [.. Cam, .. X, W];
        for (int row = 0; row < 2; row++)
        {
            int r = row;
            Inputs.MatchesDifferences(v => DirectReprojection(v[..11], v[11..14], v[14])[r], all, vals[(15 * row)..(15 * row + 15)]);
        }
        Inputs.Close(-2 * W, vals[^1], "d(1 − w²)/dw");
    }

    [Fact]
    public void Multithreaded_answers_are_the_serial_ones()
    {
        foreach (string function in new[] { "objective", "jacobian" })
        {
            Assert.Equal(
                Inputs.Output(new BundleAdjustmentEval(), function, Input).ToJsonString(),
                Inputs.Output(new BundleAdjustmentEval(), function, Input, multithreaded: true).ToJsonString());
        }
    }

    // π with the rotation as a matrix, R = I + sin θ K + (1 − cos θ) K², K the cross-product matrix of r/θ.
    private static double[] DirectReprojection(double[] cam, double[] x, double w)
    {
        double theta = Math.Sqrt(cam[0] * cam[0] + cam[1] * cam[1] + cam[2] * cam[2]);
        double k0 = cam[0] / theta, k1 = cam[1] / theta, k2 = cam[2] / theta;
        double[,] k = { { 0, -k2, k1 }, { k2, 0, -k0 }, { -k1, k0, 0 } };
        double[] c = [x[0] - cam[3], x[1] - cam[4], x[2] - cam[5]];
        var rotated = new double[3];
        for (int i = 0; i < 3; i++)
        {
            double kc = 0, kkc = 0;
            for (int j = 0; j < 3; j++)
            {
                kc += k[i, j] * c[j];
                for (int l = 0; l < 3; l++)
                {
                    kkc += k[i, j] * k[j, l] * c[l];
                }
            }
            rotated[i] = c[i] + Math.Sin(theta) * kc + (1 - Math.Cos(theta)) * kkc;
        }
        double u = rotated[0] / rotated[2], v = rotated[1] / rotated[2];
        double r2 = u * u + v * v;
        double distortion = 1 + cam[9] * r2 + cam[10] * r2 * r2;
        return [w * (cam[6] * distortion * u + cam[7] - Feature[0]), w * (cam[6] * distortion * v + cam[8] - Feature[1])];
    }
}
