namespace AutoGrad;

// The shapes of the companions the generator writes for methods of one double[] parameter, so a
// method group converts directly: Derivatives.Gradient(Model.FAdjoint, x). A companion's default
// seed does not get in the way; the delegate simply always passes one.

/// <summary>
/// The reverse-mode companion of a scalar function of one array, <c>double F(double[] x)</c>: the
/// generated <c>FAdjoint(double[] x, double[] xAdjoint, double seed = 1.0)</c>.
/// </summary>
/// <param name="x">The point.</param>
/// <param name="xAdjoint">As long as <paramref name="x"/>; receives <c>seed · ∇F(x)</c>, added to what it holds.</param>
/// <param name="seed">The factor applied to the gradient (1 for the plain gradient).</param>
/// <returns><c>F(x)</c>.</returns>
public delegate double ScalarAdjoint(double[] x, double[] xAdjoint, double seed);

/// <summary>
/// The forward-mode companion of a scalar function of one array, <c>double F(double[] x)</c>: the
/// generated <c>FTangent(double[] x, double[] xTangent)</c>.
/// </summary>
/// <param name="x">The point.</param>
/// <param name="xTangent">The direction, as long as <paramref name="x"/>.</param>
/// <returns><c>F(x)</c> and the directional derivative <c>∇F(x) · xTangent</c>.</returns>
public delegate (double Value, double Tangent) ScalarTangent(double[] x, double[] xTangent);

/// <summary>
/// The reverse-mode companion of a vector function of one array, <c>double[] G(double[] x)</c>: the
/// generated <c>GAdjoint(double[] x, double[] xAdjoint, double[] seed)</c>.
/// </summary>
/// <param name="x">The point.</param>
/// <param name="xAdjoint">As long as <paramref name="x"/>; receives <c>Jᵀ·seed</c>, added to what it holds.</param>
/// <param name="seed">As long as the output: the weights of the outputs (a unit vector selects one row of J).</param>
/// <returns><c>G(x)</c>.</returns>
public delegate double[] VectorAdjoint(double[] x, double[] xAdjoint, double[] seed);

/// <summary>
/// The forward-mode companion of a vector function of one array, <c>double[] G(double[] x)</c>: the
/// generated <c>GTangent(double[] x, double[] xTangent)</c>.
/// </summary>
/// <param name="x">The point.</param>
/// <param name="xTangent">The direction, as long as <paramref name="x"/>.</param>
/// <returns><c>G(x)</c> and the Jacobian-vector product <c>J·xTangent</c>, as two arrays of the output's length.</returns>
public delegate (double[] Value, double[] Tangent) VectorTangent(double[] x, double[] xTangent);

/// <summary>
/// The second-order companion of a scalar function of one array, <c>double F(double[] x)</c> marked
/// <c>[Differentiable(Order = 2)]</c>: the generated <c>FAdjointTangent</c>, the forward-mode
/// derivative of <c>FAdjoint</c> (forward over reverse).
/// </summary>
/// <param name="x">The point.</param>
/// <param name="xTangent">The direction v, as long as <paramref name="x"/>.</param>
/// <param name="xAdjoint">As long as <paramref name="x"/>; receives <c>seed · ∇F(x)</c>, added to what it holds.</param>
/// <param name="xAdjointTangent">
/// As long as <paramref name="x"/>; receives the derivative of the gradient along v, that is
/// <c>seed · H·v + seedTangent · ∇F(x)</c>, added to what it holds.
/// </param>
/// <param name="seed">The factor applied to the gradient (1 for the plain gradient).</param>
/// <param name="seedTangent">The tangent of the seed (0 for the plain Hessian-vector product).</param>
/// <returns><c>F(x)</c> and the directional derivative <c>∇F(x) · v</c>.</returns>
public delegate (double Value, double Tangent) ScalarAdjointTangent(
    double[] x, double[] xTangent, double[] xAdjoint, double[] xAdjointTangent, double seed, double seedTangent);
