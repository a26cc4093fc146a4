using Luoshi.Domain.Wording;

namespace Luoshi.Intake.Tables;

/// <summary>Where each asked-for column stands in a header line: its index, or -1 for an optional column left out.</summary>
internal static class HeaderMap
{
    /// <summary>The indexes, and the words for the columns missing (null when every required one is there).</summary>
    public static (int[] At, Words? Missing) Of(IReadOnlyList<string> header, IReadOnlyList<Column> columns)
    {
        var at = new int[columns.Count];
        var missing = new List<Column>();
        for (var c = 0; c < columns.Count; c++)
        {
            at[c] = -1;
            for (var h = 0; h < header.Count && at[c] < 0; h++)
            {
                if (columns[c].Matches(header[h]))
                {
                    at[c] = h;
                }
            }

            if (at[c] < 0 && columns[c].Required)
            {
                missing.Add(columns[c]);
            }
        }

        return (at, missing.Count == 0 ? null : Catalogue.Files.HeaderLacks(missing.Select(c => c.ToString()), columns.Select(c => c.Name)));
    }
}
