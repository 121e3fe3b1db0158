using System;
using System.Globalization;
using AutoGrad;
using AutoGrad.Samples.Quickstart;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

Console.WriteLine("AutoGrad quickstart: derivatives generated at compile time");
Console.WriteLine();
Console.WriteLine("  tangent  = FTangent(x, xTangent: 1, ...).Tangent   (forward mode)");
Console.WriteLine("  adjoint  = what FAdjoint(x, ref xAdjoint, ...) adds into xAdjoint   (reverse mode)");
Console.WriteLine("  analytic = the derivative worked out by hand");
Console.WriteLine();

const string Header = "  {0,-12} {1,-14} {2,-6} {3,19} {4,19} {5,19} {6,19}";
Console.WriteLine(Header, "function", "at", "deriv.", "value", "tangent", "adjoint", "analytic");
Console.WriteLine("  " + new string('-', 12 + 1 + 14 + 1 + 6 + 4 * 20));

// f(x, y) = x²y + y + 2 at (3, 4): gradient (2xy, x² + 1) = (24, 10).
{
    double x = 3, y = 4;
    double xAdjoint = 0, yAdjoint = 0;
    double value = Functions.PolyAdjoint(x, ref xAdjoint, y, ref yAdjoint);
    Row("Poly", "(3, 4)", "d/dx", value, Functions.PolyTangent(x, 1, y, 0).Tangent, xAdjoint, 2 * x * y);
    Row("", "", "d/dy", value, Functions.PolyTangent(x, 0, y, 1).Tangent, yAdjoint, x * x + 1);
}

// sin x + cos x: derivative cos x − sin x.
{
    double x = 0.5;
    double xAdjoint = 0;
    double value = Functions.SinPlusCosAdjoint(x, ref xAdjoint);
    Row("SinPlusCos", "0.5", "d/dx", value, Functions.SinPlusCosTangent(x, 1).Tangent, xAdjoint, Math.Cos(x) - Math.Sin(x));
}

// sin(cos(x + 3)) + exp(sin²x): derivative −cos(cos(x + 3))·sin(x + 3) + exp(sin²x)·2 sin x cos x.
{
    double x = 1.3;
    double xAdjoint = 0;
    double value = Functions.NestedAdjoint(x, ref xAdjoint);
    double analytic = -Math.Cos(Math.Cos(x + 3)) * Math.Sin(x + 3)
        + Math.Exp(Math.Sin(x) * Math.Sin(x)) * 2 * Math.Sin(x) * Math.Cos(x);
    Row("Nested", "1.3", "d/dx", value, Functions.NestedTangent(x, 1).Tangent, xAdjoint, analytic);
}

// The Taylor series of sin x, summed until the terms vanish: derivative cos x.
{
    double x = 2.0;
    double xAdjoint = 0;
    double value = Functions.TaylorSinAdjoint(x, ref xAdjoint);
    Row("TaylorSin", "2", "d/dx", value, Functions.TaylorSinTangent(x, 1).Tangent, xAdjoint, Math.Cos(x));
}

// xⁿ by a loop, with n = 5: derivative n·xⁿ⁻¹. The int n has no tangent or adjoint partner.
{
    double x = 1.5;
    int n = 5;
    double xAdjoint = 0;
    double value = Functions.PowerAdjoint(x, ref xAdjoint, n);
    Row("Power", "x=1.5, n=5", "d/dx", value, Functions.PowerTangent(x, 1, n).Tangent, xAdjoint, n * Math.Pow(x, n - 1));
}

Console.WriteLine();
Console.WriteLine("Checking Poly's companions against finite differences at (3, 4):");
Console.WriteLine();

var options = new GradientCheckOptions { VariableNames = new[] { "x", "y" } };

GradientCheckReport gradientReport = GradientCheck.Gradient(
    v => Functions.Poly(v[0], v[1]),
    v =>
    {
        double xAdjoint = 0, yAdjoint = 0;
        Functions.PolyAdjoint(v[0], ref xAdjoint, v[1], ref yAdjoint);
        return new[] { xAdjoint, yAdjoint };
    },
    new[] { 3.0, 4.0 },
    options);
Console.WriteLine(gradientReport);
Console.WriteLine();

GradientCheckReport tangentReport = GradientCheck.Directional(
    v => Functions.Poly(v[0], v[1]),
    (v, d) => Functions.PolyTangent(v[0], d[0], v[1], d[1]).Tangent,
    x: new[] { 3.0, 4.0 },
    direction: new[] { 1.0, -2.0 },
    options);
Console.WriteLine(tangentReport);

return gradientReport.Passed && tangentReport.Passed ? 0 : 1;

static void Row(string function, string at, string derivative, double value, double tangent, double adjoint, double analytic) =>
    Console.WriteLine(Header, function, at, derivative, F(value), F(tangent), F(adjoint), F(analytic));

static string F(double value) => value.ToString("F15", CultureInfo.InvariantCulture);
