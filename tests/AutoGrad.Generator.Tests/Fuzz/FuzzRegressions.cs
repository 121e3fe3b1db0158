using Xunit;

namespace AutoGrad.Generator.Tests.Fuzz;

/// <summary>
/// Generator bugs the fuzz and corpus runs found, each as the smallest source that shows it, judged
/// exactly as the fuzz test judges a case (<see cref="Repro"/>). All fixed but those marked Skip (with
/// the reason); kept so they stay fixed.
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
    /// Fixed: the companions repeated CS0266. The fuzz once tolerated such an echo of the user's own errors; no longer.
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
    /// Fixed: the reverse sweep wrote t0Bar += t1Bar / 0.0, and Min's zero adjoint made that 0 / 0 = NaN. The fuzz
    /// once tolerated NaN in the Adjoint; under the strict judge the Tangent's NaN (∞·0 through x * x / 0.0) failed
    /// it too, until the zero rule on main.
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

    /// <summary>
    /// Fuzz seed 20240611, case 60: a [NoDerivative] double overwritten with a value that has a derivative
    /// (x1 = x1 - x2) carries it from there on. The Adjoint added it into an 'aAdjoint' that does not exist
    /// (CS0103), and the Tangent dropped it.
    /// </summary>
    [Fact]
    public void A_NoDerivative_double_overwritten_with_an_active_value_carries_its_derivative() => Repro.AssertJudgedCorrect("""
        [Differentiable(Order = 2)]
        public static double F([NoDerivative] double a, double x)
        {
            a -= x * x;
            return a * x;
        }
        """);

    /// <summary>
    /// Found beside the one above: an element of a [NoDerivative] input array overwritten with a value that
    /// has a derivative. The companions added into a 'pAdjoint' that did not exist (CS0103); the array has
    /// no adjoint, so this is now AG0001 at the assignment.
    /// </summary>
    [Fact]
    public void A_NoDerivative_array_written_with_an_active_value_gets_companions_that_compile_or_a_diagnostic() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double F([NoDerivative] double[] p, double x)
        {
            p[0] = p[0] * x;
            return p[0] * x;
        }
        """, new ExpectedDiagnostic("AG0001", "p[0] = p[0] * x", "[NoDerivative]"));

    /// <summary>
    /// Fuzz seed 20240611, case 173: an argument of GTangent in parentheses, (-2.0), was read as no argument
    /// at all (C# binds no operation for parentheses), and the derivative rejected as not passing every argument.
    /// </summary>
    [Fact]
    public void A_derivative_with_an_argument_in_parentheses_is_differentiated() => Repro.AssertJudgedCorrect("""
        [Differentiable(Order = 2)]
        public static double G(double x) => x * x * Math.Sin(x);

        [Differentiable]
        public static double F(double x) => GTangent((x - 1.0), (2.0 * x)).Tangent;
        """, derivativesOf: "G");

    /// <summary>
    /// Fuzz seed 20240611, cases 519, 791, 997: GTangentTangent(…).Tangent.Tangent was rejected as reading
    /// a field of an unsupported type, not as the call of a second-order companion it is.
    /// </summary>
    [Fact]
    public void A_part_of_a_second_order_companion_is_diagnosed_as_a_companion_call() => Repro.AssertJudgedCorrect("""
        [Differentiable(Order = 2)]
        public static double G(double x) => Math.Tanh(x);

        [Differentiable]
        public static double F(double x) => GTangentTangent(x, 1.0, 1.0, 0.0).Tangent.Tangent;
        """, CompositionMisuse.SecondOrderCall.Diagnostic("GTangentTangent(x, 1.0, 1.0, 0.0).Tangent.Tangent"));

    /// <summary>Fuzz (misuse: CustomCallee): a derivative of a [CustomDerivative] method was rejected as reading a field of an unsupported type.</summary>
    [Fact]
    public void A_derivative_of_a_custom_derivative_method_is_diagnosed_as_such() => Repro.AssertJudgedCorrect("""
        [CustomDerivative]
        public static double G(double x) => x switch { _ => x * x };

        public static double GAdjoint(double x, ref double xAdjoint, double seed = 1.0)
        {
            xAdjoint += seed * 2.0 * x;
            return x * x;
        }

        [Differentiable]
        public static double F(double x) => 2.0 * GTangent(x, 1.0).Tangent;
        """, CompositionMisuse.CustomCallee.Diagnostic("GTangent(x, 1.0).Tangent"));

    /// <summary>
    /// Fuzz (misuse: AdjointCall): GAdjoint(…); as a statement got a second AG0001 at the same call,
    /// advising to assign its result to a local, which would be as wrong.
    /// </summary>
    [Fact]
    public void A_companion_called_as_a_statement_gets_one_diagnostic() => Repro.AssertJudgedCorrect("""
        [Differentiable(Order = 2)]
        public static double G(double a, double b) => a * Math.Sin(b);

        [Differentiable]
        public static double F(double x)
        {
            double ga = 0.0, gb = 0.0;
            GAdjoint(x, ref ga, x * x, ref gb, 2.0);
            return x + ga * gb;
        }
        """, CompositionMisuse.AdjointCall.Diagnostic("GAdjoint(x, ref ga, x * x, ref gb, 2.0)"));

    /// <summary>
    /// Fuzz seed 3, case 1880: a value with a derivative passed for a [NoDerivative] parameter of a
    /// [Differentiable] callee (plain or through GTangent) lost that derivative without a word.
    /// </summary>
    [Fact]
    public void A_value_with_a_derivative_passed_for_a_NoDerivative_parameter_is_diagnosed() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double G(double x, [NoDerivative] double c) => x * c;

        [Differentiable]
        public static double F(double x) => G(2.0, x * x);
        """, new ExpectedDiagnostic("AG0001", "x * x", "[NoDerivative] c"));

    [Fact]
    public void A_value_with_a_derivative_passed_for_a_NoDerivative_array_of_a_derivative_is_diagnosed() => Repro.AssertJudgedCorrect("""
        [Differentiable(Order = 2)]
        public static double G(double x, [NoDerivative] double[] c) => x * x * c[0];

        [Differentiable]
        public static double F(double[] p) => GTangent(1.5, 1.0, p).Tangent;
        """, new ExpectedDiagnostic("AG0001", "p", "[NoDerivative] c"));

    /// <summary>
    /// Fuzz seed 2, case 2189: a row of a jagged input passed to a second-order callee. Its Adjoint adds into
    /// rAdjoint[0], which did not count as an output, so FAdjointTangent passed the callee no seed tangent.
    /// </summary>
    [Fact]
    public void Hessian_vector_product_through_a_callee_fed_a_row_of_a_jagged_input() => Repro.AssertJudgedCorrect("""
        [Differentiable(Order = 2)]
        public static double G(double[] p) => Math.Atan(p[0]);

        [Differentiable(Order = 2)]
        public static double F(double[][] r) => G(r[0]);
        """);

    /// <summary>
    /// Fuzz (a run heavy on Order = 2 callees, seed 201, case 1595): v = x / 0 is ∞, whose tangent is ∞ too;
    /// Atan2(0.5, v)'s partial there is 0, and the forward rule multiplied them (∞·0 = NaN) where it guarded only
    /// a zero tangent. So GAdjointTangent's H·v was NaN where central differences of the gradient give 0, and
    /// the Tangent NaN where the Adjoint gives 0. Fixed on main (the zero rule); the fuzz once counted it.
    /// </summary>
    [Fact]
    public void A_Hessian_vector_product_through_an_infinite_intermediate_is_not_NaN() => Repro.AssertJudgedCorrect("""
        [Differentiable(Order = 2)]
        public static double G(double x)
        {
            double v = x / 0.0;
            return Math.Atan2(0.5, v) * (x + 1.0);
        }
        """);

    /// <summary>Fuzz (the strict judge and the grammar of an array-valued callee): an element of a call's array result got tangent 0.</summary>
    [Fact]
    public void An_element_of_an_array_valued_call_gets_its_derivative() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double[] Twice(double[] w)
        {
            double[] y = new double[w.Length];
            for (int i = 0; i < y.Length; i++)
            {
                y[i] = 2.0 * w[i] * w[i];
            }
            return y;
        }

        [Differentiable]
        public static double F(double[] w) => Twice(w)[0] + Twice(w)[Twice(w).Length - 1];
        """);

    /// <summary>
    /// Fuzz (kinks into singular primitives; seed 20240611, cases 284, 417): Sqrt'(0) = ∞ times Max's 0 for the flat side gave NaN in
    /// the Adjoint at v &lt; 0, 0 in the Tangent. With v the only input the Adjoint runs forward and gets 0: w makes it reverse.
    /// </summary>
    [Fact]
    public void The_square_root_of_a_Max_with_zero_has_derivative_zero_where_it_is_flat() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double F(double v, double w) => Math.Sqrt(Math.Max(v, 0.0)) + w;
        """);

    /// <summary>The same through Clamp's flat sides (fuzz seed 20240611, case 387).</summary>
    [Fact]
    public void The_square_root_of_a_Clamp_has_derivative_zero_where_it_is_flat() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double F(double v, double w) => Math.Sqrt(Math.Clamp(v, 0.0, 1.0)) + w;
        """);

    /// <summary>
    /// Fuzz (ints around loops; seed 20240611, cases 467, 477, 513, 764): the one-pass reverse of a loop summing into
    /// total ran before int n = p.Length was set, so the gradient was divided by 0.
    /// </summary>
    [Fact]
    public void A_mean_over_a_loop_divided_by_a_length_set_before_it_gets_its_gradient() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double F(double[] p)
        {
            int n = p.Length;
            double total = 0.0;
            for (int i = 0; i < p.Length; i++)
            {
                total += p[i] * p[i];
            }
            return total / n;
        }
        """);

    /// <summary>Fuzz (an enum parameter): the enum constant was emitted as an int, and mode == 1 does not compile (CS0019).</summary>
    [Fact]
    public void An_enum_parameter_compared_with_a_constant_compiles() => Repro.AssertJudgedCorrect("""
        public enum Mode { A, B }

        [Differentiable]
        public static double F(double x, Mode mode) => mode == Mode.B ? x * x : x;
        """);

    /// <summary>Fuzz seed 1, cases 674, 1002, 1029, 1328, 1857: the same int for an enum constant passed to a differentiable callee (CS1503).</summary>
    [Fact]
    public void An_enum_constant_passed_to_a_differentiable_callee_compiles() => Repro.AssertJudgedCorrect("""
        public enum Mode { A, B }

        [Differentiable]
        public static double G(Mode mode, double x) => x * x;

        [Differentiable]
        public static double F(double x) => G(Mode.B, x);
        """);

    /// <summary>Fuzz seed 20240611, case 27 (seed 1, cases 1079, 1697): GTangent with an enum constant among its arguments was rejected (AG0001).</summary>
    [Fact]
    public void A_derivative_with_an_enum_argument_is_differentiated() => Repro.AssertJudgedCorrect("""
        public enum Mode { A, B }

        [Differentiable(Order = 2)]
        public static double G(Mode mode, double x) => x * x * x;

        [Differentiable]
        public static double F(double x) => GTangent(Mode.B, x, 1.0).Tangent;
        """, derivativesOf: "G");

    /// <summary>Fuzz (const locals; the unsupported-construct "const" too): the companions declared the const as an unused local (CS0219).</summary>
    [Fact]
    public void An_unused_const_local_leaves_no_warning_in_the_companions() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double F(double x)
        {
            const double g = 9.81;
            return x * x;
        }
        """);

    /// <summary>Fuzz seed 20240611, cases 186, 368: the same warning for a const local the method reads (the companions read its literal).</summary>
    [Fact]
    public void A_const_local_that_is_read_leaves_no_warning_in_the_companions() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double F(double x)
        {
            const double g = 9.81;
            return g * x * x;
        }
        """);

    /// <summary>Fuzz (an element of a choice between arrays; seed 20240611, cases 201, 234, 270, 898): the element got no adjoint.</summary>
    [Fact]
    public void An_element_of_a_choice_between_arrays_gets_its_gradient() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double F(double[] p, double[] q, double x) => (x > 0.5 ? p : q)[0];
        """);

    /// <summary>
    /// Fuzz (warnings in generated code; seed 20240611 and seed 1, some 90 of each 1000 cases): a ?: whose condition is a constant
    /// becomes if (false) in the companions, and the branch never taken is unreachable code (CS0162). The user's ?: gets no warning.
    /// </summary>
    [Fact]
    public void A_conditional_with_a_constant_condition_leaves_no_unreachable_code_in_the_companions() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double F(double x) => 1.0 > 2.0 ? x * x : x;
        """);

    /// <summary>Fuzz (warnings in generated code; seed 20240611, cases 2, 65, 100, …): a continue last in a loop's body leaves the flag it lowers to unread (CS0219).</summary>
    [Fact]
    public void A_continue_at_the_end_of_a_loop_body_leaves_no_unused_flag_in_the_companions() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double F(double x)
        {
            for (int i = 0; i < 2; i++)
            {
                x = x * x;
                if (x > 1.0) continue;
            }
            return x;
        }
        """);

    /// <summary>
    /// Fuzz seed 20240611, case 496: x / a[0] with a[0] = 0 is ∞, and along a direction in which x does not move its
    /// tangent is 0 / 0 = NaN, where the Adjoint gives 0. The README says a partial that can be infinite is skipped
    /// when the direction is 0.
    /// </summary>
    [Fact]
    public void A_zero_tangent_divided_by_a_zero_element_stays_zero() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double F(double x, double y)
        {
            double[] a = new double[1];
            return Math.Atan(x / a[0]) + y;
        }
        """);

    /// <summary>
    /// Fuzz seed 20240611, cases 909, 980: Max (or Min) of one variable twice is written v2 > v2 ? … in the
    /// companions' partials (CS1718), where the user's Math.Max(v2, v2) draws no warning.
    /// </summary>
    [Fact]
    public void A_Max_of_a_variable_with_itself_leaves_no_self_comparison_in_the_companions() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double F(double x) => Math.Max(x, x) * x;
        """);

    /// <summary>
    /// Fuzz seed 2, case 279: x / (x - x) is ±∞ and Pow(∞, -1) is 0, so the method is finite; its Adjoint (a function
    /// of one scalar, run forward with the reverse sweep as fallback) returns NaN as the value.
    /// </summary>
    [Fact]
    public void The_Adjoint_through_an_infinite_intermediate_returns_the_primals_value() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double F(double x)
        {
            x /= (x - x);
            return Math.Sin(Math.Pow(x + 3.0, -1.0));
        }
        """);

    /// <summary>
    /// Fuzz seed 1, cases 565, 1236 (seed 2, case 613; seed 3, case 1101): an element that is NaN and never read by the
    /// result; with seed 0 the Adjoint makes x's adjoint NaN (0·NaN), along direction 0 the Tangent gives 0.
    /// </summary>
    [Fact]
    public void A_zero_seed_past_an_unread_NaN_element_agrees_with_a_zero_direction() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double F(double x, double y)
        {
            double[] a = new double[4];
            a[1] -= Math.Tanh(Math.Sqrt(x - 10.0));
            return Math.Min(-x, y) + a[3];
        }
        """);

    /// <summary>
    /// Fuzz seed 1, case 17: Atan2's partials at the origin are 0 / 0. With x - x = 0 the Adjoint multiplies the seed by
    /// them and gets NaN; the Tangent's direction along x - x is exactly 0 and it gets 0, as central differences do.
    /// </summary>
    [Fact]
    public void Atan2_at_the_origin_of_a_value_that_cannot_move_has_derivative_zero() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double F(double x, double y) => Math.Atan2(0.0, x - x) + y;
        """);

    /// <summary>
    /// Fuzz seeds 2 to 4 at 2,500 cases (1322, 1539, 1579, 1168, 2218, 1807; seed 3, 810: !(k != (int)k)): a constant condition folded away leaves
    /// x &lt; x, (double)k &gt; (double)k, Math.PI &lt;= 0.0 or 1.0 + 4.0 * 4.0 == 0.0 in the companions, which C# warns
    /// about (CS1718) or finds constant (CS0162) where the user's code draws no warning.
    /// </summary>
    [Fact]
    public void Conditions_left_constant_by_folding_leave_no_warning_in_the_companions() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double F(double x, double[] p, int k)
        {
            double s = x;
            if ((3.0 < 1e-3 ? x : x) <= x) s = s * x;
            if (k > (0 == 2 ? x : k)) s = s + x;
            if ((0 != (int)0.0 ? x : Math.PI) <= (double)0) s = s * 2.0;
            if (!(k != (int)k) ? x > 1.0 : x < 0.0) s = s - x;
            return s + Math.Pow(1.0 + (1e-3 <= 0.5 ? 4.0 : p[0]) * (1e-3 <= 0.5 ? 4.0 : p[0]), x);
        }
        """);

    /// <summary>
    /// Fuzz seed 20240611, case 636: x1 *= 1.5 / 0.0 makes the tangent of x1 infinite (0 along any other input);
    /// the result c / x1 is 0 there, with derivative 0, which forward mode must give too, not 0·∞ = NaN.
    /// </summary>
    [Fact]
    public void An_infinite_literal_factor_follows_the_zero_rule_in_forward_mode() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double F(double x0, double x1)
        {
            x1 *= ((1.5 / 0.0) / 2.0);
            x0 = Math.Cos(x0);
            return Math.Tanh(1.0) / x1 + 0.0 * x0;
        }
        """);

    /// <summary>
    /// Fuzz seed 7, case 449: an element of a call already diagnosed (an Order = 1 G in an Order = 2 F) was an
    /// element of the placeholder 0.0, whose missing element type crashed the check for calls without a derivative (AG0099).
    /// </summary>
    [Fact]
    public void An_element_of_a_diagnosed_call_is_diagnosed_not_a_crash() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double[] G(double x)
        {
            double[] r = new double[1];
            r[0] = x * x;
            return r;
        }

        [Differentiable(Order = 2)]
        public static double F(double x)
        {
            double v = G(x)[0];
            return Math.Round(v) + x * x;
        }
        """);

    /// <summary>
    /// Fuzz seed 4, case 486: x / x is 1 with derivative 0, and √ at 0 downstream sends back an infinite adjoint, which
    /// reaches x along both operands of the division: ∞ − ∞ = NaN in reverse mode, where forward mode cancels the
    /// directions first (ẋ − ẋ = 0) and gets 0. No rule about single products mends a sum of infinities.
    /// </summary>
    [Fact]
    public void Infinite_adjoints_that_cancel_along_two_paths_agree_with_forward_mode() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double F(double x0, double[,] m1)
        {
            double v0 = x0;
            x0 /= v0;
            double[] a1 = new double[m1.GetLength(0)];
            for (int i2 = 0; i2 < a1.Length; i2++)
            {
                a1[i2]++;
            }
            return Math.Sqrt(Math.Min((Math.Abs(x0) + (-a1.Length)), 0.0) * -1.0) + 0.75 * a1[a1.Length - 1];
        }
        """);

    /// <summary>
    /// Fuzz seed 20240611, case 995: a throw expression hoisted out of a comparison left <c>(double)n &lt; n</c>, which
    /// C# warns about (CS1718); a comparison sees through a lossless conversion of an integer to the same variable.
    /// </summary>
    [Fact]
    public void A_comparison_of_an_integer_with_its_own_conversion_is_folded() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double F(double x, int n)
        {
            if ((double)n < (double.IsFinite(1.5) ? n : throw new ArithmeticException("not finite")))
            {
                x = x * 2.0;
            }
            return x * x;
        }
        """);

    /// <summary>
    /// Fuzz seed 1, case 991: the condition is constant once its throw is hoisted, so the branch it takes ends the
    /// method, and the return after the if was unreachable in the companions (CS0162).
    /// </summary>
    [Fact]
    public void Code_after_a_branch_that_a_folded_condition_always_takes_and_leaves_is_dropped() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double F(double x)
        {
            if (1.75 < (double.IsFinite(1.5) ? 0.0 : throw new ArithmeticException("not finite")))
            {
                x = x * 2.0;
            }
            else
            {
                return x * x;
            }
            return x;
        }
        """);

    /// <summary>Fuzz seed 1, case 716: a long compared with a double literal (2L &lt; 2.0) is folded as C# folds it (CS0162).</summary>
    [Fact]
    public void Literals_of_mixed_kinds_are_compared_as_CSharp_compares_them() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double F(double x)
        {
            if ((double.IsFinite(0.75) ? 2L : throw new ArithmeticException("not finite")) < (double)2)
            {
                x = x * 3.0;
            }
            return x * x;
        }
        """);

    /// <summary>
    /// Fuzz seed 1, case 1358: a switch arm reading a local typed by a companion's result made an error the
    /// companion stubs did not explain, so the method got neither companions nor a diagnostic.
    /// </summary>
    [Fact]
    public void A_switch_arm_reading_a_derivative_used_as_a_value_is_differentiated() => Repro.AssertJudgedCorrect("""
        [Differentiable(Order = 2)]
        public static double G(double a, double b) => a * b * b;

        [Differentiable]
        public static double F(double x, double y)
        {
            var d = GTangent(x, 1.0, y, 0.0).Tangent;
            d -= G(x, y switch { < 0.0 => 2.0, _ => d });
            return d;
        }
        """);

    /// <summary>
    /// CI fuzz seed, case 245, once unreachable statements were dropped: an array local only they used stayed
    /// declared (CS0219), and a one-input Adjoint kept a reverse sweep nothing called (CS8321).
    /// </summary>
    [Fact]
    public void Locals_and_fallbacks_only_unreachable_code_used_are_dropped() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double F(double x)
        {
            if (4.0 >= Math.PI) return x * x;
            double[] a = new double[1];
            a[0] = Math.Sqrt(x);
            return a[0];
        }
        """);

    /// <summary>
    /// Fuzz seed 3, case 745: the tail of a one-pass loop adds into an element whose position it computes itself
    /// (k = n + 1 after the loop); its reverse, run before the loops, read k as 0 and sent the adjoint to r[0].
    /// </summary>
    [Fact]
    public void A_fused_tail_does_not_address_an_element_by_a_value_it_computes_later() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double F(double x, double[] r)
        {
            int n = r.Length;
            double sum = 0.0;
            for (int i = 0; i < r.Length; i++)
            {
                sum += x * r[i];
            }
            int k = n + 1;
            return 0.5 * sum + r[k % r.Length];
        }
        """);

    /// <summary>Fuzz seed 4, case 548: an element of a call's result in an interpolation hole printed global::…, whose ':' C# read as the format.</summary>
    [Fact]
    public void An_element_of_a_call_logged_in_an_interpolated_string_keeps_its_parentheses() => Repro.AssertJudgedCorrect("""
        public static double[] G(int n) => new double[n + 1];

        [Differentiable]
        public static double F(double x)
        {
            System.IO.TextWriter.Null.WriteLine($"step: {G(3)[0]:F3} {G(2)[1],8}");
            return x * x;
        }
        """);

    /// <summary>Fuzz seed 20240611, case 973: a constant switch folded to its int arm, h.Length / n, divided as ints where C# had converted the arm to double.</summary>
    [Fact]
    public void An_int_arm_of_a_folded_switch_divides_as_a_double() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double F(double x, double[] h)
        {
            int n = h.Length + 2;
            return x * ((1e-3 switch { < 1.0 => h.Length, _ => -Math.PI }) / n);
        }
        """);

    /// <summary>Tuples: the int elements of a deconstructed tuple literal, divided after it, are converted where C# converts them.</summary>
    [Fact]
    public void Int_elements_deconstructed_into_doubles_divide_as_doubles() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double F(double x, double[] h)
        {
            (double a, double b) = (h.Length, 3);
            int n = 2;
            return x * (a / n) + b / 2;
        }
        """);

    /// <summary>
    /// Fuzz (seed 2, case 350, once Array methods joined the grammar): Atan2's partials were NaN where an argument is
    /// infinite (∞/∞), though their limits are 0, and Atan2 is not marked as having unbounded partials, so the zero rule
    /// did not guard them: the Tangent along a direction gave NaN where the Adjoint gave 0. Now they are 0 there.
    /// </summary>
    [Fact]
    public void Atan2_of_an_infinite_argument_agrees_in_both_modes() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double F(int n0, double[,] m1)
        {
            double[] a0 = new double[1];
            double v1 = m1.GetLength(0);
            return Math.Atan2(1e-3 / a0[n0 % a0.Length], v1 + m1[0, 0]);
        }
        """);

    /// <summary>
    /// Fuzz (seed 3, case 130): Array.Fill of a double[] with an int value stored ints, so the reverse sweep recorded the
    /// overwritten doubles on the stack of ints (CS1503). The value is converted to the element type first.
    /// </summary>
    [Fact]
    public void Filling_a_double_array_with_an_int_records_doubles() => Repro.AssertJudgedCorrect("""
        [Differentiable]
        public static double F(double x)
        {
            double[] h = { x, 2 * x, 3 * x };
            for (int i = 0; i < 2; i++)
            {
                Array.Fill(h, h.Length, 1, 2);
                x = Math.Tanh(x);
            }
            return h[0] * x + h[2];
        }
        """);
}
