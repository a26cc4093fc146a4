using Luoshi.Domain.Wording;

namespace Luoshi.Domain.Monitoring;

/// <summary>The rules a stations or sections file keeps across its rows and with the ledger: each code once, and no set
/// named like a code, since a target's scope names either and must mean one thing.</summary>
public static class SiteRules
{
    /// <summary>Every problem; <paramref name="codeColumn"/> names the code's column, <paramref name="rowName"/> another row.</summary>
    public static List<RowProblem> Check(
        IReadOnlyList<SiteLine> rows, IEnumerable<string> storedCodes, string codeColumn, Func<int, Words> rowName)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(rowName);
        var problems = new List<RowProblem>();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row.Code.Length > 0 && !lines.TryAdd(row.Code, row.Row))
            {
                problems.Add(new(row.Row, codeColumn, Catalogue.Registers.CodeUsed(row.Code, rowName(lines[row.Code]))));
            }
        }

        var codes = new HashSet<string>(storedCodes, StringComparer.Ordinal);
        codes.UnionWith(lines.Keys);
        foreach (var row in rows)
        {
            problems.AddRange(row.Sets.Where(codes.Contains).Select(set => new RowProblem(row.Row, "sets", Catalogue.Registers.SetIsCode(set))));
        }

        return problems;
    }
}
