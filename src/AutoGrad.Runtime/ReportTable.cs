using System;
using System.Collections.Generic;
using System.Text;

namespace AutoGrad;

/// <summary>The plain-text tables of the check reports, so gradient and Jacobian reports read alike.</summary>
internal static class ReportTable
{
    /// <summary>
    /// Appends the rows (the first is the header), indented by two spaces. Names (first column) and
    /// verdicts (last column) are left-aligned, numbers right-aligned.
    /// </summary>
    public static void Append(StringBuilder sb, List<string[]> rows)
    {
        int columns = rows[0].Length;
        int[] widths = new int[columns];
        foreach (string[] row in rows)
        {
            for (int c = 0; c < columns; c++)
            {
                widths[c] = Math.Max(widths[c], row[c].Length);
            }
        }
        foreach (string[] row in rows)
        {
            var line = new StringBuilder("  ");
            for (int c = 0; c < columns; c++)
            {
                if (c > 0)
                {
                    line.Append("  ");
                }
                bool left = c == 0 || c == columns - 1;
                line.Append(left ? row[c].PadRight(widths[c]) : row[c].PadLeft(widths[c]));
            }
            sb.Append(line.ToString().TrimEnd()).AppendLine();
        }
    }
}
