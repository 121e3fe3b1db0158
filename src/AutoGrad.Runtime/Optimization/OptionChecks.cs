using System;
using System.Globalization;

namespace AutoGrad.Optimization;

// Option setters validate at the line that sets a bad value, so the exception points at the
// mistake rather than at a later Minimize call. Messages name the option and the value.
internal static class OptionChecks
{
    public static double PositiveFinite(double value, string name)
    {
        if (!(value > 0) || double.IsInfinity(value))
        {
            throw Fail(name, value, "must be positive and finite");
        }
        return value;
    }

    public static double NonNegativeFinite(double value, string name)
    {
        if (!(value >= 0) || double.IsInfinity(value))
        {
            throw Fail(name, value, "must be zero or positive, and finite");
        }
        return value;
    }

    public static double UnitInterval(double value, string name)
    {
        if (!(value >= 0 && value < 1))
        {
            throw Fail(name, value, "must be at least 0 and less than 1");
        }
        return value;
    }

    public static int Positive(int value, string name)
    {
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be at least 1, but was {value}.");
        }
        return value;
    }

    private static ArgumentOutOfRangeException Fail(string name, double value, string rule) =>
        new(name, value, $"{name} {rule}, but was {value.ToString("R", CultureInfo.InvariantCulture)}.");
}
