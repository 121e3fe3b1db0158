using System;
using AutoGrad.Benchmarks.Tape;

namespace AutoGrad.Benchmarks.Problems.Mlp;

/// <summary><see cref="Classifier.Loss"/> over <see cref="Var"/>, line for line.</summary>
public static class ClassifierOnTape
{
    public static Var Loss(Var[] theta, double[] inputs, int[] labels, Var[] hidden, Var[] logits)
    {
        const int Features = Classifier.Features, Hidden = Classifier.Hidden, Classes = Classifier.Classes;
        Var total = 0;
        for (int s = 0; s < labels.Length; s++)
        {
            for (int j = 0; j < Hidden; j++)
            {
                Var preActivation = theta[Classifier.B1 + j];
                for (int k = 0; k < Features; k++)
                {
                    preActivation += theta[Classifier.W1 + Features * j + k] * inputs[Features * s + k];
                }
                hidden[j] = Var.Tanh(preActivation);
            }
            for (int c = 0; c < Classes; c++)
            {
                Var logit = theta[Classifier.B2 + c];
                for (int j = 0; j < Hidden; j++)
                {
                    logit += theta[Classifier.W2 + Hidden * c + j] * hidden[j];
                }
                logits[c] = logit;
            }
            Var largest = logits[0];
            for (int c = 1; c < Classes; c++)
            {
                largest = Var.Max(largest, logits[c]);
            }
            Var sum = 0;
            for (int c = 0; c < Classes; c++)
            {
                sum += Var.Exp(logits[c] - largest);
            }
            total += largest + Var.Log(sum) - logits[labels[s]];
        }
        return total / labels.Length;
    }
}
