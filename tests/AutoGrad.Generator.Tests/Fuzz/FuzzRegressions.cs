using Xunit;

namespace AutoGrad.Generator.Tests.Fuzz;

/// <summary>
/// Generator bugs the fuzz and corpus runs found, each as the smallest source that shows it, judged
/// exactly as the fuzz test judges a case, without its tolerances. All fixed; kept so they stay fixed.
/// </summary>
public sealed class FuzzRegressions
{
    /// <summary>Fuzz: CallCallee wraps a bare element argument as (1.0 * p[i]).</summary>
    [Fact]
    public void Array_element_passed_to_a_differentiable_call_gets_its_adjoint() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double Square(double v) => v * v;

        [Differentiable]
        public static double F(double[] p) => Square(p[0]);
        """);

    [Fact]
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
    [Fact]
    public void Keyword_parameter_names_are_escaped_in_the_companions() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double F(double @class) => @class * @class;
        """);

    /// <summary>Fuzz: no parameter is named seed.</summary>
    [Fact]
    public void A_parameter_named_seed_does_not_clash_with_the_seed_parameter() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double F(double seed) => seed * seed;
        """);

    /// <summary>Fuzz: parameter names end in a digit, so none is another's partner.</summary>
    [Fact]
    public void A_parameter_named_like_a_partner_does_not_clash_with_it() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double F(double x, double xAdjoint) => x * xAdjoint;
        """);

    /// <summary>Fuzz: the callee G is always written from the supported subset and never broken.</summary>
    [Fact]
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

    /// <summary>
    /// Fixed (it once passed only because the judge tolerated the echo): the companions
    /// repeat CS0266. Fuzz: tolerated as an echo (counted apart, cases named in the report) when the error
    /// IDs in the companions are the user's own.
    /// </summary>
    [Fact]
    public void An_ill_typed_body_gets_no_companions_that_repeat_its_errors() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double F(double x)
        {
            int n = Math.Sqrt(x);
            return x * n;
        }
        """);

    /// <summary>Fuzz: each case has one F and one G.</summary>
    [Fact]
    public void Overloads_whose_companions_would_have_the_same_signature_are_diagnosed() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double F(double x, double y) => x * y;

        [Differentiable]
        public static double F([NoDerivative] double a, [NoDerivative] double b, [NoDerivative] double c, [NoDerivative] double d) => a * b * c * d;
        """);

    /// <summary>Fuzz: in a loop, only a top-level array that the final return reads, written with an active term, gets a moving index.</summary>
    [Fact]
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

    /// <summary>
    /// Fixed (it once passed only because the judge tolerated the NaN): the reverse
    /// sweep writes t0Bar += t1Bar / 0.0, and Min's zero adjoint makes that 0 / 0 = NaN.
    /// Fuzz: tolerated (counted apart) where the Adjoint gives NaN and central differences exactly 0.
    /// </summary>
    [Fact]
    public void A_zero_adjoint_through_a_division_by_zero_stays_zero() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double F(double x) => Math.Min(x * x / 0.0, 2.0);
        """);

    /// <summary>Fixed, like the division: t0Bar -= yBar * Math.Truncate(x / t0) is 0·∞ when the divisor is 0.</summary>
    [Fact]
    public void A_zero_adjoint_through_a_remainder_by_zero_stays_zero() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double F(double x)
        {
            double y = x % (x - x);
            return x > 5.0 ? y : 1.0;
        }
        """);

    /// <summary>Fuzz: a plain assignment to a double, and a declaration in a loop, add an active term (+ 0.0 * x).</summary>
    [Fact]
    public void Overwriting_a_variable_with_an_inactive_conditional_clears_its_adjoint() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double F(double x)
        {
            x = x > 1.5 ? 1.0 : 2.0;
            return x * x;
        }
        """);

    /// <summary>Fuzz: an element write whose value is a bare element read is written (1.0 * a[j]) instead.</summary>
    [Fact]
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

    /// <summary>
    /// Fixed. A [CustomDerivative] method whose only hand-written companion is an Adjoint off the contract
    /// (the scalar adjoint not ref) gets neither AG0021 nor AG0020; the caller's companions are generated
    /// anyway and call a GTangent that does not exist and pass ref to GAdjoint's by-value parameter
    /// (CS0117, CS1615 in the generated file). With a hand-written Tangent beside it, AG0021 is reported.
    /// Fuzz: CustomCallees writes the Adjoint without ref only next to a Tangent.
    /// </summary>
    [Fact]
    public void A_lone_custom_Adjoint_with_a_wrong_signature_is_diagnosed() => Repro.AssertJudgedCorrect("""
        [CustomDerivative]
        public static double G(double a) => a * a;

        public static double GAdjoint(double a, double aAdjoint, double seed = 1.0) => a * a;

        [Differentiable]
        public static double F(double x) => G(x);
        """);

    /// <summary>Fixed, the same echo: a body without a return gets companions that repeat CS0161 (fuzz: "truncated before 'return'").</summary>
    [Fact]
    public void A_body_without_a_return_gets_no_companions_that_repeat_its_errors() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double F(double x)
        {
            double v = x * x;
        }
        """);

    /// <summary>Fuzz seed 11, case 398: a second-order method with a jagged input, a clone of a row and a compound division.</summary>
    [Fact]
    public void Hessian_vector_product_through_a_cloned_row_and_a_division() => Repro.AssertJudgedCorrect("""
        [Differentiable(Order = 2)]
        public static double F(double[][] r0, double[] p1, double x2)
        {
            if (0.5 < Math.Atan(x2))
            {
                double[] c0 = (double[])r0[0].Clone();
                x2 /= Math.Atan(Math.Log(0.5 + c0[0] * c0[0]));
            }
            double[] a4 = new double[3];
            for (int i5 = 0; i5 < a4.Length; i5++)
            {
                a4[i5] += Math.Pow(1.0 + (Math.PI - x2) * (Math.PI - x2), i5);
            }
            return a4[a4.Length - 1] + p1[0];
        }
        """);
}
