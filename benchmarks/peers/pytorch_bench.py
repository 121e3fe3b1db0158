#!/usr/bin/env python3
"""PyTorch peer for AutoGrad.Benchmarks: the same problems at the same sizes, timed on the CPU.

Optional: ordinary builds and CI never run it. Needs Python 3.9+ and PyTorch (`pip install torch`).

    python3 benchmarks/peers/pytorch_bench.py [--quick] [--out DIR]

Settings match the C# side: float64 everywhere and one thread (torch.set_num_threads(1)), so the
comparison is per core. Each problem is timed for the primal (under torch.no_grad()) and the gradient
(reverse-mode autograd: forward with requires_grad, then backward). Results go to DIR (default:
BenchmarkDotNet.Artifacts/results, beside BenchmarkDotNet's reports) as pytorch-report.md and .json.

The data are not bit-identical to the C# runs (different random generators) but have the same shapes
and scales: the timings are comparable, the values are not.
"""

import argparse
import datetime
import json
import math
import os
import platform
import statistics
import time

import torch
import torch.nn.functional as F

torch.set_num_threads(1)
torch.set_default_dtype(torch.float64)


def timed(fn, min_seconds):
    """Median seconds per call over repeated batches, after a warm-up call."""
    fn()
    calls, start = 0, time.perf_counter()
    while time.perf_counter() - start < min_seconds / 10 or calls < 1:
        fn()
        calls += 1
    per_batch = max(1, calls)
    samples = []
    deadline = time.perf_counter() + min_seconds
    while time.perf_counter() < deadline or len(samples) < 3:
        t0 = time.perf_counter()
        for _ in range(per_batch):
            fn()
        samples.append((time.perf_counter() - t0) / per_batch)
    return statistics.median(samples)


# 1. Extended Rosenbrock: sum over pairs of (1 - x[2i])^2 + 100 (x[2i+1] - x[2i]^2)^2.
def rosenbrock(x):
    even, odd = x[0::2], x[1::2]
    return ((1 - even) ** 2 + 100 * (odd - even * even) ** 2).sum()


def rosenbrock_cases(n):
    x0 = torch.tensor([-1.2, 1.0] * (n // 2))

    def primal():
        with torch.no_grad():
            return rosenbrock(x0)

    def gradient():
        x = x0.clone().requires_grad_(True)
        rosenbrock(x).backward()
        return x.grad

    return primal, gradient


# 2. Two-layer MLP: 100 features, 128 tanh hidden, 10 classes, batch 64, mean softmax cross-entropy,
#    every parameter in one flat vector laid out as in Classifier.cs (W1 rows, b1, W2 rows, b2).
FEATURES, HIDDEN, CLASSES, BATCH = 100, 128, 10, 64
W1, B1 = 0, HIDDEN * FEATURES
W2 = B1 + HIDDEN
B2 = W2 + CLASSES * HIDDEN
PARAMETERS = B2 + CLASSES


def mlp_loss(theta, inputs, labels):
    w1 = theta[W1:B1].view(HIDDEN, FEATURES)
    b1 = theta[B1:W2]
    w2 = theta[W2:B2].view(CLASSES, HIDDEN)
    b2 = theta[B2:PARAMETERS]
    hidden = torch.tanh(inputs @ w1.T + b1)
    return F.cross_entropy(hidden @ w2.T + b2, labels)


def mlp_cases():
    generator = torch.Generator().manual_seed(7)
    theta0 = torch.empty(PARAMETERS)
    theta0[W1:B1] = (torch.rand(HIDDEN * FEATURES, generator=generator) * 2 - 1) / math.sqrt(FEATURES)
    theta0[B1:W2] = (torch.rand(HIDDEN, generator=generator) * 2 - 1) * 0.1
    theta0[W2:B2] = (torch.rand(CLASSES * HIDDEN, generator=generator) * 2 - 1) / math.sqrt(HIDDEN)
    theta0[B2:PARAMETERS] = (torch.rand(CLASSES, generator=generator) * 2 - 1) * 0.1
    inputs = torch.rand(BATCH, FEATURES, generator=generator) * 2 - 1
    labels = torch.randint(0, CLASSES, (BATCH,), generator=generator)

    def primal():
        with torch.no_grad():
            return mlp_loss(theta0, inputs, labels)

    def gradient():
        theta = theta0.clone().requires_grad_(True)
        mlp_loss(theta, inputs, labels).backward()
        return theta.grad

    return primal, gradient


# 3. Black-Scholes call price; the gradient with respect to S, K, T, r and sigma.
def call_price(spot, strike, time_, rate, volatility):
    deviation = volatility * torch.sqrt(time_)
    d1 = (torch.log(spot / strike) + (rate + 0.5 * volatility * volatility) * time_) / deviation
    d2 = d1 - deviation
    return spot * torch.special.ndtr(d1) - strike * torch.exp(-rate * time_) * torch.special.ndtr(d2)


BLACK_SCHOLES_POINT = (100.0, 105.0, 0.75, 0.03, 0.25)


def black_scholes_cases():
    point = [torch.tensor(value) for value in BLACK_SCHOLES_POINT]

    def primal():
        with torch.no_grad():
            return call_price(*point)

    def gradient():
        inputs = [value.clone().requires_grad_(True) for value in point]
        return torch.autograd.grad(call_price(*inputs), inputs)

    return primal, gradient


# 4. Lotka-Volterra, 10,000 RK4 steps over 10 time units; cost = squared distance of the final state
#    from (10, 5); the gradient with respect to (x0, y0, alpha, beta, delta, gamma).
LOTKA_VOLTERRA_POINT = (10.0, 5.0, 1.5, 1.0, 1.0, 3.0)
STEPS = 10_000


def final_cost(x, y, alpha, beta, delta, gamma, steps=STEPS):
    h = 10.0 / steps

    def f(px, py):
        return alpha * px - beta * px * py, delta * px * py - gamma * py

    for _ in range(steps):
        k1x, k1y = f(x, y)
        k2x, k2y = f(x + 0.5 * h * k1x, y + 0.5 * h * k1y)
        k3x, k3y = f(x + 0.5 * h * k2x, y + 0.5 * h * k2y)
        k4x, k4y = f(x + h * k3x, y + h * k3y)
        x = x + h / 6 * (k1x + 2 * k2x + 2 * k3x + k4x)
        y = y + h / 6 * (k1y + 2 * k2y + 2 * k3y + k4y)
    return (x - 10) ** 2 + (y - 5) ** 2


def lotka_volterra_cases():
    point = [torch.tensor(value) for value in LOTKA_VOLTERRA_POINT]

    def primal():
        with torch.no_grad():
            return final_cost(*point)

    def gradient():
        inputs = [value.clone().requires_grad_(True) for value in point]
        return torch.autograd.grad(final_cost(*inputs), inputs)

    return primal, gradient


# 5. ADBench's GMM objective (d = 10, k = 25, n = 1,000), written as ADBench's PyTorch version writes it:
#    vectorized over points and components. Data drawn as ADBench's generator draws them (alpha, icf and
#    the points standard normal, the means uniform in [0, 1), gamma = 1, m = 0). The constant terms, which
#    depend on no parameter, are left out: they change neither the gradient nor the time.
GMM_D, GMM_K, GMM_N = 10, 25, 1_000


def lower_triangle_indices(d):
    """Rows and columns of Q's strictly lower triangle in icf's order: column by column."""
    pairs = [(row, column) for column in range(d) for row in range(column + 1, d)]
    return torch.tensor([r for r, _ in pairs]), torch.tensor([c for _, c in pairs])


def gmm_objective(alphas, means, icf, x, gamma=1.0, m=0):
    n, d = x.shape
    rows, columns = lower_triangle_indices(d)
    q = icf[:, :d]
    lower = icf[:, d:]
    sum_qs = q.sum(1)
    q_diagonals = torch.exp(q)
    triangle = torch.zeros(alphas.shape[0], d, d, dtype=icf.dtype)
    triangle[:, rows, columns] = lower
    centered = x.unsqueeze(1) - means.unsqueeze(0)                      # n × k × d
    q_centered = q_diagonals * centered + torch.einsum("krc,nkc->nkr", triangle, centered)
    main_terms = alphas + sum_qs - 0.5 * (q_centered * q_centered).sum(2)
    prior = 0.5 * gamma * gamma * ((q_diagonals * q_diagonals).sum() + (lower * lower).sum()) - m * sum_qs.sum()
    return torch.logsumexp(main_terms, 1).sum() - n * torch.logsumexp(alphas, 0) + prior


def gmm_objective_loops(alphas, means, icf, x, gamma=1.0, m=0):
    """The C# loops (GaussianMixture.Objective without its constant), for check() only."""
    n, d = x.shape
    k = alphas.shape[0]
    total = 0.0
    for i in range(n):
        terms = []
        for c in range(k):
            centered = [x[i, j].item() - means[c, j].item() for j in range(d)]
            z = [math.exp(icf[c, j].item()) * centered[j] for j in range(d)]
            entry = d
            for column in range(d):
                for row in range(column + 1, d):
                    z[row] += icf[c, entry].item() * centered[column]
                    entry += 1
            terms.append(alphas[c].item() + icf[c, :d].sum().item() - 0.5 * sum(v * v for v in z))
        total += math.log(sum(math.exp(t) for t in terms))
    frobenius = sum(math.exp(2 * icf[c, j].item()) for c in range(k) for j in range(d)) + (icf[:, d:] ** 2).sum().item()
    prior = 0.5 * gamma * gamma * frobenius - m * icf[:, :d].sum().item()
    return total - n * math.log(sum(math.exp(a.item()) for a in alphas)) + prior


def gmm_data(d, k, n, seed=31337):
    generator = torch.Generator().manual_seed(seed)
    alphas = torch.randn(k, generator=generator)
    means = torch.rand(k, d, generator=generator)
    icf = torch.randn(k, d * (d + 1) // 2, generator=generator)
    x = torch.randn(n, d, generator=generator)
    return alphas, means, icf, x


def gmm_cases():
    alphas0, means0, icf0, x = gmm_data(GMM_D, GMM_K, GMM_N)

    def primal():
        with torch.no_grad():
            return gmm_objective(alphas0, means0, icf0, x)

    def gradient():
        inputs = [value.clone().requires_grad_(True) for value in (alphas0, means0, icf0)]
        return torch.autograd.grad(gmm_objective(*inputs, x), inputs)

    return primal, gradient


def check():
    """Guards against a mistyped problem: known gradients, computed independently."""
    x = torch.tensor([-1.2, 1.0]).requires_grad_(True)
    rosenbrock(x).backward()
    assert torch.allclose(x.grad, torch.tensor([-215.6, -88.0])), x.grad
    delta = black_scholes_cases()[1]()[0]
    spot, strike, time_, rate, volatility = BLACK_SCHOLES_POINT
    d1 = (math.log(spot / strike) + (rate + 0.5 * volatility**2) * time_) / (volatility * math.sqrt(time_))
    assert abs(delta.item() - 0.5 * (1 + math.erf(d1 / math.sqrt(2)))) < 1e-12, delta
    small = gmm_data(3, 2, 4, seed=5)
    vectorized, loops = gmm_objective(*small).item(), gmm_objective_loops(*small)
    assert abs(vectorized - loops) < 1e-10 * max(1.0, abs(loops)), (vectorized, loops)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="time each case for 0.2 s instead of 2 s")
    parser.add_argument("--out", default=os.path.join("BenchmarkDotNet.Artifacts", "results"))
    args = parser.parse_args()
    seconds = 0.2 if args.quick else 2.0
    check()

    problems = [(f"Rosenbrock n={n:,}", *rosenbrock_cases(n)) for n in (10, 1_000, 1_000_000)]
    problems += [
        ("MLP 64x100-128-10", *mlp_cases()),
        ("Black-Scholes", *black_scholes_cases()),
        ("RK4 Lotka-Volterra, 10,000 steps", *lotka_volterra_cases()),
        ("GMM d=10, k=25, n=1,000", *gmm_cases()),
    ]
    rows = []
    for name, primal, gradient in problems:
        primal_seconds = timed(primal, seconds)
        gradient_seconds = timed(gradient, seconds)
        rows.append({
            "problem": name,
            "primal_us": primal_seconds * 1e6,
            "gradient_us": gradient_seconds * 1e6,
            "gradient_over_primal": gradient_seconds / primal_seconds,
        })
        print(f"{name}: primal {primal_seconds * 1e6:,.2f} us, gradient {gradient_seconds * 1e6:,.2f} us")

    meta = {
        "date": datetime.datetime.now().isoformat(timespec="seconds"),
        "machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} logical cores",
        "python": platform.python_version(),
        "torch": torch.__version__,
        "threads": torch.get_num_threads(),
        "dtype": "float64",
        "quick": args.quick,
    }
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "pytorch-report.json"), "w", encoding="utf-8") as file:
        json.dump({"meta": meta, "results": rows}, file, indent=2)
    with open(os.path.join(args.out, "pytorch-report.md"), "w", encoding="utf-8") as file:
        file.write("# PyTorch peer\n\n")
        file.write(", ".join(f"{key}: {value}" for key, value in meta.items()) + "\n\n")
        file.write("| Problem | Primal (us) | Gradient (us) | Gradient / primal |\n|---|---:|---:|---:|\n")
        for row in rows:
            file.write(f"| {row['problem']} | {row['primal_us']:,.2f} | {row['gradient_us']:,.2f} | {row['gradient_over_primal']:.2f} |\n")
    print(f"Wrote {args.out}/pytorch-report.md and .json")


if __name__ == "__main__":
    main()
