using System.Globalization;

namespace AutoGrad.Generator.Ir;

/// <summary>C# spelling of constant values that round-trips exactly.</summary>
internal static class LiteralText
{
    public static string Of(double value)
    {
        if (double.IsNaN(value))
        {
            return "double.NaN";
        }
        if (double.IsPositiveInfinity(value))
        {
            return "double.PositiveInfinity";
        }
        if (double.IsNegativeInfinity(value))
        {
            return "double.NegativeInfinity";
        }
        string text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.IndexOfAny(new[] { '.', 'E', 'e' }) >= 0 ? text : text + ".0";
    }
}
