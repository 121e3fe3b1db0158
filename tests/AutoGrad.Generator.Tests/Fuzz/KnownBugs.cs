using Xunit;

namespace AutoGrad.Generator.Tests.Fuzz;

/// <summary>
/// Generator bugs the fuzz and corpus runs found, each as the smallest source that shows it, judged
/// exactly as the fuzz test judges a case. Skipped until the generator is fixed (another branch owns
/// it); the fuzz generator avoids each pattern meanwhile, as noted on the test. Un-skip to check a fix.
/// </summary>
public sealed class KnownBugs
{
    /// <summary>Fuzz: CallCallee wraps a bare element argument as (1.0 * p[i]).</summary>
    [Fact(Skip = "generator bug: an array element passed straight to a [Differentiable] call gets ref unusedAdjoint in the Adjoint, so its gradient is lost (Tangent is right)")]
    public void Array_element_passed_to_a_differentiable_call_gets_its_adjoint() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double Square(double v) => v * v;

        [Differentiable]
        public static double F(double[] p) => Square(p[0]);
        """);

    [Fact(Skip = "generator bug: a local array element passed straight to a [Differentiable] call loses its adjoint, so the gradient through it is 0")]
    public void Local_array_element_passed_to_a_differentiable_call_gets_its_adjoint() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double Square(double v) => v * v;

        [Differentiable]
        public static double F(double x)
        {
            double[] a = new double[1];
            a[0] = x;
            return Square(a[0]);
        }
        """);

    /// <summary>Fuzz: parameter names are x0, n1, p2, ….</summary>
    [Fact(Skip = "generator bug: a parameter named @class is printed as class (and classTangent is fine), so the companions do not parse")]
    public void Keyword_parameter_names_are_escaped_in_the_companions() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double F(double @class) => @class * @class;
        """);

    /// <summary>Fuzz: no parameter is named seed.</summary>
    [Fact(Skip = "generator bug: FAdjoint(double seed, ref double seedAdjoint, double seed = 1.0): CS0100 duplicate parameter")]
    public void A_parameter_named_seed_does_not_clash_with_the_seed_parameter() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double F(double seed) => seed * seed;
        """);

    /// <summary>Fuzz: parameter names end in a digit, so none is another's partner.</summary>
    [Fact(Skip = "generator bug: F(x, xAdjoint) gives FAdjoint(x, ref xAdjoint, xAdjoint, ref xAdjointAdjoint): CS0100 duplicate parameter")]
    public void A_parameter_named_like_a_partner_does_not_clash_with_it() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double F(double x, double xAdjoint) => x * xAdjoint;
        """);

    /// <summary>Fuzz: the callee G is always written from the supported subset and never broken.</summary>
    [Fact(Skip = "generator bug: G gets AG0001 and no companions, yet F gets companions that call GTangent/GAdjoint: CS0117 on top of the AG error")]
    public void A_caller_of_a_diagnosed_method_gets_no_companions_that_call_missing_ones() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double G(double x)
        {
            goto done;
            done:
            return x;
        }

        [Differentiable]
        public static double F(double x) => G(x) * 2.0;
        """);

    /// <summary>Fuzz: tolerated as an echo (counted apart) when the error IDs in the companions are the user's own.</summary>
    [Fact(Skip = "generator bug: only syntax errors stop the generator; a body with a type error gets companions that repeat the error (CS0266 twice more)")]
    public void An_ill_typed_body_gets_no_companions_that_repeat_its_errors() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double F(double x)
        {
            int n = Math.Sqrt(x);
            return x * n;
        }
        """);

    /// <summary>Fuzz: each case has one F and one G.</summary>
    [Fact(Skip = "generator bug: both overloads get FTangent(double, double, double, double): CS0111, no AG diagnostic")]
    public void Overloads_whose_companions_would_have_the_same_signature_are_diagnosed() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double F(double x, double y) => x * y;

        [Differentiable]
        public static double F([NoDerivative] double a, [NoDerivative] double b, [NoDerivative] double c, [NoDerivative] double d) => a * b * c * d;
        """);

    /// <summary>Fuzz: in a loop, only a top-level array that the final return reads, written with an active term, gets a moving index.</summary>
    [Fact(Skip = "generator bug: the reverse sweep restores a[i] = recordedDoubles.Pop() with i at its final value (a.Length): IndexOutOfRangeException from FAdjoint")]
    public void An_inactive_local_array_filled_in_a_loop_does_not_break_the_Adjoint() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double F(double x)
        {
            double[] a = new double[2];
            for (int i = 0; i < a.Length; i++)
            {
                a[i] = 1.0;
            }
            return x * a[0];
        }
        """);

    /// <summary>Fuzz: tolerated (counted apart) where the Adjoint gives NaN and central differences exactly 0.</summary>
    [Fact(Skip = "generator bug: xBar += tBar / 0.0 with tBar = 0 (Min took 2.0) gives NaN; the reverse rule of / lacks the zero-adjoint guard Atan2 has")]
    public void A_zero_adjoint_through_a_division_by_zero_stays_zero() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double F(double x) => Math.Min(x * x / 0.0, 2.0);
        """);

    [Fact(Skip = "generator bug: the partial of x % 0 in its divisor is -trunc(x / 0) = ∞, times a zero adjoint (branch not taken) gives NaN")]
    public void A_zero_adjoint_through_a_remainder_by_zero_stays_zero() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double F(double x)
        {
            double y = x % (x - x);
            return x > 5.0 ? y : 1.0;
        }
        """);

    /// <summary>Fuzz: a plain assignment to a double, and a declaration in a loop, add an active term (+ 0.0 * x).</summary>
    [Fact(Skip = "generator bug: x = c ? 1.0 : 2.0 overwrites x with an inactive value, but the reverse sweep does not clear xBar there, so ∂F/∂x comes out 2x instead of 0 (the Tangent is right)")]
    public void Overwriting_a_variable_with_an_inactive_conditional_clears_its_adjoint() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double F(double x)
        {
            x = x > 1.5 ? 1.0 : 2.0;
            return x * x;
        }
        """);

    /// <summary>Fuzz: an element write whose value is a bare element read is written (1.0 * a[j]) instead.</summary>
    [Fact(Skip = "generator bug: after a loop of a[i] += p[0] * x, the copy a[0] = a[a.Length - 1] gets a wrong adjoint: the Adjoint disagrees with the Tangent and with finite differences")]
    public void Copying_one_element_into_another_after_a_loop_keeps_the_gradient() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double F(double x, double[] p)
        {
            double[] a = new double[2];
            for (int i = 0; i < a.Length; i++)
            {
                a[i] += p[0] * x;
            }
            a[0] = a[a.Length - 1];
            return a[0] * x;
        }
        """);
}
