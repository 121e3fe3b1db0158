namespace AutoGrad.Generator.Tests.Fuzz;

/// <summary>
/// Kinks feeding primitives whose derivative is infinite where the kink is flat: Sqrt'(0) = ∞ and
/// Log'(0) = ∞ behind Max, Min, Abs, Clamp or a branch that picks a constant. The derivative there
/// is 0 (the kink holds the value still), and 0·∞ must not become NaN in either mode.
/// </summary>
internal sealed partial class MethodWriter
{
    private string KinkIntoSingular(int depth)
    {
        string value = Double(depth);
        return _random.Next(4) switch
        {
            0 => $"Math.Sqrt(Math.Max({value}, 0.0))",
            1 => $"Math.Log(Math.Abs({value}))",
            2 => $"Math.Sqrt(Math.Min({value}, 0.0) * -1.0)",
            _ => $"Math.Sqrt(Math.Clamp({value}, 0.0, 1.0))",
        };
    }

    /// <summary>
    /// A local that ?: or an if sets to a value or, below a floor, to the floor: 0.0 read by Sqrt, 1.0 by Log
    /// (Log of 0 would only make the result infinite, a point the check skips).
    /// </summary>
    private void KinkLocal()
    {
        string value = Double(1);
        bool sqrt = _random.Chance(0.6);
        string floor = sqrt ? "0.0" : "1.0";
        string kept;
        if (_random.Chance(0.5))
        {
            kept = Declare("z", FuzzType.Double, $"double {{0}} = {value} > {floor} ? {value} : {floor};");
        }
        else
        {
            kept = Declare("z", FuzzType.Double, $"double {{0}} = {floor};");
            Line($"if ({value} > {floor})");
            Open();
            Line($"{kept} = {value};");
            Close();
        }
        MaybeReadAtReturn(Declare("v", FuzzType.Double, $"double {{0}} = Math.{(sqrt ? "Sqrt" : "Log")}({kept});"));
    }
}
