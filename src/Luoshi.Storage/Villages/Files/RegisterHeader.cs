using Luoshi.Domain.Wording;

namespace Luoshi.Storage.Villages.Files;

/// <summary>Finds the asked-for columns in a header line, by English or Chinese name in any order; other columns
/// (the office's own notes) are left alone.</summary>
internal static class RegisterHeader
{
    /// <summary>For each column, its index in the header or -1 when optional and absent; or what is missing.</summary>
    public static (int[] At, Words? Error) Map(IReadOnlyList<string> header, IReadOnlyList<RegisterColumn> columns)
    {
        var at = new int[columns.Count];
        var missing = new List<RegisterColumn>();
        for (var c = 0; c < columns.Count; c++)
        {
            at[c] = -1;
            for (var h = 0; h < header.Count; h++)
            {
                if (columns[c].Matches(header[h].Trim()))
                {
                    at[c] = h;
                    break;
                }
            }

            if (at[c] < 0 && columns[c].Required)
            {
                missing.Add(columns[c]);
            }
        }

        return missing.Count == 0 ? (at, null)
            : (at, Catalogue.Files.HeaderLacks(missing.Select(c => c.ToString()), columns.Select(c => c.Name)));
    }
}
