using System.Collections.Generic;
using System.Linq;

namespace AutoGrad.Generator.Tests.Fuzz;

/// <summary>
/// Constants that are not double literals: const locals (used or not), the case's const fields, long,
/// char and float literals in double expressions, and the values of the case's Mode enum.
/// </summary>
internal sealed partial class MethodWriter
{
    /// <summary>0.1f is not 0.1 as a double: a companion must read the literal as the primal does.</summary>
    private static readonly string[] OtherLiterals = { "2L", "('c' - 'a')", "('a' / 64.0)", "1.5f", "0.1f" };

    /// <summary>A const local: a double, read like any double (or never); a long or a char, read in double expressions only.</summary>
    private void ConstLocal()
    {
        switch (_random.Next(3))
        {
            case 0:
                Declare("g", FuzzType.Double, "const double {0} = 9.81;", writable: false);
                break;
            case 1:
                Declare("l", FuzzType.Constant, "const long {0} = 3L;", writable: false);
                break;
            default:
                string name = Fresh("ch");
                Line($"const char {name} = 'c';");
                Push(new Variable(name, FuzzType.Constant, Writable: false, Read: $"({name} - 'a')"));
                break;
        }
    }

    /// <summary>A long, char or float literal, a const field, or a visible long or char const local.</summary>
    private string OtherConstant()
    {
        string[] locals = Visible(v => v.Type == FuzzType.Constant).Select(v => v.Read ?? v.Name).ToArray();
        return _random.Weighted(4, 1, locals.Length > 0 ? 3 : 0) switch
        {
            0 => _random.Pick(OtherLiterals),
            1 => _random.Pick(CaseMembers.ConstFields).Read,
            _ => _random.Pick(locals),
        };
    }

    private string ModeValue() => $"{CaseMembers.Mode}.{_random.Pick(CaseMembers.ModeValues)}";
}
