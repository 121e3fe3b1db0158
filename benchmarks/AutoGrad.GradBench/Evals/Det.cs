using System.Text.Json;

namespace AutoGrad.GradBench.Evals;

/// <summary>
/// GradBench's <c>det</c>: the determinant of an ℓ×ℓ matrix (row-major) by expansion in minors, as
/// cmpad's <c>det_by_minor</c>: <c>r</c> and <c>c</c> link each row and column to the next one still in
/// the minor, so removing one is two index writes, undone after the sub-minor.
/// </summary>
public static partial class Det
{
    [Differentiable]
    public static double Determinant(double[] a, int ell)
    {
        var r = new int[ell + 1];
        var c = new int[ell + 1];
        for (int i = 0; i < ell; i++)
        {
            r[i] = i + 1;
            c[i] = i + 1;
        }
        return DetOfMinor(a, ell, ell, r, c);
    }

    [Differentiable]
    public static double DetOfMinor(double[] a, int n, int m, int[] r, int[] c)
    {
        int r0 = r[n];
        int cj = c[n];
        if (m == 1)
        {
            return a[r0 * n + cj];
        }
        double det = 0;
        int sign = 1;
        r[n] = r[r0];
        int previous = n;
        for (int j = 0; j < m; j++)
        {
            double m0j = a[r0 * n + cj];
            c[previous] = c[cj];
            double subDet = DetOfMinor(a, n, m - 1, r, c);
            c[previous] = cj;
            det += sign * m0j * subDet;
            previous = cj;
            cj = c[cj];
            sign = -sign;
        }
        r[n] = r0;
        return det;
    }
}

/// <summary>The <c>det</c> eval's functions: <c>primal</c> and <c>gradient</c>.</summary>
public sealed class DetEval : IEval
{
    public Evaluation Prepare(string function, JsonElement input, bool multithreaded)
    {
        double[] a = Json.Vector(input.GetProperty("A"));
        int ell = input.GetProperty("ell").GetInt32();
        return function switch
        {
            "primal" => Evaluation.Of(() => Det.Determinant(a, ell), Json.Node),
            "gradient" => Evaluation.Of(() => Derivatives.Gradient((p, g, seed) => Det.DeterminantAdjoint(p, g, ell, seed), a), Json.Node),
            _ => throw Json.UnknownFunction("det", function),
        };
    }
}
