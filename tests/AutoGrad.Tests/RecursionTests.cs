using System;
using AutoGrad.Tests.Functions;
using AutoGrad.Tests.Support;
using Xunit;

namespace AutoGrad.Tests;

/// <summary>Methods that call their own companions.</summary>
public sealed class RecursionTests
{
    [Theory]
    [InlineData(1.5, 5)]
    [InlineData(-2.0, 3)]
    [InlineData(0.7, 0)]
    [InlineData(1.1, 20)]
    public void Power_by_recursion_has_derivative_n_x_to_the_n_minus_1(double x, int n)
    {
        var f = new Companions(
            $"Power(n = {n})", 1,
            p => Recursion.Power(p[0], n),
            (p, v) => Recursion.PowerTangent(p[0], v[0], n),
            (p, a, seed) => Recursion.PowerAdjoint(p[0], ref a[0], n, seed));
        Approx.Equal(Math.Pow(x, n), Recursion.Power(x, n), $"{x}^{n}");
        CompanionChecks.AgreeWith(f, new[] { x }, new[] { n == 0 ? 0.0 : n * Math.Pow(x, n - 1) });
    }

    [Theory]
    [InlineData(0.5, 6)]
    [InlineData(-1.3, 4)]
    [InlineData(2.0, 0)]
    [InlineData(0.9, 30)]
    public void Recursive_Horner_has_the_derivative_of_its_polynomial(double x, int degree)
    {
        var f = new Companions(
            $"Horner(degree = {degree})", 1,
            p => Recursion.Horner(p[0], 0, degree),
            (p, v) => Recursion.HornerTangent(p[0], v[0], 0, degree),
            (p, a, seed) => Recursion.HornerAdjoint(p[0], ref a[0], 0, degree, seed));
        // p(x) = Σ (k + 1)·x^k, so p′(x) = Σ k·(k + 1)·x^(k − 1).
        double value = 0;
        double derivative = 0;
        for (int k = 0; k <= degree; k++)
        {
            value += (k + 1) * Math.Pow(x, k);
            derivative += k == 0 ? 0 : k * (k + 1) * Math.Pow(x, k - 1);
        }
        Approx.Equal(value, Recursion.Horner(x, 0, degree), $"p({x})");
        CompanionChecks.AgreeWith(f, new[] { x }, new[] { derivative });
    }
}
