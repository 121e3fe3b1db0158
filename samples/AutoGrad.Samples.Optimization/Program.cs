using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using AutoGrad.Optimization;

namespace AutoGrad.Samples.Optimization;

/// <summary>
/// Gradient descent, Adam and L-BFGS on classic test functions, each from several starts: a table
/// of iterations, final loss, distance to the optimum and time, and one SVG chart per function of
/// the loss above the minimum against the iteration (both on log scales).
/// </summary>
public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out);

    public static int Run(string[] args, TextWriter output)
    {
        SampleArguments arguments = SampleArguments.Parse(args, "optimization");
        int maxIterations = arguments.Quick ? 5_000 : 100_000;
        int startsPerProblem = arguments.Quick ? 1 : 3;

        output.WriteLine(Invariant($"{"function",-15} {"start",-13} {"method",-14} {"iterations",10} {"evals",7} {"f − f*",10} {"distance",9} {"ms",7}  stop"));
        output.WriteLine(new string('-', 103));
        var charts = new List<string>();
        int lbfgsMisses = 0;
        foreach (Problem problem in Problem.All)
        {
            var chart = new SvgLineChart($"{problem.Name}: loss above the minimum, from ({Format(problem.Starts[0])})", "iteration + 1", "f(x) − f*")
            {
                LogX = true,
                LogY = true,
            };
            for (int s = 0; s < startsPerProblem; s++)
            {
                double[] start = problem.Starts[s];
                foreach ((string method, OptimizerOptions options) in Methods(problem, maxIterations))
                {
                    var clock = Stopwatch.StartNew();
                    OptimizationResult result = Optimizer.Minimize(problem.ScalarAdjoint, start, options with { RecordTrajectory = s == 0 });
                    double milliseconds = clock.Elapsed.TotalMilliseconds;
                    double distance = problem.Distance(result.Minimizer);
                    output.WriteLine(Invariant(
                        $"{problem.Name,-15} {"(" + Format(start) + ")",-13} {method,-14} {result.Iterations,10} {result.Evaluations,7} {result.Value - problem.MinimumValue,10:E2} {distance,9:E2} {milliseconds,7:F1}  {result.StopReason}"));
                    if (method == "L-BFGS" && distance > 1e-6)
                    {
                        lbfgsMisses++;
                    }
                    if (result.Trajectory is { } trajectory)
                    {
                        var iterations = new double[trajectory.Values.Count];
                        var excess = new double[trajectory.Values.Count];
                        for (int k = 0; k < iterations.Length; k++)
                        {
                            iterations[k] = k + 1;
                            // Rounding can put f a hair below f*; such points are dropped from the log plot.
                            excess[k] = trajectory.Values[k] - problem.MinimumValue;
                        }
                        chart.Add(method, iterations, excess);
                    }
                }
            }
            string path = arguments.OutputFile(problem.FileName + ".svg");
            chart.Save(path);
            charts.Add(path);
        }

        output.WriteLine();
        output.WriteLine("distance: Euclidean distance from the result to the known minimizer. Runs that stop at a");
        output.WriteLine("different local minimum, run away, or overflow (NonFinite) are part of the comparison.");
        output.WriteLine("Charts (loss above the minimum against iteration, from each function's first start):");
        foreach (string path in charts)
        {
            output.WriteLine("  " + path);
        }
        if (lbfgsMisses > 0)
        {
            output.WriteLine(Invariant($"FAILED: L-BFGS missed the minimum by more than 1e-6 in {lbfgsMisses} run(s)"));
            return 1;
        }
        return 0;
    }

    private static IEnumerable<(string Name, OptimizerOptions Options)> Methods(Problem problem, int maxIterations)
    {
        yield return ("GD", new GradientDescentOptions { LearningRate = problem.DescentRate, MaxIterations = maxIterations });
        yield return ("GD + Nesterov", new GradientDescentOptions { LearningRate = problem.DescentRate, Momentum = 0.9, Nesterov = true, MaxIterations = maxIterations });
        yield return ("Adam", new AdamOptions { LearningRate = 1e-2, MaxIterations = maxIterations });
        yield return ("L-BFGS", new LbfgsOptions());
    }

    private static string Format(double[] point) => Invariant($"{point[0]:G3}, {point[1]:G3}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
