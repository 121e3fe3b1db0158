using System;
using System.Linq;
using System.Text.Json;

namespace AutoGrad.GradBench.Evals;

/// <summary>
/// GradBench's <c>lstm</c> (ADBench's, with diagonal weights): l layers of b cells run over a sequence of
/// c one-hot-ish rows; the loss is minus the mean log-likelihood of each next row under the prediction.
/// Layer k's weights are row 2k of <c>main</c> (forget, input, output, change gates, b each) and its biases
/// row 2k + 1; <c>extra</c> holds the input weights, output weights and output biases; <c>state</c> the
/// hidden (row 2k) and cell (row 2k + 1) values each layer starts from.
/// </summary>
public static partial class Lstm
{
    [Differentiable]
    public static double Loss(double[][] main, double[][] extra, [NoDerivative] double[][] state, [NoDerivative] double[][] sequence)
    {
        int layers = main.Length / 2;
        int b = sequence[0].Length;
        var hidden = new double[layers, b];
        var cell = new double[layers, b];
        for (int k = 0; k < layers; k++)
        {
            for (int i = 0; i < b; i++)
            {
                hidden[k, i] = state[2 * k][i];
                cell[k, i] = state[2 * k + 1][i];
            }
        }
        var signal = new double[b];
        var prediction = new double[b];
        double total = 0;
        for (int t = 0; t < sequence.Length - 1; t++)
        {
            for (int i = 0; i < b; i++)
            {
                signal[i] = sequence[t][i] * extra[0][i];
            }
            for (int k = 0; k < layers; k++)
            {
                for (int i = 0; i < b; i++)
                {
                    double forget = Sigmoid(signal[i] * main[2 * k][i] + main[2 * k + 1][i]);
                    double ingate = Sigmoid(hidden[k, i] * main[2 * k][b + i] + main[2 * k + 1][b + i]);
                    double outgate = Sigmoid(signal[i] * main[2 * k][2 * b + i] + main[2 * k + 1][2 * b + i]);
                    double change = Math.Tanh(hidden[k, i] * main[2 * k][3 * b + i] + main[2 * k + 1][3 * b + i]);
                    cell[k, i] = cell[k, i] * forget + ingate * change;
                    hidden[k, i] = outgate * Math.Tanh(cell[k, i]);
                    signal[i] = hidden[k, i];
                }
            }
            double sum = 2;   // ADBench's log-sum-exp adds 2 (its quirk, kept so the value is the eval's)
            for (int i = 0; i < b; i++)
            {
                prediction[i] = signal[i] * extra[1][i] + extra[2][i];
                sum += Math.Exp(prediction[i]);
            }
            double normalizer = Math.Log(sum);
            for (int i = 0; i < b; i++)
            {
                total += sequence[t + 1][i] * (prediction[i] - normalizer);
            }
        }
        return -total / ((sequence.Length - 1) * b);
    }

    [Differentiable]
    public static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));
}

/// <summary>The <c>lstm</c> eval's functions: <c>objective</c> and <c>jacobian</c> (the gradient in main_params then extra_params, rows adjacent).</summary>
public sealed class LstmEval : IEval
{
    public Evaluation Prepare(string function, JsonElement input, bool multithreaded)
    {
        double[][] main = Json.Rows(input.GetProperty("main_params"));
        double[][] extra = Json.Rows(input.GetProperty("extra_params"));
        double[][] state = Json.Rows(input.GetProperty("state"));
        double[][] sequence = Json.Rows(input.GetProperty("sequence"));
        return function switch
        {
            "objective" => Evaluation.Of(() => Lstm.Loss(main, extra, state, sequence), Json.Node),
            "jacobian" => Evaluation.Of(() =>
            {
                double[][] mainGradient = Json.ZerosLike(main);
                double[][] extraGradient = Json.ZerosLike(extra);
                Lstm.LossAdjoint(main, mainGradient, extra, extraGradient, state, sequence);
                return mainGradient.Concat(extraGradient).SelectMany(row => row).ToArray();
            }, Json.Node),
            _ => throw Json.UnknownFunction("lstm", function),
        };
    }
}
