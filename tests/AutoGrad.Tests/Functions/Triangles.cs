namespace AutoGrad.Tests.Functions;

/// <summary>
/// ‖L·c‖² with c = 2v − 1 and L lower triangular with a unit diagonal and entries v[row]·c[col] below
/// it, accumulated column by column as ADBench's GMM does: in reverse, each column's adjoint
/// c̄[col] is added into over the rows below it, at one index (see the generator's RegisterAccumulations).
/// </summary>
public static partial class Triangles
{
    [Differentiable]
    public static double SquaredNorm(double[] v)
    {
        int n = v.Length;
        double[] c = new double[n];
        double[] q = new double[n];
        for (int j = 0; j < n; j++)
        {
            c[j] = 2.0 * v[j] - 1.0;
            q[j] = c[j];
        }
        for (int col = 0; col < n; col++)
        {
            for (int row = col + 1; row < n; row++)
            {
                q[row] += v[row] * c[col];
            }
        }
        double sum = 0;
        for (int j = 0; j < n; j++)
        {
            sum += q[j] * q[j];
        }
        return sum;
    }
}
