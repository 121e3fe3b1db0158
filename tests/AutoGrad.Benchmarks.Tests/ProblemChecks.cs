using System;
using AutoGrad.Benchmarks.Problems;

namespace AutoGrad.Benchmarks.Tests;

/// <summary>Runs each way of taking a problem's gradient and compares it with the hand-written one.</summary>
internal static class ProblemChecks
{
    /// <summary>Runs <paramref name="method"/> and returns its value and a copy of the gradient it left.</summary>
    public static (double Value, double[] Gradient) Run(GradientProblem problem, Func<double> method)
    {
        // Poison the buffer so a method that forgets to write a component cannot pass on a previous result.
        Array.Fill(problem.Gradient, double.NaN);
        double value = method();
        return (value, (double[])problem.Gradient.Clone());
    }

    /// <summary>Generated adjoint, tape and (when offered) generated tangent all equal the hand-written gradient.</summary>
    public static double[] ExactMethodsAgree(GradientProblem problem, bool hasTangent = true)
    {
        double primal = problem.Primal();
        (double value, double[] reference) = Run(problem, problem.HandWritten);
        GradientAssert.Close(primal, value, GradientAssert.Exact, "hand-written value");

        Check(problem, problem.GeneratedAdjoint, primal, reference, "generated adjoint");
        Check(problem, problem.Tape, primal, reference, "tape");
        if (hasTangent)
        {
            Check(problem, problem.GeneratedTangent, primal, reference, "generated tangent sweeps");
        }
        // A second call must give the same result: adjoints are cleared, pooled buffers and tapes reset.
        Check(problem, problem.GeneratedAdjoint, primal, reference, "generated adjoint, second call");
        Check(problem, problem.Tape, primal, reference, "tape, second call");
        return reference;
    }

    /// <summary>Runs <paramref name="method"/> and compares its value and gradient with the primal's and the reference.</summary>
    public static void Check(GradientProblem problem, Func<double> method, double primal, double[] reference, string what)
    {
        (double value, double[] gradient) = Run(problem, method);
        GradientAssert.Close(primal, value, GradientAssert.Exact, what + " value");
        GradientAssert.Close(reference, gradient, GradientAssert.Exact, what);
    }
}
