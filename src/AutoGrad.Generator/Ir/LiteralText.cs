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

    /// <summary>The value <paramref name="text"/> spells, if it is a number of a numeric type.</summary>
    public static double? Number(string text, IrType type) => text switch
    {
        _ when type.Kind is not (ValueKind.Double or ValueKind.Int or ValueKind.Long) => null,
        "double.NaN" => double.NaN,
        "double.PositiveInfinity" => double.PositiveInfinity,
        "double.NegativeInfinity" => double.NegativeInfinity,
        _ => double.TryParse(text.TrimEnd('L', 'l'), NumberStyles.Float, CultureInfo.InvariantCulture, out double value) ? value : null,
    };

    /// <summary>The value <paramref name="text"/> spells, if it is an <c>int</c> or <c>long</c> literal.</summary>
    public static long? Integer(string text, IrType type) =>
        type.Kind is ValueKind.Int or ValueKind.Long && long.TryParse(text.TrimEnd('L', 'l'), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value)
            ? value
            : null;
}
