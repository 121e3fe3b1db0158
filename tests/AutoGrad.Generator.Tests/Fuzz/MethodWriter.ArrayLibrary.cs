using System.Linq;

namespace AutoGrad.Generator.Tests.Fuzz;

/// <summary>
/// The base library's array methods on a writable local array: <c>Array.Copy</c> (whole, a range, a shift within
/// one array), <c>CopyTo</c>, <c>Array.Clear</c>, <c>Array.Fill</c> with values of the inputs, and <c>Array.Resize</c>
/// out and back, so every length the rest of the method relies on still holds. Ranges are always inside the arrays.
/// </summary>
internal sealed partial class MethodWriter
{
    private bool HasWritableArray => Visible(v => v.Type == FuzzType.DoubleArray && v.Writable).Any();

    private void ArrayLibraryCall()
    {
        string dst = Pick(v => v.Type == FuzzType.DoubleArray && v.Writable);
        string src = Pick(v => v.Type == FuzzType.DoubleArray);
        // The elements both arrays have.
        string common = $"({src}.Length < {dst}.Length ? {src}.Length : {dst}.Length)";
        (string A, string B)[] sameLength = SameLengthArrays().Where(p => p.A != p.B && p.B == dst).ToArray();
        switch (_random.Weighted(2, 2, 1, sameLength.Length > 0 ? 1 : 0, 2, 2, _walked.Contains(dst) ? 0 : 1, Visible(v => v.Type == FuzzType.Matrix && v.Writable).Any() ? 1 : 0))
        {
            case 0:
                Line($"Array.Copy({src}, {dst}, {common});");
                break;
            case 1:
                string half = common + " / 2";
                Line(_random.Chance(0.5)
                    ? $"Array.Copy({src}, {src}.Length - {half}, {dst}, {dst}.Length - {half}, {half});"
                    : $"Array.Copy({src}, 0, {dst}, {dst}.Length - {half}, {half});");
                break;
            case 2:
                // Ranges of one array that overlap: the library copies as if through a temporary.
                Line($"Array.Copy({dst}, 0, {dst}, 1, {dst}.Length - 1);");
                break;
            case 3:
                Line($"{_random.Pick(sameLength).A}.CopyTo({dst}, 0);");
                break;
            case 4:
                Line(_random.Chance(0.5) ? $"Array.Clear({dst});" : $"Array.Clear({dst}, {dst}.Length / 2, {dst}.Length - {dst}.Length / 2);");
                break;
            case 5:
                Line(_random.Chance(0.5) ? $"Array.Fill({dst}, {Double(2)});" : $"Array.Fill({dst}, {Double(2)}, {dst}.Length / 2, {dst}.Length - {dst}.Length / 2);");
                break;
            case 6:
                int grow = _random.Next(1, 3);
                Line($"Array.Resize(ref {dst}, {dst}.Length + {grow});");
                Line($"{dst}[{dst}.Length - 1] = {Double(2)};");
                Line($"{dst}[0] += {dst}[{dst}.Length - 1];");
                Line($"Array.Resize(ref {dst}, {dst}.Length - {grow});");
                break;
            default:
                Line($"Array.Clear({Pick(v => v.Type == FuzzType.Matrix && v.Writable)});");
                break;
        }
    }
}
