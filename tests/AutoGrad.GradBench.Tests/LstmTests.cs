using System;
using System.Linq;
using AutoGrad.GradBench.Evals;
using Xunit;

namespace AutoGrad.GradBench.Tests;

/// <summary>lstm (no data set ships with GradBench): the loss against ADBench's flat-layout loop, the gradient against central differences.</summary>
public sealed class LstmTests
{
    private const int Layers = 2, B = 4, C = 5;
    private readonly double[][] main, extra, state, sequence;

    public LstmTests()
    {
        var random = new Random(17);
        main = Inputs.Rows(random, 2 * Layers, 4 * B, 0, 1);
        extra = Inputs.Rows(random, 3, B, 0, 1);
        state = Inputs.Rows(random, 2 * Layers, B, 0, 1);
        sequence = Enumerable.Range(0, C).Select(_ => Enumerable.Range(0, B).Select(_ => random.NextDouble() < 0.4 ? 1.0 : 0.0).ToArray()).ToArray();
    }

    [Fact]
    public void Objective_is_ADBench_loss_over_its_flat_parameter_layout()
    {
        object input = new { main_params = main, extra_params = extra, state, sequence };
        Inputs.Close(FlatLoss(Inputs.Flat(main), Inputs.Flat(extra)), Inputs.Run<double>(new LstmEval(), "objective", input), "loss");
    }

    [Fact]
    public void Jacobian_matches_central_differences()
    {
        object input = new { main_params = main, extra_params = extra, state, sequence };
        double[] gradient = Inputs.Run<double[]>(new LstmEval(), "jacobian", input);
        int split = 2 * Layers * 4 * B;
        Inputs.MatchesDifferences(p => FlatLoss(p[..split], p[split..]), Inputs.Flat(Inputs.Flat(main), Inputs.Flat(extra)), gradient);
    }

    // ADBench's lstm_objective over flat arrays: layer k's parameters at 8bk (weights, then biases), its state at 2bk.
    private double FlatLoss(double[] p, double[] e)
    {
        double[] s = Inputs.Flat(state);
        double total = 0;
        for (int t = 0; t < C - 1; t++)
        {
            double[] layerInput = sequence[t].Select((v, i) => v * e[i]).ToArray();
            for (int k = 0; k < Layers; k++)
            {
                int w = 8 * B * k, bias = w + 4 * B, h = 2 * B * k, c = h + B;
                for (int i = 0; i < B; i++)
                {
                    double f = 1 / (1 + Math.Exp(-(layerInput[i] * p[w + i] + p[bias + i])));
                    double g = 1 / (1 + Math.Exp(-(s[h + i] * p[w + B + i] + p[bias + B + i])));
                    double o = 1 / (1 + Math.Exp(-(layerInput[i] * p[w + 2 * B + i] + p[bias + 2 * B + i])));
                    double change = Math.Tanh(s[h + i] * p[w + 3 * B + i] + p[bias + 3 * B + i]);
                    s[c + i] = s[c + i] * f + g * change;
                    s[h + i] = o * Math.Tanh(s[c + i]);
                }
                layerInput = s[h..(h + B)];
            }
            double[] prediction = layerInput.Select((v, i) => v * e[B + i] + e[2 * B + i]).ToArray();
            double lse = Math.Log(prediction.Sum(Math.Exp) + 2);
            total += sequence[t + 1].Select((gold, i) => gold * (prediction[i] - lse)).Sum();
        }
        return -total / ((C - 1) * B);
    }
}
